package be.cpas.pst.domain.planning;


/** Synergies commune/CPAS of a projet, as the legal synergy review asks for them. */
public enum SynergyStatus {
    /** À envisager. */
    TO_CONSIDER,
    /** Existante / effective. */
    EXISTING,
    /** Sans objet. */
    NOT_APPLICABLE,
    /** Indéterminé. */
    UNDETERMINED
}
