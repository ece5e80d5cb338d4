package be.cpas.pst.domain.indicator;

import be.cpas.pst.domain.planning.IndicatorDirection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The status of an indicator, after the progress measure of Open SDG: compare the change achieved since the baseline
 * with the change that a straight line from baseline to target would have achieved by the date of the latest value.
 *
 * <ul>
 *   <li>no measured value, no target, or a single value without baseline: <b>no data</b>;</li>
 *   <li>the latest value reaches the target (at least it for an increase or "maintain", at most it for a decrease):
 *       <b>achieved</b>;</li>
 *   <li>the target date has passed, or the value moved away from the target since the baseline: <b>off track</b>;</li>
 *   <li>ratio = actual change / expected change ≥ 0.95: <b>on track</b>; otherwise <b>needs acceleration</b>.</li>
 * </ul>
 * Without a baseline, the first measured value serves as baseline. Without dates, the expected change is the whole
 * change to the target.
 */
public final class IndicatorAssessment {

    static final double ON_TRACK_RATIO = 0.95;

    private IndicatorAssessment() {
    }

    /** A measured value. */
    public record Point(LocalDate date, BigDecimal value) {
    }

    /**
     * The status of a series of measured values (oldest first) against its baseline and target, either of which
     * may be missing.
     */
    public static IndicatorStatus assessSeries(IndicatorDirection direction, Point baseline, Point target,
            java.util.List<Point> values, LocalDate today) {
        Point first = values.isEmpty() ? null : values.get(0);
        Point latest = values.isEmpty() ? null : values.get(values.size() - 1);
        return assess(direction, baseline != null && baseline.value() != null ? baseline : null,
                target != null && target.value() != null ? target : null, first, latest, today);
    }

    public static IndicatorStatus assess(IndicatorDirection direction, Point baseline, Point target, Point first,
            Point latest, LocalDate today) {
        if (latest == null || latest.value() == null || target == null || target.value() == null) {
            return IndicatorStatus.NO_DATA;
        }
        double targetValue = target.value().doubleValue();
        double value = latest.value().doubleValue();
        boolean lowerIsBetter = direction == IndicatorDirection.DECREASE;
        if (lowerIsBetter ? value <= targetValue : value >= targetValue) {
            return IndicatorStatus.ACHIEVED;
        }
        if (target.date() != null && target.date().isBefore(today)) {
            return IndicatorStatus.OFF_TRACK;
        }
        Point start = baseline != null && baseline.value() != null ? baseline : first;
        if (start == null || start.equals(latest)) {
            // a single value and no baseline: nothing to measure progress against yet
            return IndicatorStatus.NO_DATA;
        }
        double startValue = start.value().doubleValue();
        double actualChange = value - startValue;
        double wholeChange = targetValue - startValue;
        if (wholeChange == 0 || Math.signum(actualChange) == -Math.signum(wholeChange) && actualChange != 0) {
            return IndicatorStatus.OFF_TRACK;
        }
        double expectedShare = 1.0;
        if (start.date() != null && target.date() != null && latest.date() != null
                && target.date().isAfter(start.date())) {
            double elapsed = ChronoUnit.DAYS.between(start.date(), latest.date());
            double total = ChronoUnit.DAYS.between(start.date(), target.date());
            expectedShare = Math.max(0.0, Math.min(1.0, elapsed / total));
        }
        if (expectedShare == 0) {
            return IndicatorStatus.ON_TRACK;
        }
        double ratio = (actualChange / wholeChange) / expectedShare;
        return ratio >= ON_TRACK_RATIO ? IndicatorStatus.ON_TRACK : IndicatorStatus.NEEDS_ACCELERATION;
    }
}
