package be.cpas.pst.reporting.figures;

import java.math.BigDecimal;

/** Budget amounts of a node for a year ({@code null}: the whole plan). */
public record BudgetRow(long nodeId, Integer year, BigDecimal planned, BigDecimal inscribed, BigDecimal committed,
        BigDecimal charged) {
}
