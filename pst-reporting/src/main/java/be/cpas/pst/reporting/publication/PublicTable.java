package be.cpas.pst.reporting.publication;

import be.cpas.pst.reporting.export.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The published PST as one row per element, for the open-data CSV. */
public final class PublicTable {

    private PublicTable() {
    }

    public static Table of(PublicPlan plan, Function<String, String> text) {
        List<String> headers = List.of("identifiant", "niveau", "code", "intitule", "parent", "description",
                "priorite", "etat", "avancement", "echeance", "services", "partenaires", "odd", "pilote",
                "responsable", "budget_prevu", "indicateurs");
        List<List<Object>> rows = new ArrayList<>();
        for (PublicElement element : plan.byId().values()) {
            Long parent = plan.parents().get(element.id());
            PublicElement parentElement = parent == null ? null : plan.byId().get(parent);
            List<Object> row = new ArrayList<>();
            row.add(element.id());
            row.add(text.apply("public.level." + element.level()));
            row.add(element.code());
            row.add(element.title());
            row.add(parentElement == null ? null : parentElement.label());
            row.add(VersionDiff.plain(element.description()));
            row.add(element.priority());
            row.add(element.state());
            row.add(plan.percentOf(element));
            row.add(element.deadline());
            row.add(String.join(", ", element.services()));
            row.add(String.join(", ", element.partners()));
            row.add(element.sdgs().stream().map(String::valueOf).collect(Collectors.joining(", ")));
            row.add(element.pilote());
            row.add(element.responsable());
            row.add(element.isWork() ? plan.plannedOf(element) : null);
            row.add(element.indicators().stream().map(i -> i.name() + (i.target() == null ? "" : " (cible "
                    + i.target().stripTrailingZeros().toPlainString() + (i.unit() == null ? "" : " " + i.unit())
                    + ")")).collect(Collectors.joining(" ; ")));
            rows.add(row);
        }
        return new Table(plan.title(), headers, rows);
    }
}
