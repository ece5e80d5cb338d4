package be.cpas.pst.domain.plan;

/** The part of the CPAS budget that pays. */
public enum BudgetService {
    /** Service ordinaire: running costs. */
    ORDINARY,
    /** Service extraordinaire: investments. */
    EXTRAORDINARY
}
