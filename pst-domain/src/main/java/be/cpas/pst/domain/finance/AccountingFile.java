package be.cpas.pst.domain.finance;

import be.cpas.pst.domain.planning.BudgetFlow;
import be.cpas.pst.domain.planning.BudgetService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the accounting sends back for a plan, whatever the file it came in: per element (by the identifier the plan's
 * export gave it), the budget articles of a budget year and the multi-year projections.
 *
 * @param planReference the plan's identifier as the file gives it ({@code null} when the file does not say)
 */
public record AccountingFile(String planReference, List<Element> elements) {

    /** An element of the file: its identifier, its label as the accounting shows it, its articles and projections. */
    public record Element(String elementId, String label, List<Article> articles, List<Projection> projections) {
    }

    /** An article of the budget for an element: exercice, service O/E, type R/D, code, label, amount. */
    public record Article(int year, BudgetService service, BudgetFlow flow, String code, String label,
            BigDecimal amount) {
    }

    /** A projection: service, type, economic group, label, and an amount per exercice. */
    public record Projection(BudgetService service, BudgetFlow flow, String economicGroup, String label,
            Map<Integer, BigDecimal> amounts) {
    }
}
