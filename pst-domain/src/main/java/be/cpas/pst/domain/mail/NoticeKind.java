package be.cpas.pst.domain.mail;


/** The automatic notices; each can be turned off for a plan and by each person. */
public enum NoticeKind {
    /** You were made responsable or pilote of a projet or action. */
    ASSIGNED,
    /** A deadline of your work falls within the plan's "due soon" days. */
    DUE_SOON,
    /** Your work has had no update for the plan's "stale" days. */
    STALE,
    /** The weekly summary: for a pilote, their work late or stale; for the DG, the plan's. */
    WEEKLY
}
