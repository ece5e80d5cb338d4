package be.cpas.pst.domain.evaluation;

/** Which evaluation the law or the CPAS asks for. */
public enum EvaluationKind {
    ANNUAL,
    MID_TERM,
    FINAL
}
