package be.cpas.pst.reporting.finance;

import static org.assertj.core.api.Assertions.assertThat;

import be.cpas.pst.domain.planning.BudgetFlow;
import be.cpas.pst.domain.planning.BudgetRecurrence;
import be.cpas.pst.domain.planning.BudgetService;
import be.cpas.pst.domain.planning.Financing;
import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.reporting.finance.FinanceFigures.LineFigures;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The DF's figures of a small plan, computed from rows alone. */
class FinanceCalculatorTest {

    private static final FinanceFigures.PlanRef PLAN = new FinanceFigures.PlanRef(1, "PST 2025-2030", 2025, 2030);

    /** OS 1 → OO 2 → actions 10 and 11; OS 3 → OO 4 → action 20. */
    private static final List<FinanceNode> NODES = List.of(
            new FinanceNode(1, null, NodeKind.STRATEGIC_OBJECTIVE, 0, "1", "Gouvernance"),
            new FinanceNode(2, 1L, NodeKind.OPERATIONAL_OBJECTIVE, 0, "1.1", "Numérique"),
            new FinanceNode(10, 2L, NodeKind.ACTION, 0, "1.1.1", "Logiciel"),
            new FinanceNode(11, 2L, NodeKind.ACTION, 1, "1.1.2", "Salle"),
            new FinanceNode(3, null, NodeKind.STRATEGIC_OBJECTIVE, 1, "2", "Action sociale"),
            new FinanceNode(4, 3L, NodeKind.OPERATIONAL_OBJECTIVE, 0, "2.1", "Insertion"),
            new FinanceNode(20, 4L, NodeKind.ACTION, 0, "2.1.1", "Mises à l'emploi"));

    private static FinanceLine line(long id, long node, String min, String max, BudgetRecurrence recurrence,
            Integer year, BudgetService service, BudgetFlow flow, String article, Financing financing) {
        return new FinanceLine(id, node, (int) id, new BigDecimal(min), max == null ? null : new BigDecimal(max),
                recurrence, year, service, flow, article, article == null ? null : "Libellé " + article, financing,
                financing == Financing.SUBSIDY ? "Région wallonne" : null, null, null);
    }

    private static final List<FinanceLine> LINES = List.of(
            // 3.000 € every year of the mandate, ordinary, own funds
            line(100, 10, "3000", null, BudgetRecurrence.YEARLY, null, BudgetService.ORDINARY, BudgetFlow.EXPENSE,
                    "12101/123-13", Financing.OWN_FUNDS),
            // a range for 2026: counts for its maximum, 10.000 €; extraordinary, by loan
            line(101, 11, "5000", "10000", BudgetRecurrence.ONE_OFF, 2026, BudgetService.EXTRAORDINARY,
                    BudgetFlow.EXPENSE, "84010/723-60", Financing.LOAN),
            // 30.000 € a year on a subsidy, no article
            line(200, 20, "30000", null, BudgetRecurrence.YEARLY, null, BudgetService.ORDINARY, BudgetFlow.EXPENSE,
                    null, Financing.SUBSIDY),
            // 2.000 € for the mandate as a whole
            line(102, 10, "2000", null, BudgetRecurrence.ONE_OFF, null, BudgetService.ORDINARY, BudgetFlow.EXPENSE,
                    "12101/123-13", Financing.OWN_FUNDS),
            // the subsidy's recette, 2025 only
            line(201, 20, "30000", null, BudgetRecurrence.ONE_OFF, 2025, BudgetService.ORDINARY, BudgetFlow.REVENUE,
                    "84401/465-02", Financing.SUBSIDY));

    private static final List<FinanceYear> YEARS = List.of(
            new FinanceYear(100, 2026, new BigDecimal("2500"), new BigDecimal("3000"), new BigDecimal("1200"),
                    new BigDecimal("800"), 3),
            new FinanceYear(100, 2025, new BigDecimal("3000"), new BigDecimal("3000"), new BigDecimal("2900"),
                    new BigDecimal("2900"), 1),
            new FinanceYear(101, 2026, null, new BigDecimal("8000"), new BigDecimal("9500.50"), null, 0),
            new FinanceYear(201, 2025, null, new BigDecimal("30000"), null, new BigDecimal("30000"), 0));

    private static FinanceFigures figures(FinanceFilter filter) {
        return new FinanceCalculator(PLAN, NODES, LINES, YEARS, 2026).figures(filter);
    }

    private static FinanceFilter year(int year) {
        return FinanceFilter.mandate().withYear(year);
    }

    private static LineFigures lineOf(FinanceFigures figures, long id) {
        return figures.lines().stream().filter(line -> line.line().id() == id).findFirst().orElseThrow();
    }

    @Test
    void aYearShowsWhatThePstPlansThenAndTheDfsFiguresOfThatYear() {
        FinanceFigures figures = figures(year(2026));

        assertThat(figures.lines()).extracting(line -> line.line().id()).containsExactly(100L, 102L, 101L, 200L);
        LineFigures yearly = lineOf(figures, 100);
        assertThat(yearly.amounts().planned()).isEqualByComparingTo("3000");
        assertThat(yearly.amounts().initialCredit()).isEqualByComparingTo("2500");
        assertThat(yearly.amounts().remaining()).isEqualByComparingTo("1800");
        assertThat(yearly.stored().version()).isEqualTo(3);
        assertThat(lineOf(figures, 101).amounts().planned()).as("a range counts for its maximum")
                .isEqualByComparingTo("10000");
        assertThat(lineOf(figures, 102).amounts().planned()).as("planned for the mandate, not for a year").isNull();
        assertThat(lineOf(figures, 102).wholeMandate()).isTrue();
        assertThat(figures.total().planned()).isEqualByComparingTo("43000");
        assertThat(figures.total().inscribed()).isEqualByComparingTo("11000");
        assertThat(figures.total().committed()).isEqualByComparingTo("10700.50");
        assertThat(figures.total().remaining()).isEqualByComparingTo("299.50");
    }

    @Test
    void theMandateAddsEveryYear() {
        FinanceFigures figures = figures(FinanceFilter.mandate());

        assertThat(lineOf(figures, 100).amounts().planned()).as("3.000 € in each of six years")
                .isEqualByComparingTo("18000");
        assertThat(lineOf(figures, 100).amounts().committed()).isEqualByComparingTo("4100");
        assertThat(lineOf(figures, 102).amounts().planned()).isEqualByComparingTo("2000");
        assertThat(figures.total().planned()).isEqualByComparingTo(String.valueOf(18000 + 10000 + 180000 + 2000));
        assertThat(figures.byYear()).extracting(FinanceFigures.YearTotal::year)
                .containsExactly(2025, 2026, 2027, 2028, 2029, 2030, null);
        FinanceFigures.YearTotal y2026 = figures.byYear().get(1);
        assertThat(y2026.amounts().planned()).isEqualByComparingTo("43000");
        assertThat(y2026.amounts().inscribed()).isEqualByComparingTo("11000");
        assertThat(figures.byYear().get(6).amounts().planned()).as("the mandate as a whole")
                .isEqualByComparingTo("2000");
    }

    @Test
    void theSignalsAreThoseADfActsOn() {
        FinanceFigures figures = figures(year(2026));

        assertThat(lineOf(figures, 200).signals()).containsExactlyInAnyOrder(FinanceSignal.NOTHING_INSCRIBED,
                FinanceSignal.NO_ARTICLE, FinanceSignal.SUBSIDY_NOT_INSCRIBED);
        assertThat(lineOf(figures, 101).signals()).containsExactly(FinanceSignal.COMMITTED_ABOVE_CREDITS);
        assertThat(lineOf(figures, 100).signals()).isEmpty();
        assertThat(figures.signalCount(FinanceSignal.NOTHING_INSCRIBED)).isEqualTo(1);

        FinanceFigures in2025 = figures(year(2025));
        assertThat(lineOf(in2025, 200).signals()).as("the subsidy is inscribed as a recette in 2025")
                .doesNotContain(FinanceSignal.SUBSIDY_NOT_INSCRIBED);

        FinanceFigures onlyLate = figures(year(2026).withSignal(FinanceSignal.COMMITTED_ABOVE_CREDITS));
        assertThat(onlyLate.lines()).extracting(line -> line.line().id()).containsExactly(101L);
        assertThat(onlyLate.signalCount(FinanceSignal.NOTHING_INSCRIBED)).as("counts stay those of the filter")
                .isEqualTo(1);
    }

    @Test
    void totalsLeadToTheLinesTheySum() {
        FinanceFigures figures = figures(year(2026));

        assertThat(figures.byArticle()).extracting(FinanceFigures.Total::key)
                .containsExactly("12101/123-13", "84010/723-60", FinanceFilter.NO_ARTICLE);
        FinanceFigures.Total software = figures.byArticle().get(0);
        assertThat(software.lines()).isEqualTo(2);
        assertThat(software.label()).isEqualTo("Libellé 12101/123-13");
        assertThat(figures(year(2026).withArticle("12101/123-13")).total()).isEqualTo(software.amounts());

        assertThat(figures.byObjective()).hasSize(2);
        FinanceFigures.ObjectiveTotal first = figures.byObjective().get(0);
        assertThat(first.strategic().label()).isEqualTo("1 Gouvernance");
        assertThat(first.strategic().amounts().planned()).isEqualByComparingTo("13000");
        assertThat(figures(year(2026).withObjective(1L)).total()).isEqualTo(first.strategic().amounts());
        assertThat(first.operational()).extracting(FinanceFigures.Total::label).containsExactly("1.1 Numérique");

        assertThat(figures.byService()).extracting(FinanceFigures.Total::key)
                .containsExactly("EXTRAORDINARY", "ORDINARY");
        assertThat(figures.byService().get(0).amounts().planned()).isEqualByComparingTo("10000");
    }

    @Test
    void recettesAreNeverAddedToDepenses() {
        FinanceFigures expenses = figures(FinanceFilter.mandate());
        FinanceFigures revenues = figures(new FinanceFilter(null, null, null, null, null, BudgetFlow.REVENUE, null));

        assertThat(expenses.lines()).noneMatch(line -> line.line().flow() == BudgetFlow.REVENUE);
        assertThat(revenues.lines()).extracting(line -> line.line().id()).containsExactly(201L);
        assertThat(revenues.total().charged()).isEqualByComparingTo("30000");
    }

    @Test
    void theAccountingsProjectionsFollowTheFiltersInThePlansOrder() {
        List<FinanceProjection> projections = List.of(
                new FinanceProjection(20, BudgetService.ORDINARY, BudgetFlow.EXPENSE, "11", "Personnel", 2027,
                        new BigDecimal("31000")),
                new FinanceProjection(10, BudgetService.ORDINARY, BudgetFlow.EXPENSE, "12", "Fonctionnement", 2028,
                        new BigDecimal("3400")),
                new FinanceProjection(10, BudgetService.ORDINARY, BudgetFlow.EXPENSE, "12", "Fonctionnement", 2027,
                        new BigDecimal("3300")),
                new FinanceProjection(10, BudgetService.ORDINARY, BudgetFlow.REVENUE, "46", "Subside", 2027,
                        new BigDecimal("1000")));
        FinanceCalculator calculator = new FinanceCalculator(PLAN, NODES, LINES, YEARS, projections, 2026);

        ProjectionTable all = calculator.projections(FinanceFilter.mandate());
        assertThat(all.years()).containsExactly(2027, 2028);
        assertThat(all.rows()).extracting(row -> row.work().code() + " " + row.economicGroup())
                .containsExactly("1.1.1 12", "2.1.1 11");
        assertThat(all.rows().get(0).byYear()).containsEntry(2027, new BigDecimal("3300"))
                .containsEntry(2028, new BigDecimal("3400"));
        assertThat(all.rows().get(0).total()).isEqualByComparingTo("6700");
        assertThat(all.totals()).containsEntry(2027, new BigDecimal("34300"));
        assertThat(all.total()).isEqualByComparingTo("37700");

        ProjectionTable socialOnly = calculator.projections(FinanceFilter.mandate().withObjective(3L));
        assertThat(socialOnly.rows()).singleElement().extracting(ProjectionTable.Row::label).isEqualTo("Personnel");
        assertThat(calculator.projections(year(2028)).total()).isEqualByComparingTo("3400");
        assertThat(calculator.projections(new FinanceFilter(null, null, null, null, null, BudgetFlow.REVENUE, null))
                .rows()).singleElement().extracting(ProjectionTable.Row::economicGroup).isEqualTo("46");
        assertThat(new FinanceCalculator(PLAN, NODES, LINES, YEARS, 2026).projections(FinanceFilter.mandate())
                .isEmpty()).isTrue();
    }
}
