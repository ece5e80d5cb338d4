package be.cpas.pst.web.finance;

import be.cpas.pst.domain.finance.FicheBudget;
import be.cpas.pst.domain.planning.BudgetFlow;
import be.cpas.pst.domain.planning.BudgetRecurrence;
import be.cpas.pst.domain.planning.BudgetService;
import be.cpas.pst.domain.planning.CostBasis;
import be.cpas.pst.domain.planning.Financing;
import be.cpas.pst.domain.progress.ElementView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A budget line as bound from its form: amounts read by the registered Belgian formatter, the year as a number;
 * lengths are the columns'.
 */
public class BudgetLineForm {

    private long version;
    private BigDecimal minimum;
    private BigDecimal maximum;
    @Size(max = 4000, message = "{form.tooLong}")
    private String originalText;
    private BudgetRecurrence recurrence = BudgetRecurrence.ONE_OFF;
    @Min(value = 2000, message = "{budget.year.invalid}")
    @Max(value = 2100, message = "{budget.year.invalid}")
    private Integer year;
    private CostBasis costBasis = CostBasis.TOTAL;
    private BudgetService service;
    private BudgetFlow flow = BudgetFlow.EXPENSE;
    @Size(max = 50, message = "{form.tooLong}")
    private String article;
    @Size(max = 255, message = "{form.tooLong}")
    private String articleLabel;
    private Financing financing;
    @Size(max = 200, message = "{form.tooLong}")
    private String subsidisingBody;
    @Size(max = 4000, message = "{form.tooLong}")
    private String comment;

    static BudgetLineForm of(ElementView.BudgetLineView line) {
        BudgetLineForm form = new BudgetLineForm();
        form.version = line.version();
        form.minimum = line.amountMin();
        form.maximum = line.isRange() ? line.amountMax() : null;
        form.originalText = line.originalText();
        form.recurrence = line.recurrence();
        form.year = line.year();
        form.costBasis = line.costBasis();
        form.service = line.service();
        form.flow = line.flow();
        form.article = line.article();
        form.articleLabel = line.articleLabel();
        form.financing = line.financing();
        form.subsidisingBody = line.subsidisingBody();
        form.comment = line.comment();
        return form;
    }


    /** The change to save; call it on a form without binding errors. */
    FicheBudget.LineChange change() {
        return new FicheBudget.LineChange(minimum, maximum, originalText, recurrence, year, costBasis, service,
                flow, article, articleLabel, financing, subsidisingBody, comment);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public BigDecimal getMinimum() {
        return minimum;
    }

    public void setMinimum(BigDecimal minimum) {
        this.minimum = minimum;
    }

    public BigDecimal getMaximum() {
        return maximum;
    }

    public void setMaximum(BigDecimal maximum) {
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

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
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

    public BudgetFlow getFlow() {
        return flow;
    }

    public void setFlow(BudgetFlow flow) {
        this.flow = flow;
    }

    public String getArticleLabel() {
        return articleLabel;
    }

    public void setArticleLabel(String articleLabel) {
        this.articleLabel = articleLabel;
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
