package be.cpas.pst.reporting.publication;

import be.cpas.pst.domain.planfile.PlanFile.Noeud;
import be.cpas.pst.domain.planfile.PlanFile;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The differences between two versions of a plan's content, element by element (matched by their number): elements
 * added, removed, moved under another parent, and the fields a council member reads that changed — title,
 * description, échéance, priority, budget, indicator targets, services. In the plan's order, the later version's.
 */
public final class VersionDiff {

    /** What happened to an element. */
    public enum Change {
        ADDED, REMOVED, MOVED, CHANGED
    }

    /** A field that changed: its message key, the text before and after. */
    public record Field(String key, String before, String after) {
    }

    /**
     * One element's difference.
     *
     * @param level volet, axe, os, oo, projet or action
     * @param label its code and title (the later version's, or the earlier one's when removed)
     * @param movedFrom the earlier parent's label when it moved or was removed
     * @param movedTo the later parent's label when it moved or was added
     */
    public record Entry(long id, String level, String label, Change change, List<Field> fields, String movedFrom,
            String movedTo) {
    }

    private VersionDiff() {
    }

    /** Differences from {@code before} to {@code after}. */
    public static List<Entry> between(PlanFile before, PlanFile after) {
        Map<Long, Located> earlier = index(before);
        Map<Long, Located> later = index(after);
        List<Entry> entries = new ArrayList<>();
        for (Located now : later.values()) {
            Located then = earlier.get(now.id());
            if (then == null) {
                entries.add(new Entry(now.id(), now.level(), label(now.node()), Change.ADDED, List.of(), null,
                        parentLabel(later, now)));
                continue;
            }
            List<Field> fields = fields(then.node(), now.node());
            boolean moved = !Objects.equals(then.parent(), now.parent());
            if (moved) {
                entries.add(new Entry(now.id(), now.level(), label(now.node()), Change.MOVED, fields,
                        parentLabel(earlier, then), parentLabel(later, now)));
            } else if (!fields.isEmpty()) {
                entries.add(new Entry(now.id(), now.level(), label(now.node()), Change.CHANGED, fields, null, null));
            }
        }
        for (Located then : earlier.values()) {
            if (!later.containsKey(then.id())) {
                entries.add(new Entry(then.id(), then.level(), label(then.node()), Change.REMOVED, List.of(),
                        parentLabel(earlier, then), null));
            }
        }
        return entries;
    }

    /** How many elements were added, removed, moved and changed. */
    public static Map<Change, Long> counts(List<Entry> entries) {
        Map<Change, Long> counts = new LinkedHashMap<>();
        for (Change change : Change.values()) {
            counts.put(change, entries.stream().filter(e -> e.change() == change).count());
        }
        return counts;
    }

    private static List<Field> fields(Noeud a, Noeud b) {
        List<Field> fields = new ArrayList<>();
        compare(fields, "diff.field.code", a.code(), b.code());
        compare(fields, "diff.field.title", a.intitule(), b.intitule());
        compare(fields, "diff.field.description", plain(a.description()), plain(b.description()));
        compare(fields, "diff.field.deadline", a.echeance(), b.echeance());
        compare(fields, "diff.field.priority", a.priorite(), b.priorite());
        compare(fields, "diff.field.services", join(a.services()), join(b.services()));
        compare(fields, "diff.field.partners", join(a.partenaires()), join(b.partenaires()));
        compare(fields, "diff.field.budget", budget(a.budget()), budget(b.budget()));
        compare(fields, "diff.field.targets", targets(a.indicateurs()), targets(b.indicateurs()));
        compare(fields, "diff.field.steps", steps(a.etapes()), steps(b.etapes()));
        return fields;
    }

    private static void compare(List<Field> fields, String key, String before, String after) {
        String x = before == null || before.isBlank() ? null : before.strip();
        String y = after == null || after.isBlank() ? null : after.strip();
        if (!Objects.equals(x, y)) {
            fields.add(new Field(key, x, y));
        }
    }

    /** Rich text compared (and shown) as its words. */
    static String plain(String html) {
        return html == null ? null : org.jsoup.Jsoup.parse(html).text();
    }

    private static String join(List<String> items) {
        return items == null || items.isEmpty() ? null : String.join(", ", items);
    }

    private static String budget(List<PlanFile.LigneBudget> lines) {
        if (lines == null || lines.isEmpty()) {
            return null;
        }
        return lines.stream().map(l -> amount(l.montant()) + (l.montantMax() == null ? "" : " à "
                        + amount(l.montantMax())) + " €" + (l.annee() == null ? "" : " (" + l.annee() + ")")
                        + (l.article() == null ? "" : " art. " + l.article()))
                .collect(Collectors.joining(" ; "));
    }

    private static String amount(BigDecimal value) {
        return value == null ? "?" : be.cpas.pst.reporting.export.BelgianMoney.format(value).replace(" €", "");
    }

    private static String targets(List<PlanFile.Indicateur> indicators) {
        if (indicators == null || indicators.isEmpty()) {
            return null;
        }
        return indicators.stream().map(i -> i.nom() + " : " + (i.cible() == null || i.cible().valeur() == null ? "—"
                        : i.cible().valeur().stripTrailingZeros().toPlainString().replace('.', ',')
                        + (i.unite() == null ? "" : " " + i.unite())))
                .collect(Collectors.joining(" ; "));
    }

    private static String steps(List<PlanFile.Etape> steps) {
        if (steps == null || steps.isEmpty()) {
            return null;
        }
        return steps.stream().map(s -> s.intitule() + (s.echeance() == null ? "" : " (" + s.echeance() + ")"))
                .collect(Collectors.joining(" ; "));
    }

    private static String label(Noeud n) {
        return n.code() == null || n.code().isBlank() ? n.intitule() : n.code() + " " + n.intitule();
    }

    private static String parentLabel(Map<Long, Located> index, Located located) {
        Located parent = located.parent() == null ? null : index.get(located.parent());
        return parent == null ? null : label(parent.node());
    }

    private record Located(long id, Long parent, String level, Noeud node) {
    }

    private static Map<Long, Located> index(PlanFile file) {
        Map<Long, Located> index = new LinkedHashMap<>();
        walk(index, file.volets(), "volet", null);
        walk(index, file.axes(), "axe", null);
        walk(index, file.objectifs(), "os", null);
        return index;
    }

    private static void walk(Map<Long, Located> index, List<Noeud> nodes, String level, Long parent) {
        if (nodes == null) {
            return;
        }
        for (Noeud n : nodes) {
            if (n.identifiant() == null) {
                continue;
            }
            index.put(n.identifiant(), new Located(n.identifiant(), parent, n.type() != null ? n.type() : level, n));
            walk(index, n.axes(), "axe", n.identifiant());
            walk(index, n.objectifs(), "os", n.identifiant());
            walk(index, n.objectifsOperationnels(), "oo", n.identifiant());
            walk(index, n.actions(), "action", n.identifiant());
        }
    }
}
