package be.cpas.pst.domain.evaluation;


/** How the CODIR appreciates an objective or an action at the evaluation (the regional guide's scale). */
public enum Appreciation {
    /** Atteint. */
    ACHIEVED,
    /** En bonne voie. */
    ON_TRACK,
    /** À renforcer. */
    TO_STRENGTHEN,
    /** Non atteint. */
    NOT_ACHIEVED,
    /** Sans objet. */
    NOT_APPLICABLE
}
