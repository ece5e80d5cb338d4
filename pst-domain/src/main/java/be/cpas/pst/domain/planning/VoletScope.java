package be.cpas.pst.domain.planning;


/** Whether something serves the public, the organisation itself, or both. */
public enum VoletScope {
    /** "Développement des politiques": services to the public. */
    EXTERNAL,
    /** "Administration générale": the organisation itself. */
    INTERNAL,
    /** Les deux. */
    BOTH
}
