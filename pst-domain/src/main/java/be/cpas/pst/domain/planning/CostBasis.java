package be.cpas.pst.domain.planning;


/** Whether an amount is the whole cost or only the extra cost over what already exists ("surcoût"). */
public enum CostBasis {
    TOTAL,
    EXTRA
}
