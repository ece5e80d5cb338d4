package be.cpas.pst.reporting.finance;


/** What the directeur financier acts on, line by line, for a budget year. */
public enum FinanceSignal {
    /** The PST plans money for the year and no credit is inscribed. */
    NOTHING_INSCRIBED,
    /** More is committed than the credits inscribed. */
    COMMITTED_ABOVE_CREDITS,
    /** The line counts on a subsidy and no subsidy is inscribed as a recette of its projet/action for the year. */
    SUBSIDY_NOT_INSCRIBED,
    /** No budget article: the line cannot be found in the accounting. */
    NO_ARTICLE
}
