package be.cpas.pst.domain.plan;

/** Where a plan is in its life. */
public enum PlanStatus {
    /** Being written; never shown to anonymous visitors. */
    DRAFT,
    /** Adopted by the Conseil de l'Action Sociale. */
    ADOPTED,
    /** A past mandate's plan: read-only. */
    ARCHIVED
}
