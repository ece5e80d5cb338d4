package be.cpas.pst.web.finance;

import be.cpas.pst.domain.planning.BudgetFigures;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;

/**
 * The DF's four figures of a budget line for a year, as a form binds them (amounts read by the registered Belgian
 * formatter), with the version of the stored figures the form was built on ({@code null}: the year had none), so that
 * a save made in the meantime is never erased. The one-line form of the budget page and each line of the year's grid
 * are such forms.
 */
public class YearFigures {

    private Long version;
    @DecimalMin(value = "0", message = "{budget.amount.invalid}")
    private BigDecimal initialCredit;
    @DecimalMin(value = "0", message = "{budget.amount.invalid}")
    private BigDecimal inscribed;
    @DecimalMin(value = "0", message = "{budget.amount.invalid}")
    private BigDecimal committed;
    @DecimalMin(value = "0", message = "{budget.amount.invalid}")
    private BigDecimal charged;

    /** Puts the stored figures and their version in the form; the typed ones are replaced. */
    void showStored(BudgetFigures stored, long storedVersion) {
        version = storedVersion;
        initialCredit = stored.initialCredit();
        inscribed = stored.inscribed();
        committed = stored.committed();
        charged = stored.charged();
    }

    /** The figures typed; call it on a form without binding errors. */
    BudgetFigures figures() {
        return new BudgetFigures(initialCredit, inscribed, committed, charged);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public BigDecimal getInitialCredit() {
        return initialCredit;
    }

    public void setInitialCredit(BigDecimal initialCredit) {
        this.initialCredit = initialCredit;
    }

    public BigDecimal getInscribed() {
        return inscribed;
    }

    public void setInscribed(BigDecimal inscribed) {
        this.inscribed = inscribed;
    }

    public BigDecimal getCommitted() {
        return committed;
    }

    public void setCommitted(BigDecimal committed) {
        this.committed = committed;
    }

    public BigDecimal getCharged() {
        return charged;
    }

    public void setCharged(BigDecimal charged) {
        this.charged = charged;
    }
}
