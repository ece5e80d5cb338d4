package be.cpas.pst.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import be.cpas.pst.domain.indicator.IndicatorAssessment.Point;
import be.cpas.pst.domain.planning.IndicatorDirection;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IndicatorAssessmentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Point BASELINE = point(2025, 1, 1, 10);
    private static final Point TARGET = point(2029, 1, 1, 50);

    private static Point point(int year, int month, int day, double value) {
        return new Point(LocalDate.of(year, month, day), BigDecimal.valueOf(value));
    }

    private static IndicatorStatus increase(Point latest) {
        return IndicatorAssessment.assess(IndicatorDirection.INCREASE, BASELINE, TARGET, null, latest, TODAY);
    }

    @Test
    void noValueOrNoTargetMeansNoData() {
        assertThat(increase(null)).isEqualTo(IndicatorStatus.NO_DATA);
        assertThat(IndicatorAssessment.assess(IndicatorDirection.INCREASE, BASELINE, null, null,
                point(2026, 1, 1, 20), TODAY)).isEqualTo(IndicatorStatus.NO_DATA);
    }

    @Test
    void reachingTheTargetIsAchieved() {
        assertThat(increase(point(2026, 6, 1, 55))).isEqualTo(IndicatorStatus.ACHIEVED);
        assertThat(IndicatorAssessment.assess(IndicatorDirection.DECREASE, point(2025, 1, 1, 30),
                point(2029, 1, 1, 10), null, point(2026, 1, 1, 9), TODAY)).isEqualTo(IndicatorStatus.ACHIEVED);
    }

    @Test
    void progressAtTheExpectedPaceIsOnTrack() {
        // half-way in time (2027-01-01), 30 of the 40 points gained: ahead of the straight line
        assertThat(increase(point(2027, 1, 1, 40))).isEqualTo(IndicatorStatus.ON_TRACK);
    }

    @Test
    void slowProgressNeedsAcceleration() {
        // half-way in time, only 10 of the 40 points gained: ratio 0.5
        assertThat(increase(point(2027, 1, 1, 20))).isEqualTo(IndicatorStatus.NEEDS_ACCELERATION);
    }

    @Test
    void movingAwayFromTheTargetOrMissingTheDateIsOffTrack() {
        assertThat(increase(point(2026, 6, 1, 5))).isEqualTo(IndicatorStatus.OFF_TRACK);
        Point pastTarget = point(2025, 12, 31, 50);
        assertThat(IndicatorAssessment.assess(IndicatorDirection.INCREASE, BASELINE, pastTarget, null,
                point(2025, 12, 1, 40), TODAY)).isEqualTo(IndicatorStatus.OFF_TRACK);
    }

    @Test
    void withoutBaselineTheFirstValueIsTheStartingPoint() {
        Point first = point(2025, 1, 1, 10);
        assertThat(IndicatorAssessment.assess(IndicatorDirection.INCREASE, null, TARGET, first,
                point(2027, 1, 1, 40), TODAY)).isEqualTo(IndicatorStatus.ON_TRACK);
        assertThat(IndicatorAssessment.assess(IndicatorDirection.INCREASE, null, TARGET, first, first, TODAY))
                .isEqualTo(IndicatorStatus.NO_DATA);
    }
}
