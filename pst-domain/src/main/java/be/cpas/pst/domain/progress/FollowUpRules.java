package be.cpas.pst.domain.progress;

import be.cpas.pst.domain.vocabulary.StateCategory;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a projet or action needs attention. Work that is done, abandoned or suspended is never late, stale or due.
 *
 * <ul>
 *   <li><b>Late</b>: its due date (from the échéance) is before today.</li>
 *   <li><b>Stale</b>: no journal entry for more than N days (N per plan, default 45); work that never had an entry is
 *       stale once N days have passed since the reference date (the plan's adoption, or its creation).</li>
 *   <li><b>Due soon</b>: due today or within the next N days (default 30), and not late.</li>
 * </ul>
 */
public final class FollowUpRules {

    private FollowUpRules() {
    }

    /**
     * When work is due: the earlier of its own échéance and the earliest of its étapes not done ({@code null} when
     * neither is dated).
     */
    public static LocalDate earliest(LocalDate own, LocalDate firstOpenStep) {
        if (own == null || firstOpenStep != null && firstOpenStep.isBefore(own)) {
            return firstOpenStep;
        }
        return own;
    }

    public static boolean isLate(LocalDate dueDate, StateCategory category, LocalDate today) {
        return isOpen(category) && dueDate != null && dueDate.isBefore(today);
    }

    public static boolean isStale(LocalDate lastEntry, LocalDate reference, StateCategory category, LocalDate today,
            int staleAfterDays) {
        if (!isOpen(category)) {
            return false;
        }
        LocalDate since = lastEntry != null ? lastEntry : reference;
        return since != null && ChronoUnit.DAYS.between(since, today) > staleAfterDays;
    }

    public static boolean isDueSoon(LocalDate dueDate, StateCategory category, LocalDate today, int withinDays) {
        return isOpen(category) && dueDate != null && !dueDate.isBefore(today)
                && !dueDate.isAfter(today.plusDays(withinDays));
    }

    /** Days past the due date (0 when not late). */
    public static long daysLate(LocalDate dueDate, StateCategory category, LocalDate today) {
        return isLate(dueDate, category, today) ? ChronoUnit.DAYS.between(dueDate, today) : 0;
    }

    private static boolean isOpen(StateCategory category) {
        return category == null || !category.isClosedOrPaused();
    }
}
