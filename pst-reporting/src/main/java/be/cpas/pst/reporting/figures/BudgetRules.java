package be.cpas.pst.reporting.figures;

import be.cpas.pst.domain.planning.BudgetRecurrence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the plan's budget lines become amounts by year, the rules every figure of money follows (documented in
 * docs/domain-model.md):
 * <ul>
 *   <li>a range ("5.000 € à 10.000 €") counts for its maximum: what the CPAS may have to find;</li>
 *   <li>a line of a given year counts in that year, once or yearly;</li>
 *   <li>a yearly line without a year counts in every year of the mandate;</li>
 *   <li>a one-off line without a year belongs to the mandate as a whole (year {@code null}).</li>
 * </ul>
 * The DF's inscribed, committed and charged amounts count in their own year.
 */
public final class BudgetRules {

    private BudgetRules() {
    }

    /** What a line plans: its maximum if it is a range, else its amount ({@code null} for a line without amount). */
    public static BigDecimal planned(BudgetLineRow line) {
        return line.maximum() != null ? line.maximum() : line.minimum();
    }

    /** The years a line's planned amount counts in ({@code null} in the list: the whole mandate). */
    public static List<Integer> years(BudgetLineRow line, int periodStart, int periodEnd) {
        if (line.year() != null) {
            return List.of(line.year());
        }
        if (line.recurrence() == BudgetRecurrence.YEARLY) {
            List<Integer> years = new ArrayList<>();
            for (int year = periodStart; year <= periodEnd; year++) {
                years.add(year);
            }
            return years;
        }
        List<Integer> whole = new ArrayList<>();
        whole.add(null);
        return whole;
    }

    /** Planned and follow-up amounts summed by element and year. */
    public static List<BudgetRow> rows(List<BudgetLineRow> lines, List<FollowUpRow> followUps, int periodStart,
            int periodEnd) {
        Map<Key, BudgetRow> sums = new LinkedHashMap<>();
        for (BudgetLineRow line : lines) {
            BigDecimal planned = planned(line);
            for (Integer year : years(line, periodStart, periodEnd)) {
                sums.merge(new Key(line.nodeId(), year), new BudgetRow(line.nodeId(), year, planned, null, null, null),
                        BudgetRules::add);
            }
        }
        for (FollowUpRow followUp : followUps) {
            sums.merge(new Key(followUp.nodeId(), followUp.year()), new BudgetRow(followUp.nodeId(), followUp.year(),
                    null, followUp.inscribed(), followUp.committed(), followUp.charged()), BudgetRules::add);
        }
        return List.copyOf(sums.values());
    }

    private static BudgetRow add(BudgetRow one, BudgetRow other) {
        return new BudgetRow(one.nodeId(), one.year(), sum(one.planned(), other.planned()),
                sum(one.inscribed(), other.inscribed()), sum(one.committed(), other.committed()),
                sum(one.charged(), other.charged()));
    }

    private static BigDecimal sum(BigDecimal one, BigDecimal other) {
        return one == null ? other : other == null ? one : one.add(other);
    }

    private record Key(long nodeId, Integer year) {
    }
}
