package be.cpas.pst.reporting.figures;

import java.math.BigDecimal;

/** The directeur financier's figures of one year for one budget line of an element. */
public record FollowUpRow(long nodeId, int year, BigDecimal inscribed, BigDecimal committed, BigDecimal charged) {
}
