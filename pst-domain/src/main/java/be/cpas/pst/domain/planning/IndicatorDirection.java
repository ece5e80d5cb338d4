package be.cpas.pst.domain.planning;


/** Which way an indicator should move. */
public enum IndicatorDirection {
    /** Higher is better ("nombre de remises au travail"). */
    INCREASE,
    /** Lower is better ("délai de traitement"). */
    DECREASE,
    /** Stay at or above the target ("taux de satisfaction ≥ 80 %"). */
    MAINTAIN
}
