package be.cpas.pst.domain.access;


/** What the access policy needs to know of a plan: which one it is and whether it is still a draft. */
public interface GuardedPlan {

    Long getId();

    /** A draft is read by staff only; an adopted or archived plan by council members too. */
    boolean isDraft();
}
