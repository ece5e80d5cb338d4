package be.cpas.pst.web.finance;

import be.cpas.pst.domain.progress.ElementView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The DF's figures of one year for one budget line, on the budget page of its projet or action. The form is built on
 * what is stored for that year (and its version), so that saving one figure keeps the others, and a save made in the
 * meantime is not erased.
 */
public class FollowUpForm extends YearFigures {

    @NotNull(message = "{budget.year.invalid}")
    @Min(value = 2000, message = "{budget.year.invalid}")
    @Max(value = 2100, message = "{budget.year.invalid}")
    private Integer year;

    /** The form of a year: its stored figures, or empty ones. */
    static FollowUpForm of(int year, ElementView.FollowUpView stored) {
        FollowUpForm form = new FollowUpForm();
        form.year = year;
        if (stored != null) {
            form.showStored(stored.figures(), stored.version());
        }
        return form;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
