package be.cpas.pst.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;

import be.cpas.pst.domain.vocabulary.StateCategory;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FollowUpRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void workPastItsDueDateIsLate() {
        assertThat(FollowUpRules.isLate(TODAY.minusDays(1), StateCategory.IN_PROGRESS, TODAY)).isTrue();
        assertThat(FollowUpRules.daysLate(TODAY.minusDays(10), StateCategory.NOT_STARTED, TODAY)).isEqualTo(10);
        assertThat(FollowUpRules.isLate(TODAY, StateCategory.IN_PROGRESS, TODAY)).isFalse();
        assertThat(FollowUpRules.isLate(null, StateCategory.IN_PROGRESS, TODAY)).isFalse();
    }

    @Test
    void doneAbandonedAndSuspendedWorkIsNeverLateStaleOrDue() {
        for (StateCategory closed : new StateCategory[] {StateCategory.DONE, StateCategory.ABANDONED,
                StateCategory.SUSPENDED}) {
            assertThat(FollowUpRules.isLate(TODAY.minusYears(1), closed, TODAY)).isFalse();
            assertThat(FollowUpRules.isStale(TODAY.minusYears(1), null, closed, TODAY, 45)).isFalse();
            assertThat(FollowUpRules.isDueSoon(TODAY.plusDays(1), closed, TODAY, 30)).isFalse();
        }
    }

    @Test
    void workWithoutAnEntryForMoreThanNDaysIsStale() {
        assertThat(FollowUpRules.isStale(TODAY.minusDays(46), null, StateCategory.IN_PROGRESS, TODAY, 45)).isTrue();
        assertThat(FollowUpRules.isStale(TODAY.minusDays(45), null, StateCategory.IN_PROGRESS, TODAY, 45)).isFalse();
        assertThat(FollowUpRules.isStale(TODAY.minusDays(20), null, StateCategory.IN_PROGRESS, TODAY, 15)).isTrue();
    }

    @Test
    void workThatNeverHadAnEntryIsStaleOnceTheReferenceDateIsOldEnough() {
        assertThat(FollowUpRules.isStale(null, TODAY.minusDays(100), StateCategory.NOT_STARTED, TODAY, 45)).isTrue();
        assertThat(FollowUpRules.isStale(null, TODAY.minusDays(10), StateCategory.NOT_STARTED, TODAY, 45)).isFalse();
    }

    @Test
    void dueSoonMeansWithinTheWindowAndNotLate() {
        assertThat(FollowUpRules.isDueSoon(TODAY, StateCategory.IN_PROGRESS, TODAY, 30)).isTrue();
        assertThat(FollowUpRules.isDueSoon(TODAY.plusDays(30), StateCategory.IN_PROGRESS, TODAY, 30)).isTrue();
        assertThat(FollowUpRules.isDueSoon(TODAY.plusDays(31), StateCategory.IN_PROGRESS, TODAY, 30)).isFalse();
        assertThat(FollowUpRules.isDueSoon(TODAY.minusDays(1), StateCategory.IN_PROGRESS, TODAY, 30)).isFalse();
    }
}
