package be.cpas.pst.domain.audit;

import java.time.LocalDate;

/**
 * What to look for in the audit trail; every criterion is optional.
 *
 * @param actor    part of the name of who made the change
 * @param from     first day included
 * @param to       last day included
 * @param type     the kind of thing changed (the entity's simple class name), or {@code null} for all
 * @param object   part of the changed thing's label
 * @param page     0-based page of {@link #PAGE_SIZE} entries, newest first
 */
public record AuditSearch(String actor, LocalDate from, LocalDate to, String type, String object, int page) {

    /**
     * The "Sécurité" type: refused sign-ins, accounts held back, refused requests, and every change of an account
     * (password, roles, deactivation).
     */
    public static final String SECURITY = "Security";

    /** The kinds of things the trail records, for the type filter. */
    public static final java.util.List<String> TYPES = java.util.List.of("PlanNode", "Plan", "Step", "Indicator",
            "IndicatorValue", "BudgetLine", "BudgetFollowUp", "ProgressEntry", "Person", "ServiceUnit", "Partner",
            "PriorityLevel", "ProgressState", "PoliticalObjective", "Evaluation", "EvaluationItem", "EvaluationErratum",
            "AppreciationScale", "Account", "Organisation", SECURITY);

    public static final int PAGE_SIZE = 50;

    public AuditSearch {
        page = Math.max(0, page);
    }
}
