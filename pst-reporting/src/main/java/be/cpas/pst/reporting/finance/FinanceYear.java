package be.cpas.pst.reporting.finance;

import java.math.BigDecimal;

/** The directeur financier's figures of one budget line for one year, with the version a form builds on. */
public record FinanceYear(long lineId, int year, BigDecimal initialCredit, BigDecimal inscribed, BigDecimal committed,
        BigDecimal charged, long version) {

    Amounts amounts() {
        return new Amounts(null, initialCredit, inscribed, committed, charged);
    }
}
