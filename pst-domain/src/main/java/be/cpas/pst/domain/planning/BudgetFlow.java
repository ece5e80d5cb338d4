package be.cpas.pst.domain.planning;


/** Whether a budget line is money spent or money received, as the accounting writes it (type D or R). */
public enum BudgetFlow {
    /** Dépense. */
    EXPENSE,
    /** Recette: a subsidy received, a contribution, a sale. */
    REVENUE
}
