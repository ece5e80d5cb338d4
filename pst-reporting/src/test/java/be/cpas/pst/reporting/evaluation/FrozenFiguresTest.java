package be.cpas.pst.reporting.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import be.cpas.pst.domain.indicator.IndicatorStatus;
import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.vocabulary.StateCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The readings of the frozen figures the report is drawn from: work under its OO, indicators per objective. */
class FrozenFiguresTest {

    private static FrozenFigures.Element element(long id, Long parent, NodeKind kind, IndicatorStatus... statuses) {
        List<FrozenFigures.Indicator> indicators = java.util.Arrays.stream(statuses)
                .map(status -> new FrozenFigures.Indicator("I" + id, null, BigDecimal.ZERO, BigDecimal.TEN, null,
                        status)).toList();
        return new FrozenFigures.Element(id, parent, kind, String.valueOf(id), "Élément " + id, null,
                StateCategory.IN_PROGRESS, 50, Map.of(), 0, false, null, indicators);
    }

    private static final FrozenFigures FIGURES = new FrozenFigures(LocalDate.of(2026, 12, 31), 50, Map.of(), 0,
            Map.of(), List.of(
                    element(1, null, NodeKind.STRATEGIC_OBJECTIVE),
                    element(2, 1L, NodeKind.OPERATIONAL_OBJECTIVE, IndicatorStatus.ACHIEVED),
                    element(3, 2L, NodeKind.ACTION, IndicatorStatus.OFF_TRACK, IndicatorStatus.NO_DATA),
                    element(4, 2L, NodeKind.PROJECT),
                    element(5, 4L, NodeKind.ACTION, IndicatorStatus.ON_TRACK, IndicatorStatus.NEEDS_ACCELERATION),
                    element(6, 1L, NodeKind.OPERATIONAL_OBJECTIVE),
                    element(7, 6L, NodeKind.ACTION)));

    @Test
    void workIsGroupedUnderItsOperationalObjectiveAProjectsActionsIncluded() {
        assertThat(FIGURES.workByOperational(work -> true)).containsOnlyKeys(2L, 6L);
        assertThat(FIGURES.workByOperational(work -> true).get(2L)).extracting(FrozenFigures.Element::id)
                .containsExactly(3L, 4L, 5L);
        assertThat(FIGURES.workByOperational(work -> work.id() == 5).get(2L)).extracting(FrozenFigures.Element::id)
                .containsExactly(5L);
        assertThat(FIGURES.workByOperational(work -> false)).isEmpty();
    }

    @Test
    void anObjectivesIndicatorShareCountsItsOwnAndItsWorksMeasuredIndicators() {
        Map<Long, Integer> shares = FIGURES.indicatorShares();
        // OO 2: achieved, off track, on track, needs acceleration (no data left out): 2 of 4
        assertThat(shares).containsEntry(2L, 50).containsEntry(1L, 50).containsEntry(5L, 50).containsEntry(3L, 0);
        // nothing measured under OO 6: no share rather than 0 %
        assertThat(shares).doesNotContainKey(6L).doesNotContainKey(7L);
    }

    @Test
    void aBarOfWorkByStateStartsWhereTheEarlierStatesEnd() {
        FrozenFigures figures = new FrozenFigures(LocalDate.of(2026, 12, 31), 0, Map.of(StateCategory.NOT_STARTED,
                3L, StateCategory.IN_PROGRESS, 5L, StateCategory.DONE, 2L), 0, Map.of(), List.of());
        assertThat(figures.countBefore(StateCategory.NOT_STARTED)).isZero();
        assertThat(figures.countBefore(StateCategory.SUSPENDED)).isEqualTo(8);
        assertThat(figures.countBefore(StateCategory.ABANDONED)).isEqualTo(10);
    }

    @Test
    void theIndicatorsThatMovedSinceTheLastEvaluationAreListedWithBothValues() {
        FrozenFigures.Indicator same = new FrozenFigures.Indicator("Réunions", "nombre", BigDecimal.ZERO,
                BigDecimal.TEN, BigDecimal.valueOf(4), IndicatorStatus.ON_TRACK);
        FrozenFigures.Indicator grown = new FrozenFigures.Indicator("Familles", null, BigDecimal.ZERO,
                BigDecimal.valueOf(40), BigDecimal.valueOf(12), IndicatorStatus.NEEDS_ACCELERATION);
        FrozenFigures.Indicator grownNow = new FrozenFigures.Indicator("Familles", null, BigDecimal.ZERO,
                BigDecimal.valueOf(40), new BigDecimal("30.00"), IndicatorStatus.ON_TRACK);
        FrozenFigures.Indicator added = new FrozenFigures.Indicator("Ateliers", null, null, null,
                BigDecimal.valueOf(3), IndicatorStatus.NO_DATA);
        FrozenFigures.Element oo = new FrozenFigures.Element(2, 1L, NodeKind.OPERATIONAL_OBJECTIVE, "1.1", "Accueil",
                null, null, 0, Map.of(), 0, false, null, List.of(same, grown));
        FrozenFigures.Element ooNow = new FrozenFigures.Element(2, 1L, NodeKind.OPERATIONAL_OBJECTIVE, "1.1",
                "Accueil", null, null, 0, Map.of(), 0, false, null, List.of(new FrozenFigures.Indicator("Réunions",
                "nombre", BigDecimal.ZERO, BigDecimal.TEN, new BigDecimal("4.00"), IndicatorStatus.ON_TRACK),
                grownNow, added));
        FrozenFigures before = new FrozenFigures(LocalDate.of(2025, 12, 31), 0, Map.of(), 0, Map.of(), List.of(oo));
        FrozenFigures now = new FrozenFigures(LocalDate.of(2026, 12, 31), 0, Map.of(), 0, Map.of(), List.of(ooNow));

        List<FrozenFigures.IndicatorMove> moves = now.indicatorMovesSince(before);

        assertThat(moves).extracting(FrozenFigures.IndicatorMove::name).containsExactly("Familles", "Ateliers");
        assertThat(moves.get(0).before()).isEqualByComparingTo("12");
        assertThat(moves.get(0).now()).isEqualByComparingTo("30");
        assertThat(moves.get(0).statusBefore()).isEqualTo(IndicatorStatus.NEEDS_ACCELERATION);
        assertThat(moves.get(0).element()).isEqualTo("1.1 Accueil");
        assertThat(moves.get(1).before()).isNull();
    }
}
