package be.cpas.pst.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import be.cpas.pst.domain.planning.BudgetRecurrence;
import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.progress.WorkFilter;
import be.cpas.pst.domain.vocabulary.StateCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures of a small plan, computed from rows alone: what the CODIR, the council and the DF read. */
class FiguresCalculatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Figures.PlanInfo PLAN = new Figures.PlanInfo(1, "PST 2025-2030", 2025, 2030, 60, 30);
    private static final LocalDate SINCE = LocalDate.of(2025, 6, 26);

    /** OS 1 → OO 1.1 → actions 10 (done), 11 (late, stale), 12 (suspended); OS 2 → OO 2.1 → action 20 (due soon). */
    private static List<NodeRow> plan() {
        return List.of(
                Rows.objective(1, null, NodeKind.STRATEGIC_OBJECTIVE, "1"),
                Rows.objective(2, 1L, NodeKind.OPERATIONAL_OBJECTIVE, "1.1"),
                Rows.Work.of(10, 2).in(StateCategory.DONE, 100).updated(TODAY.minusDays(5)).priority(7).sdg(1)
                        .withBudget().row(),
                Rows.Work.of(11, 2).in(StateCategory.IN_PROGRESS, 40).due(TODAY.minusDays(10))
                        .updated(TODAY.minusDays(90)).priority(7).service(3).row(),
                Rows.Work.of(12, 2).in(StateCategory.SUSPENDED, 20).updated(TODAY.minusDays(100)).row(),
                Rows.objective(3, null, NodeKind.STRATEGIC_OBJECTIVE, "2"),
                Rows.objective(4, 3L, NodeKind.OPERATIONAL_OBJECTIVE, "2.1"),
                Rows.Work.of(20, 4).in(StateCategory.IN_PROGRESS, 50).due(TODAY.plusDays(20))
                        .updated(TODAY.minusDays(3)).sdg(1).service(3).row());
    }

    private static FiguresCalculator calculator(WorkFilter filter) {
        return new FiguresCalculator(PLAN, SINCE, plan(), filter, TODAY);
    }

    private static Figures figures(WorkFilter filter, List<BudgetLineRow> lines, List<FollowUpRow> followUps) {
        return calculator(filter).figures(List.of(new Choice("priority", 7, "P1 Urgent")), List.of(), lines,
                followUps);
    }

    @Test
    void theHeadlineCountsTheWorkByStateAndPriorityAndWhatIsLateStaleOrDueSoon() {
        Figures.Headline headline = figures(WorkFilter.NONE, List.of(), List.of()).headline();

        assertThat(headline.workCount()).isEqualTo(4);
        assertThat(headline.byCategory()).containsEntry(StateCategory.DONE, 1L)
                .containsEntry(StateCategory.IN_PROGRESS, 2L).containsEntry(StateCategory.SUSPENDED, 1L)
                .containsEntry(StateCategory.ABANDONED, 0L);
        assertThat(headline.late()).isEqualTo(1);
        assertThat(headline.stale()).as("a suspended action is not stale").isEqualTo(1);
        assertThat(headline.dueWithin30()).isEqualTo(1);
        assertThat(headline.suspended()).isEqualTo(1);
        assertThat(headline.byPriority()).extracting(Figures.Count::key, Figures.Count::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("priority-7", 2L),
                        org.assertj.core.groups.Tuple.tuple("priority-none", 2L));
        assertThat(headline.lastUpdate()).isEqualTo(TODAY.minusDays(3));
    }

    @Test
    void everyFigureLeadsToTheWorkItCounts() {
        FiguresCalculator calculator = calculator(WorkFilter.NONE);

        assertThat(calculator.select(WorkSelector.LATE)).extracting(line -> line.node().id()).containsExactly(11L);
        assertThat(calculator.select(new WorkSelector.InCategory(StateCategory.SUSPENDED)))
                .extracting(line -> line.node().id()).containsExactly(12L);
        assertThat(calculator.select(new WorkSelector.ServingSdg(1))).extracting(line -> line.node().id())
                .containsExactly(10L, 20L);
        assertThat(calculator.select(new WorkSelector.WithPriority(null))).extracting(line -> line.node().id())
                .containsExactly(12L, 20L);
        assertThat(calculator.select(WorkSelector.LATE).get(0).objective().code()).isEqualTo("1.1");
    }

    @Test
    void progressRollsUpFromTheWorkToTheObjectivesAndThePlan() {
        FiguresCalculator calculator = calculator(WorkFilter.NONE);

        // a suspended action keeps its figure: (100 + 40 + 20) / 3 → OO 1.1 at 53 %; OO 2.1 at 50 %
        assertThat(calculator.rollup(2L).rounded()).isEqualTo(53);
        assertThat(calculator.rollup(4L).rounded()).isEqualTo(50);
        assertThat(calculator.rollup(null).rounded()).isEqualTo(52);
        assertThat(calculator.rollup(2L).contributions()).isNotEmpty();
    }

    @Test
    void aFilterKeepsTheWorkItSelectsAndWhatIsAboveIt() {
        WorkFilter service = new WorkFilter(null, null, null, null, 3L, null, null, null, null, null, false, false,
                null);
        FiguresCalculator byService = calculator(service);

        assertThat(byService.workIds()).containsExactly(11L, 20L);
        assertThat(byService.keptNodeIds()).containsExactlyInAnyOrder(1L, 2L, 11L, 3L, 4L, 20L);
        assertThat(byService.rollup(null).rounded()).isEqualTo(45);

        WorkFilter underOs2 = new WorkFilter(null, null, 3L, null, null, null, null, null, null, null, false, false,
                null);
        assertThat(calculator(underOs2).workIds()).containsExactly(20L);
        WorkFilter lateOnly = new WorkFilter(null, null, null, null, null, null, null, null, null, null, true, false,
                null);
        assertThat(calculator(lateOnly).workIds()).containsExactly(11L);
        WorkFilter text = new WorkFilter(null, null, null, null, null, null, null, null, null, null, false, false,
                "action 12");
        assertThat(calculator(text).workIds()).containsExactly(12L);
    }

    @Test
    void objectivesCarryTheirOwnCounts() {
        List<Figures.ObjectiveLine> objectives = figures(WorkFilter.NONE, List.of(), List.of()).objectives();

        assertThat(objectives).extracting(line -> line.node().code()).containsExactly("1", "1.1", "2", "2.1");
        Figures.ObjectiveLine oo = objectives.get(1);
        assertThat(oo.workCount()).isEqualTo(3);
        assertThat(oo.done()).isEqualTo(1);
        assertThat(oo.late()).isEqualTo(1);
        assertThat(oo.depth()).isEqualTo(1);
    }

    @Test
    void theBudgetFollowsTheDocumentedRulesByObjectiveAndYear() {
        List<BudgetLineRow> lines = List.of(
                new BudgetLineRow(10, new BigDecimal("5000"), new BigDecimal("10000"), BudgetRecurrence.ONE_OFF, 2026),
                new BudgetLineRow(11, new BigDecimal("1000"), null, BudgetRecurrence.YEARLY, null),
                new BudgetLineRow(20, new BigDecimal("700"), null, BudgetRecurrence.ONE_OFF, null));
        List<FollowUpRow> followUps = List.of(new FollowUpRow(10, 2026, new BigDecimal("9000"),
                new BigDecimal("4000"), new BigDecimal("2500.50")));

        Figures.Budget budget = figures(WorkFilter.NONE, lines, followUps).budget();

        // a range counts for its maximum; a yearly line without a year counts in the 6 years of the mandate
        assertThat(budget.total().planned()).isEqualByComparingTo("16700");
        assertThat(budget.totalByYear().get(2026).planned()).isEqualByComparingTo("11000");
        assertThat(budget.totalByYear().get(2027).planned()).isEqualByComparingTo("1000");
        assertThat(budget.hasWholePlanAmounts()).as("the one-off line without a year").isTrue();
        assertThat(budget.totalByYear().get(null).planned()).isEqualByComparingTo("700");
        assertThat(budget.total().inscribed()).isEqualByComparingTo("9000");
        assertThat(budget.total().charged()).isEqualByComparingTo("2500.50");
        assertThat(budget.lines()).extracting(Figures.BudgetLine::code).containsExactly("1", "2");
        assertThat(budget.lines().get(0).total().planned()).isEqualByComparingTo("16000");
        assertThat(budget.workWithoutBudget()).isEqualTo(3);
    }

    @Test
    void theBudgetOfAFilteredViewOnlyCountsTheKeptWork() {
        WorkFilter underOs2 = new WorkFilter(null, null, 3L, null, null, null, null, null, null, null, false, false,
                null);
        List<BudgetLineRow> lines = List.of(
                new BudgetLineRow(10, new BigDecimal("5000"), null, BudgetRecurrence.ONE_OFF, 2026),
                new BudgetLineRow(20, new BigDecimal("700"), null, BudgetRecurrence.ONE_OFF, 2026));

        assertThat(figures(underOs2, lines, List.of()).budget().total().planned()).isEqualByComparingTo("700");
    }

    @Test
    void odCoverageCountsTheWorkServingEachGoalWithItsMeanProgress() {
        List<Figures.Coverage> sdgs = figures(WorkFilter.NONE, List.of(), List.of()).sdgs();

        assertThat(sdgs).hasSize(17);
        assertThat(sdgs.get(0).count()).isEqualTo(2);
        assertThat(sdgs.get(0).meanPercent()).isEqualTo(75);
        assertThat(sdgs.get(1).count()).isZero();
    }
}
