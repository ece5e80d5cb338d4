package be.cpas.pst.domain.planning;

import be.cpas.pst.domain.shared.RuleViolation;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The directeur financier's figures of one budget line for one year: the credits of the initial budget, the credits
 * after budget modifications (what the year has now), what is committed (engagé) and what is charged (imputé). Any
 * of them may be unknown ({@code null}); none is negative.
 */
public record BudgetFigures(BigDecimal initialCredit, BigDecimal inscribed, BigDecimal committed,
        BigDecimal charged) {

    public BudgetFigures {
        if (Stream.of(initialCredit, inscribed, committed, charged)
                .anyMatch(amount -> amount != null && amount.signum() < 0)) {
            throw new RuleViolation("budget.amount.invalid", "Amounts are positive");
        }
    }

    /** Figures with only the credits inscribed, committed and charged (no initial budget told apart). */
    public static BudgetFigures of(BigDecimal inscribed, BigDecimal committed, BigDecimal charged) {
        return new BudgetFigures(null, inscribed, committed, charged);
    }

    /** Nothing known. */
    public boolean isEmpty() {
        return initialCredit == null && inscribed == null && committed == null && charged == null;
    }

    /** The same amounts, whatever their scale ("1250" and "1250.00" are the same figure). */
    public boolean sameAs(BudgetFigures other) {
        return same(initialCredit, other.initialCredit) && same(inscribed, other.inscribed)
                && same(committed, other.committed) && same(charged, other.charged);
    }

    private static boolean same(BigDecimal one, BigDecimal other) {
        return one == null ? other == null : other != null && one.compareTo(other) == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BudgetFigures figures && sameAs(figures);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Stream.of(initialCredit, inscribed, committed, charged)
                .map(amount -> amount == null ? null : amount.stripTrailingZeros()).toArray());
    }
}
