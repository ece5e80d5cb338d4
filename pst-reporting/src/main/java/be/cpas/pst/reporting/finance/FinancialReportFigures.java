package be.cpas.pst.reporting.finance;

import be.cpas.pst.domain.evaluation.EvaluationKind;
import java.util.List;
import java.util.Map;

/**
 * The figures of the directeur financier's report on the PST, from the same calculator as the follow-up page: the
 * report's year (dépenses and recettes, by OS and OO, the signals), and at mid-term or at the end of the mandate the
 * PST's evolution since the start of the mandate, per year and per OS and year. The evaluation report's financial
 * chapter reads the same record.
 *
 * @param years the years the report covers: its own year, or the mandate's first year up to it
 */
public record FinancialReportFigures(FinanceFigures.PlanRef plan, int year, EvaluationKind kind, List<Integer> years,
        FinanceFigures expenses, FinanceFigures revenues, List<ObjectiveYears> byObjective,
        List<FinanceFigures.YearTotal> byYear, Amounts sinceStart) {

    /** The same report without the budget lines of its figures (what an evaluation keeps). */
    public FinancialReportFigures withoutLines() {
        return new FinancialReportFigures(plan, year, kind, years, expenses.withoutLines(), revenues.withoutLines(),
                byObjective, byYear, sinceStart);
    }

    /** Whether the report presents the evolution since the start of the mandate (mid-term, end). */
    public boolean sinceStartOfMandate() {
        return kind != EvaluationKind.ANNUAL;
    }

    /** An OS's dépenses in each year the report covers, and over them all. */
    public record ObjectiveYears(String key, String label, Map<Integer, Amounts> byYear, Amounts total) {

        public Amounts in(int year) {
            return byYear.getOrDefault(year, Amounts.NONE);
        }
    }
}
