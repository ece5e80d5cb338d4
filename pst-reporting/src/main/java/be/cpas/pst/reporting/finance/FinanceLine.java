package be.cpas.pst.reporting.finance;

import be.cpas.pst.domain.planning.BudgetFlow;
import be.cpas.pst.domain.planning.BudgetRecurrence;
import be.cpas.pst.domain.planning.BudgetService;
import be.cpas.pst.domain.planning.Financing;
import be.cpas.pst.reporting.figures.BudgetLineRow;
import java.math.BigDecimal;

/** A budget line of the plan as the financial follow-up reads it. */
public record FinanceLine(long id, long nodeId, int position, BigDecimal minimum, BigDecimal maximum,
        BudgetRecurrence recurrence, Integer year, BudgetService service, BudgetFlow flow, String article,
        String articleLabel, Financing financing, String subsidisingBody, String comment, String originalText) {

    /** The line as the budget rules read it. */
    public BudgetLineRow asBudgetLine() {
        return new BudgetLineRow(nodeId, minimum, maximum, recurrence, year);
    }
}
