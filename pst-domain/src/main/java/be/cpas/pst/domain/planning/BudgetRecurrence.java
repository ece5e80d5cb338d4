package be.cpas.pst.domain.planning;


/** Whether a budget amount is spent once or every year. */
public enum BudgetRecurrence {
    ONE_OFF,
    YEARLY
}
