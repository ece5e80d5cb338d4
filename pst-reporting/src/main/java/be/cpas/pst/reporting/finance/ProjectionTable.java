package be.cpas.pst.reporting.finance;

import be.cpas.pst.domain.planning.BudgetFlow;
import be.cpas.pst.domain.planning.BudgetService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The accounting's multi-year projections under the follow-up's filter: one row per element, service, flow and
 * economic group, its amount per year, and the totals per year. The plan never computes a projection: these are the
 * accounting's figures as eComptes sent them.
 *
 * @param years  the years any row projects, in order
 * @param totals per year, the sum of the rows
 */
public record ProjectionTable(List<Integer> years, List<Row> rows, Map<Integer, BigDecimal> totals) {

    /** One element's projection for an economic group, per year. */
    public record Row(FinanceNode work, BudgetService service, BudgetFlow flow, String economicGroup, String label,
            Map<Integer, BigDecimal> byYear) {

        public BigDecimal total() {
            return byYear.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public BigDecimal total() {
        return totals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
