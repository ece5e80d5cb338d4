package be.cpas.pst.web.finance;

import be.cpas.pst.domain.finance.FicheBudget;
import be.cpas.pst.domain.planning.BudgetLine;
import be.cpas.pst.domain.planning.BudgetRecurrence;
import be.cpas.pst.domain.planning.BudgetService;
import be.cpas.pst.domain.planning.CostBasis;
import be.cpas.pst.domain.planning.Financing;
import be.cpas.pst.web.support.BelgianDecimal;
import be.cpas.pst.web.support.BelgianDecimalFormatter;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A budget line as typed (one form per line on the page, so that a refused text comes back as it was); amounts and
 * the year are checked and read by the same rules as every form's; lengths are the columns'.
 */
public class BudgetLineForm {

    private long version;
    @BelgianDecimal
    private String minimum;
    @BelgianDecimal
    private String maximum;
    @Size(max = 4000, message = "{form.tooLong}")
    private String originalText;
    private BudgetRecurrence recurrence = BudgetRecurrence.ONE_OFF;
    @Pattern(regexp = "\\s*(\\d{4})?\\s*", message = "{budget.year.invalid}")
    private String year;
    private CostBasis costBasis = CostBasis.TOTAL;
    private BudgetService service;
    @Size(max = 50, message = "{form.tooLong}")
    private String article;
    private Financing financing;
    @Size(max = 200, message = "{form.tooLong}")
    private String subsidisingBody;
    @Size(max = 4000, message = "{form.tooLong}")
    private String comment;

    static BudgetLineForm of(BudgetLine line) {
        BudgetLineForm form = new BudgetLineForm();
        form.version = line.getVersion();
        form.minimum = plain(line.getAmountMin());
        form.maximum = line.isRange() ? plain(line.getAmountMax()) : null;
        form.originalText = line.getOriginalText();
        form.recurrence = line.getRecurrence();
        form.year = line.getYear() == null ? null : String.valueOf(line.getYear());
        form.costBasis = line.getCostBasis();
        form.service = line.getService();
        form.article = line.getArticle();
        form.financing = line.getFinancing();
        form.subsidisingBody = line.getSubsidisingBody();
        form.comment = line.getComment();
        return form;
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : BelgianDecimalFormatter.format(amount);
    }

    /** The change to save; call it on a form without binding errors. */
    FicheBudget.LineChange change() {
        return new FicheBudget.LineChange(BelgianDecimalFormatter.readValid(minimum),
                BelgianDecimalFormatter.readValid(maximum), originalText, recurrence,
                year == null || year.isBlank() ? null : Integer.valueOf(year.strip()), costBasis, service, article,
                financing, subsidisingBody, comment);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getMinimum() {
        return minimum;
    }

    public void setMinimum(String minimum) {
        this.minimum = minimum;
    }

    public String getMaximum() {
        return maximum;
    }

    public void setMaximum(String maximum) {
        this.maximum = maximum;
    }

    public String getOriginalText() {
        return originalText;
    }

    public void setOriginalText(String originalText) {
        this.originalText = originalText;
    }

    public BudgetRecurrence getRecurrence() {
        return recurrence;
    }

    public void setRecurrence(BudgetRecurrence recurrence) {
        this.recurrence = recurrence;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public CostBasis getCostBasis() {
        return costBasis;
    }

    public void setCostBasis(CostBasis costBasis) {
        this.costBasis = costBasis;
    }

    public BudgetService getService() {
        return service;
    }

    public void setService(BudgetService service) {
        this.service = service;
    }

    public String getArticle() {
        return article;
    }

    public void setArticle(String article) {
        this.article = article;
    }

    public Financing getFinancing() {
        return financing;
    }

    public void setFinancing(Financing financing) {
        this.financing = financing;
    }

    public String getSubsidisingBody() {
        return subsidisingBody;
    }

    public void setSubsidisingBody(String subsidisingBody) {
        this.subsidisingBody = subsidisingBody;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
