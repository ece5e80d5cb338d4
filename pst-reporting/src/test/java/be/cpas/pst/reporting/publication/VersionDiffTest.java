package be.cpas.pst.reporting.publication;

import static org.assertj.core.api.Assertions.assertThat;

import be.cpas.pst.domain.planfile.PlanFile.Noeud;
import be.cpas.pst.domain.planfile.PlanFile;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The differences between two versions, element by element, in the words a council member reads. */
class VersionDiffTest {

    @Test
    void twoIdenticalVersionsHaveNoDifference() {
        PlanFile plan = plan(List.of(oo(2L, "1.1", "OO un", List.of(action(10L, "Action", "fin 2027", null)))),
                List.of());
        assertThat(VersionDiff.between(plan, plan)).isEmpty();
    }

    @Test
    void addedRemovedMovedAndChangedElementsAreEachReportedWithTheirFields() {
        PlanFile before = plan(List.of(
                        oo(2L, "1.1", "OO un", List.of(action(10L, "Action gardée", "fin 2027", "1000"),
                                action(11L, "Action retirée", null, null),
                                action(12L, "Action déplacée", null, null)))),
                List.of());
        PlanFile after = plan(List.of(
                        oo(2L, "1.1", "OO un", List.of(action(10L, "Action gardée et précisée", "fin 2028", "1500"),
                                action(13L, "Action nouvelle", null, null))),
                        oo(4L, "1.2", "OO deux", List.of(action(12L, "Action déplacée", null, null)))),
                List.of());

        List<VersionDiff.Entry> entries = VersionDiff.between(before, after);

        Map<VersionDiff.Change, Long> counts = VersionDiff.counts(entries);
        assertThat(counts).containsEntry(VersionDiff.Change.ADDED, 2L) // the new OO and the new action
                .containsEntry(VersionDiff.Change.REMOVED, 1L).containsEntry(VersionDiff.Change.MOVED, 1L)
                .containsEntry(VersionDiff.Change.CHANGED, 1L);
        VersionDiff.Entry changed = entries.stream().filter(e -> e.id() == 10L).findFirst().orElseThrow();
        assertThat(changed.fields()).extracting(VersionDiff.Field::key, VersionDiff.Field::before,
                        VersionDiff.Field::after)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("diff.field.title", "Action gardée",
                                "Action gardée et précisée"),
                        org.assertj.core.groups.Tuple.tuple("diff.field.deadline", "fin 2027", "fin 2028"),
                        org.assertj.core.groups.Tuple.tuple("diff.field.budget", "1.000,00 € (2026)",
                                "1.500,00 € (2026)"));
        VersionDiff.Entry moved = entries.stream().filter(e -> e.id() == 12L).findFirst().orElseThrow();
        assertThat(moved.movedFrom()).isEqualTo("1.1 OO un");
        assertThat(moved.movedTo()).isEqualTo("1.2 OO deux");
        VersionDiff.Entry added = entries.stream().filter(e -> e.id() == 13L).findFirst().orElseThrow();
        assertThat(added.change()).isEqualTo(VersionDiff.Change.ADDED);
        assertThat(added.movedTo()).isEqualTo("1.1 OO un");
        assertThat(entries.stream().filter(e -> e.id() == 11L).findFirst().orElseThrow().change())
                .isEqualTo(VersionDiff.Change.REMOVED);
    }

    @Test
    void aDescriptionIsComparedByItsWordsNotItsMarkup() {
        PlanFile before = plan(List.of(oo(2L, "1.1", "OO", List.of())), List.of());
        PlanFile after = plan(List.of(new Noeud(null, "1.1", "OO", "<p>Une   description</p>", null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), null, List.of(), null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), 2L)), List.of());
        assertThat(VersionDiff.between(before, after).get(0).fields())
                .extracting(VersionDiff.Field::after).containsExactly("Une description");
    }

    private static PlanFile plan(List<Noeud> operational, List<Noeud> unused) {
        Noeud strategic = new Noeud(null, "1", "OS", null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null,
                List.of(), null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), operational,
                List.of(), 1L);
        return new PlanFile(PlanFile.FORMAT, 1, null, new PlanFile.Plan("PST", 2025, 2030, "adopte", null, null,
                null, null, null), null, List.of(), List.of(), List.of(), List.of(strategic), unused.isEmpty() ? null
                : List.of());
    }

    private static Noeud oo(long id, String code, String title, List<Noeud> actions) {
        return new Noeud(null, code, title, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of(),
                null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), actions, id);
    }

    private static Noeud action(long id, String title, String deadline, String amount) {
        return new Noeud("action", null, title, null, null, null, null, null, null, null, null, null, null,
                deadline, null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                null, List.of(), null, List.of(), List.of(), amount == null ? List.of()
                : List.of(new PlanFile.LigneBudget(new BigDecimal(amount), null, null, 2026, null, null, null, null,
                        null, null, null, List.of(), null, null)), List.of(), List.of(), List.of(), List.of(),
                List.of(), id);
    }
}
