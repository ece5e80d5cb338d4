package be.cpas.pst.reporting.finance;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan's money under a filter, as the directeur financier reads it: every line with its amounts and signals, the
 * totals (overall, by OS and OO, by article, by year, by service) and the count of each signal. Computed by
 * {@link FinanceCalculator}; the financial page, its exports and the financial report read the same figures.
 *
 * @param signalYear the budget year the signals speak of (the filter's year, or the current year for the mandate)
 */
public record FinanceFigures(PlanRef plan, FinanceFilter filter, int signalYear, List<Integer> years,
        List<LineFigures> lines, Amounts total, List<ObjectiveTotal> byObjective, List<Total> byArticle,
        List<YearTotal> byYear, List<Total> byService, Map<FinanceSignal, Integer> signals,
        List<FinanceNode> objectives, List<Total> articles) {

    /** The same figures without the lines (and their internal comments): the totals a report keeps. */
    public FinanceFigures withoutLines() {
        return new FinanceFigures(plan, filter, signalYear, years, List.of(), total, byObjective, byArticle, byYear,
                byService, signals, objectives, articles);
    }

    /** The plan the figures are of. */
    public record PlanRef(long id, String title, int periodStart, int periodEnd) {
    }

    /**
     * One budget line: where it sits in the plan, its amounts for the filter's year (or the mandate) and its signals.
     *
     * @param stored the year's stored figures, with their version ({@code null} in the mandate view, or when the DF
     *               has recorded nothing for that year)
     * @param wholeMandate the PST plans the line's amount for the mandate as a whole, not for a year
     */
    public record LineFigures(FinanceLine line, FinanceNode work, FinanceNode operational, FinanceNode strategic,
            Amounts amounts, Set<FinanceSignal> signals, FinanceYear stored, boolean wholeMandate) {
    }

    /** A sum of lines, under what groups them (an article, an OO, a service…). */
    public record Total(String key, String label, Amounts amounts, int lines) {
    }

    /** An OS's total with its OOs' ({@code strategic.key()} is {@code null} for lines outside any OS). */
    public record ObjectiveTotal(Total strategic, List<Total> operational) {
    }

    /** A year's total; year {@code null}: what the PST plans for the mandate as a whole, in no year. */
    public record YearTotal(Integer year, Amounts amounts, int lines) {
    }

    public int signalCount(FinanceSignal signal) {
        return signals.getOrDefault(signal, 0);
    }
}
