package be.cpas.pst.domain.plan;

/** The four lists of an AFOM (SWOT) analysis. */
public enum SwotQuadrant {
    /** Atouts. */
    STRENGTH,
    /** Faiblesses. */
    WEAKNESS,
    /** Opportunités. */
    OPPORTUNITY,
    /** Menaces. */
    THREAT
}
