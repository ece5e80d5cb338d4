package be.cpas.pst.domain.vocabulary;


/** The fixed meaning behind a plan's own progress-state labels. */
public enum StateCategory {
    NOT_STARTED,
    IN_PROGRESS,
    SUSPENDED,
    DONE,
    ABANDONED,
    UNDETERMINED;

    /** Work that is finished or stopped cannot be late or stale. */
    public boolean isClosedOrPaused() {
        return this == DONE || this == ABANDONED || this == SUSPENDED;
    }

    /** A state that may only be entered with a reason. */
    public boolean needsReason() {
        return this == SUSPENDED || this == ABANDONED;
    }
}
