package be.cpas.pst.reporting.figures;

import be.cpas.pst.domain.planning.IndicatorDirection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An indicator with its measured values, oldest first. */
public record IndicatorRow(long id, long nodeId, String name, String unit, BigDecimal baselineValue,
        LocalDate baselineDate, BigDecimal targetValue, LocalDate targetDate, IndicatorDirection direction,
        List<LocalDate> dates, List<BigDecimal> values) {
}
