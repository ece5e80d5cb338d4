package be.cpas.pst.reporting.finance;

import be.cpas.pst.domain.planning.BudgetFlow;
import be.cpas.pst.domain.planning.BudgetService;
import java.math.BigDecimal;

/** What the accounting projects for an element in a year and an economic group, as the database holds it. */
public record FinanceProjection(long nodeId, BudgetService service, BudgetFlow flow, String economicGroup,
        String label, int year, BigDecimal amount) {
}
