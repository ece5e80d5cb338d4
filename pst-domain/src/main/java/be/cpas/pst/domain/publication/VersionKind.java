package be.cpas.pst.domain.publication;


/** Why a version of a plan was recorded. */
public enum VersionKind {
    /** Adopted by the Conseil de l'Action Sociale: the version the public PST shows. */
    ADOPTED,
    /** Minor changes recorded by the DG, reported to the council with the next evaluation. */
    MINOR
}
