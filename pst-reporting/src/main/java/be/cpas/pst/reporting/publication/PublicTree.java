package be.cpas.pst.reporting.publication;

import be.cpas.pst.domain.planfile.PlanFile.Noeud;
import be.cpas.pst.domain.planfile.PlanFile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns public plan-file content into the elements the public pages read. */
final class PublicTree {

    private final Map<String, String> priorities = new HashMap<>();
    private final Map<String, String> categories = new HashMap<>();
    final Map<Long, PublicElement> byId = new LinkedHashMap<>();
    final Map<Long, Long> parents = new HashMap<>();
    final List<PublicElement> roots = new ArrayList<>();
    /** Elements without a number (content written by another application): numbered from -1 down. */
    private long unnumbered = -1;

    PublicTree(PlanFile file) {
        if (file.vocabulaires() != null) {
            if (file.vocabulaires().priorites() != null) {
                file.vocabulaires().priorites().forEach(p -> priorities.put(p.code(),
                        p.libelle() == null ? p.code() : p.code() + " — " + p.libelle()));
            }
            if (file.vocabulaires().etats() != null) {
                file.vocabulaires().etats().forEach(e -> categories.put(e.libelle(), e.categorie()));
            }
        }
        roots.addAll(list(file.volets(), "volet", null));
        roots.addAll(list(file.axes(), "axe", null));
        roots.addAll(list(file.objectifs(), "os", null));
    }

    private List<PublicElement> list(List<Noeud> nodes, String level, Long parent) {
        if (nodes == null) {
            return List.of();
        }
        return nodes.stream().map(n -> element(n, n.type() != null ? n.type() : level, parent)).toList();
    }

    private PublicElement element(Noeud n, String level, Long parent) {
        long id = n.identifiant() == null ? unnumbered-- : n.identifiant();
        // the element takes its place in the plan's order before the elements under it
        byId.put(id, null);
        List<PublicElement> children = new ArrayList<>();
        children.addAll(list(n.axes(), "axe", id));
        children.addAll(list(n.objectifs(), "os", id));
        children.addAll(list(n.objectifsOperationnels(), "oo", id));
        children.addAll(list(n.actions(), "action", id));
        PublicElement element = new PublicElement(id, parent, level, n.code(), n.intitule(), n.description(),
                n.priorite() == null ? null : priorities.getOrDefault(n.priorite(), n.priorite()), n.etat(),
                n.etat() == null ? null : categories.getOrDefault(n.etat(), "indetermine"), n.avancement(),
                n.echeance(), day(n.debutPrevu()), day(n.finPrevue()), orEmpty(n.services()), orEmpty(n.partenaires()),
                n.pilote(), n.responsable() != null ? n.responsable() : n.responsableTexte(), orEmpty(n.odd()),
                n.etapes() == null ? List.of() : n.etapes().stream()
                        .map(e -> new PublicElement.Step(e.intitule(), e.qui(), e.echeance())).toList(),
                n.indicateurs() == null ? List.of() : n.indicateurs().stream().map(PublicTree::indicator).toList(),
                n.budget() == null ? List.of() : n.budget().stream().map(b -> new PublicElement.Budget(b.montant(),
                        b.montantMax(), b.annee(), b.recurrence(), b.service(), b.article(), b.libelleArticle(),
                        b.financement(), b.pouvoirSubsidiant(), b.nature())).toList(),
                List.copyOf(children));
        byId.put(id, element);
        if (parent != null) {
            parents.put(id, parent);
        }
        return element;
    }

    private static PublicElement.Indicator indicator(PlanFile.Indicateur i) {
        BigDecimal baseline = i.reference() == null ? null : i.reference().valeur();
        BigDecimal target = i.cible() == null ? null : i.cible().valeur();
        PlanFile.Valeur latest = i.valeurs() == null || i.valeurs().isEmpty() ? null
                : i.valeurs().get(i.valeurs().size() - 1);
        Integer position = null;
        if (latest != null && latest.valeur() != null && target != null) {
            BigDecimal from = baseline == null ? BigDecimal.ZERO : baseline;
            BigDecimal span = target.subtract(from);
            if (span.signum() != 0) {
                int share = latest.valeur().subtract(from).multiply(BigDecimal.valueOf(100))
                        .divide(span, 0, RoundingMode.HALF_UP).intValue();
                position = Math.max(0, Math.min(100, share));
            }
        }
        return new PublicElement.Indicator(i.nom(), i.unite(), i.sens(), baseline,
                i.reference() == null ? null : day(i.reference().date()), target,
                i.cible() == null ? null : day(i.cible().date()), latest == null ? null : latest.valeur(),
                latest == null ? null : day(latest.date()), position);
    }

    /** A day as the plan file writes it (AAAA-MM-JJ, checked when the plan was stored), or {@code null}. */
    private static LocalDate day(String isoDay) {
        return isoDay == null || isoDay.isBlank() ? null : LocalDate.parse(isoDay);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
