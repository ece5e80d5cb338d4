package be.cpas.pst.domain.planning;

import be.cpas.pst.domain.shared.ConcurrentModification;
import be.cpas.pst.domain.shared.RuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a projet or action is expected to cost, as the plan says it ("Budget estimé : 5.000€ à 10.000€", "Budget
 * annuel estimé : 3.000€", "surcoût agent existant 10.000€"), and per year what the directeur financier follows.
 * A single amount has minimum = maximum; a line with only a text (no amount) keeps it in {@code originalText}.
 */
@Entity
@Table(name = "budget_line")
public class BudgetLine extends NodePart {

    @Column(name = "amount_min", precision = 14, scale = 2)
    private BigDecimal amountMin;

    @Column(name = "amount_max", precision = 14, scale = 2)
    private BigDecimal amountMax;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private BudgetRecurrence recurrence = BudgetRecurrence.ONE_OFF;

    /** The budget year the amount is for; {@code null} for the whole plan. */
    @Column(name = "budget_year")
    private Integer year;

    @Enumerated(EnumType.STRING)
    @Column(name = "cost_basis", nullable = false, length = 10)
    private CostBasis costBasis = CostBasis.TOTAL;

    @Enumerated(EnumType.STRING)
    @Column(name = "budget_service", length = 15)
    private BudgetService service;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private BudgetFlow flow = BudgetFlow.EXPENSE;

    @Column(name = "budget_article", length = 50)
    private String article;

    /** The article's label in the accounting, e.g. "Prestations de tiers pour le service social". */
    @Column(name = "article_label", length = 255)
    private String articleLabel;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Financing financing;

    @Column(name = "subsidising_body", length = 200)
    private String subsidisingBody;

    @Column(columnDefinition = "text")
    private String comment;

    @Column(name = "original_text", columnDefinition = "text")
    private String originalText;

    @OneToMany(mappedBy = "budgetLine", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("year")
    private List<BudgetFollowUp> followUps = new ArrayList<>();

    protected BudgetLine() {
        // for JPA
    }

    BudgetLine(PlanNode node, int position, BigDecimal minimum, BigDecimal maximum, String originalText) {
        super(node, position);
        changeAmount(minimum, maximum, originalText);
    }

    public void changeAmount(BigDecimal minimum, BigDecimal maximum, String text) {
        checkEditable();
        BigDecimal max = maximum == null ? minimum : maximum;
        if (minimum == null && max != null) {
            throw new RuleViolation("budget.amount.minMissing", "A range needs its lower bound");
        }
        if (minimum != null && (minimum.signum() < 0 || max.compareTo(minimum) < 0)) {
            throw new RuleViolation("budget.amount.invalid", "Amounts are positive and the range is ordered");
        }
        if (minimum == null && (text == null || text.isBlank())) {
            throw new RuleViolation("budget.amount.required", "A budget line needs an amount or a text");
        }
        this.amountMin = minimum;
        this.amountMax = max;
        this.originalText = text == null || text.isBlank() ? null : text.strip();
    }

    /** One-off or per year, for one budget year or the whole plan, total or surcoût. */
    public void characterise(BudgetRecurrence newRecurrence, Integer newYear, CostBasis newCostBasis) {
        checkEditable();
        if (newYear != null && (newYear < 2000 || newYear > 2100)) {
            throw new RuleViolation("budget.year.invalid", "Invalid budget year");
        }
        this.recurrence = Objects.requireNonNull(newRecurrence, "recurrence");
        this.year = newYear;
        this.costBasis = Objects.requireNonNull(newCostBasis, "costBasis");
    }

    public void finance(BudgetService newService, String newArticle, Financing newFinancing, String body,
            String newComment) {
        finance(newService, flow, newArticle, articleLabel, newFinancing, body, newComment);
    }

    /**
     * Where the line sits in the CPAS budget (service, dépense or recette, article and its label) and how it is
     * financed.
     */
    public void finance(BudgetService newService, BudgetFlow newFlow, String newArticle, String newArticleLabel,
            Financing newFinancing, String body, String newComment) {
        checkEditable();
        if (newFinancing == Financing.SUBSIDY && (body == null || body.isBlank())) {
            throw new RuleViolation("budget.subsidy.bodyRequired", "A subsidy names its subsidising body");
        }
        this.service = newService;
        this.flow = Objects.requireNonNull(newFlow, "flow");
        this.article = blankToNull(newArticle);
        this.articleLabel = blankToNull(newArticleLabel);
        this.financing = newFinancing;
        this.subsidisingBody = blankToNull(body);
        this.comment = blankToNull(newComment);
    }

    /**
     * The directeur financier's figures for a year: credits of the initial budget, credits after budget modifications,
     * committed, charged. Replaces that year's.
     */
    public BudgetFollowUp followUp(int followUpYear, BudgetFigures figures) {
        return followUp(followUpYear, followUpOf(followUpYear).map(BudgetFollowUp::getVersion).orElse(null), figures);
    }

    /**
     * The figures of a year as the form that was built on {@code expectedVersion} of that year's row ({@code null}:
     * the year had no figures yet) sets them; refused if someone saved that year in the meantime.
     */
    public BudgetFollowUp followUp(int followUpYear, Long expectedVersion, BudgetFigures figures) {
        checkEditable();
        Optional<BudgetFollowUp> existing = followUpOf(followUpYear);
        if (existing.isPresent() != (expectedVersion != null)) {
            throw new ConcurrentModification("Follow-up " + followUpYear + " of budget line " + getId());
        }
        if (existing.isPresent()) {
            ConcurrentModification.check(expectedVersion, existing.get().getVersion(),
                    "Follow-up " + followUpYear + " of budget line " + getId());
            existing.get().change(figures);
            return existing.get();
        }
        BudgetFollowUp created = new BudgetFollowUp(this, followUpYear, figures);
        followUps.add(created);
        return created;
    }

    /** The figures of one year, if the DF has recorded any. */
    public Optional<BudgetFollowUp> followUpOf(int followUpYear) {
        return followUps.stream().filter(f -> f.getYear() == followUpYear).findFirst();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public boolean isRange() {
        return amountMin != null && amountMax != null && amountMax.compareTo(amountMin) != 0;
    }

    public BigDecimal getAmountMin() {
        return amountMin;
    }

    public BigDecimal getAmountMax() {
        return amountMax;
    }

    public BudgetRecurrence getRecurrence() {
        return recurrence;
    }

    public Integer getYear() {
        return year;
    }

    public CostBasis getCostBasis() {
        return costBasis;
    }

    public BudgetService getService() {
        return service;
    }

    public String getArticle() {
        return article;
    }

    public BudgetFlow getFlow() {
        return flow;
    }

    public String getArticleLabel() {
        return articleLabel;
    }

    public Financing getFinancing() {
        return financing;
    }

    public String getSubsidisingBody() {
        return subsidisingBody;
    }

    public String getComment() {
        return comment;
    }

    public String getOriginalText() {
        return originalText;
    }

    public List<BudgetFollowUp> getFollowUps() {
        return Collections.unmodifiableList(followUps);
    }
}
