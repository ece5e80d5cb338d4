package be.cpas.pst.domain.evaluation;


/** Where an evaluation stands: drafted, validated by the CODIR, presented to the council, published. */
public enum EvaluationStatus {
    /** En préparation: the pilotes and the DG write it; its figures may be frozen again. */
    PREPARATION,
    /** Validée par le CODIR: its figures are final. */
    VALIDATED,
    /** Présentée au Conseil: read-only. */
    PRESENTED,
    /** Publiée with the published PST: read-only. */
    PUBLISHED;

    /** Whether its texts and figures may still change. */
    public boolean isOpen() {
        return this == PREPARATION;
    }
}
