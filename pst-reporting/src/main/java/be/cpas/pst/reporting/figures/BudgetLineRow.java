package be.cpas.pst.reporting.figures;

import be.cpas.pst.domain.planning.BudgetRecurrence;
import java.math.BigDecimal;

/** A budget line as the plan gives it: an amount or a range, once or every year, for a year or the mandate. */
public record BudgetLineRow(long nodeId, BigDecimal minimum, BigDecimal maximum, BudgetRecurrence recurrence,
        Integer year) {
}
