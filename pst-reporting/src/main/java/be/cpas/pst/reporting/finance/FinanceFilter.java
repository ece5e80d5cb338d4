package be.cpas.pst.reporting.finance;

import be.cpas.pst.domain.planning.BudgetFlow;
import be.cpas.pst.domain.planning.BudgetService;
import be.cpas.pst.domain.planning.Financing;

/**
 * Which lines the financial follow-up shows: a budget year ({@code null}: the whole mandate), one OS (or OO), the
 * budget service, the financing, one article ({@link #NO_ARTICLE} for the lines without one), dépenses or recettes,
 * one signal. Every criterion left {@code null} keeps every line.
 */
public record FinanceFilter(Integer year, Long objective, BudgetService service, Financing financing, String article,
        BudgetFlow flow, FinanceSignal signal) {

    /** The article filter of the lines that have none. */
    public static final String NO_ARTICLE = "-";

    public FinanceFilter {
        flow = flow == null ? BudgetFlow.EXPENSE : flow;
        article = article == null || article.isBlank() ? null : article.strip();
    }

    public static FinanceFilter mandate() {
        return new FinanceFilter(null, null, null, null, null, BudgetFlow.EXPENSE, null);
    }

    public FinanceFilter withYear(Integer newYear) {
        return new FinanceFilter(newYear, objective, service, financing, article, flow, signal);
    }

    public FinanceFilter withArticle(String newArticle) {
        return new FinanceFilter(year, objective, service, financing, newArticle, flow, signal);
    }

    public FinanceFilter withObjective(Long newObjective) {
        return new FinanceFilter(year, newObjective, service, financing, article, flow, signal);
    }

    public FinanceFilter withSignal(FinanceSignal newSignal) {
        return new FinanceFilter(year, objective, service, financing, article, flow, newSignal);
    }
}
