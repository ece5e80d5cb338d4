package be.cpas.pst.domain.evaluation;

/** What the CODIR decides for an objective or action after evaluating it. */
public enum EvaluationDecision {
    /** Maintenir. */
    KEEP,
    /** Adapter. */
    ADAPT,
    /** Reporter. */
    POSTPONE,
    /** Abandonner. */
    ABANDON,
    /** Ajouter (a new action proposed under this objective). */
    ADD
}
