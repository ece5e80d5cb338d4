package be.cpas.pst.web.finance;

import be.cpas.pst.domain.planning.BudgetFollowUp;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/**
 * The DF's figures of one year for one budget line (amounts read by the registered Belgian formatter). The form is built on what is stored for that year (and
 * its version), so that saving one figure keeps the two others, and a save made in the meantime is not erased.
 */
public class FollowUpForm {

    @NotNull(message = "{budget.year.invalid}")
    @Min(value = 2000, message = "{budget.year.invalid}")
    @Max(value = 2100, message = "{budget.year.invalid}")
    private Integer year;
    /** The version of that year's stored figures the form was built on; empty when the year had none. */
    private Long version;
    private BigDecimal inscribed;
    private BigDecimal committed;
    private BigDecimal charged;

    /** The form of a year: its stored figures, or empty ones. */
    static FollowUpForm of(int year, BudgetFollowUp stored) {
        FollowUpForm form = new FollowUpForm();
        form.year = year;
        if (stored != null) {
            form.showStored(stored);
        }
        return form;
    }

    /** Puts the stored figures (and their version) in the form. */
    void showStored(BudgetFollowUp stored) {
        version = stored.getVersion();
        inscribed = stored.getInscribed();
        committed = stored.getCommitted();
        charged = stored.getCharged();
    }


    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
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
