package be.cpas.pst.reporting.finance;

import java.math.BigDecimal;

/**
 * Money figures of one line, or summed over lines: planned in the PST, credits of the initial budget, credits after
 * budget modifications, committed, charged. A figure nobody gave is {@code null}, and stays {@code null} in a sum
 * of unknowns.
 */
public record Amounts(BigDecimal planned, BigDecimal initialCredit, BigDecimal inscribed, BigDecimal committed,
        BigDecimal charged) {

    public static final Amounts NONE = new Amounts(null, null, null, null, null);

    /** The credits still free: inscribed minus committed ({@code null} while nothing is inscribed). */
    public BigDecimal remaining() {
        return inscribed == null ? null : inscribed.subtract(committed == null ? BigDecimal.ZERO : committed);
    }

    /** What is committed and not yet charged. */
    public BigDecimal toCharge() {
        return committed == null ? null : committed.subtract(charged == null ? BigDecimal.ZERO : charged);
    }

    public Amounts plus(Amounts other) {
        return new Amounts(sum(planned, other.planned), sum(initialCredit, other.initialCredit),
                sum(inscribed, other.inscribed), sum(committed, other.committed), sum(charged, other.charged));
    }

    /** Whether any figure is known. */
    public boolean isEmpty() {
        return planned == null && initialCredit == null && inscribed == null && committed == null && charged == null;
    }

    private static BigDecimal sum(BigDecimal one, BigDecimal other) {
        return one == null ? other : other == null ? one : one.add(other);
    }
}
