package be.cpas.pst.domain.planning;


/** Where the money comes from. */
public enum Financing {
    /** Fonds propres. */
    OWN_FUNDS,
    /** Subside: the subsidising body is named on the line. */
    SUBSIDY,
    /** Emprunt. */
    LOAN,
    /** Autre. */
    OTHER
}
