package be.cpas.pst.domain.planning;


/** The part of the CPAS budget that pays. */
public enum BudgetService {
    /** Service ordinaire: running costs. */
    ORDINARY,
    /** Service extraordinaire: investments. */
    EXTRAORDINARY
}
