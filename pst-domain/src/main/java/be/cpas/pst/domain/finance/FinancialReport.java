package be.cpas.pst.domain.finance;

import be.cpas.pst.domain.audit.Audited;
import be.cpas.pst.domain.evaluation.EvaluationKind;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * The directeur financier's report on the PST for a budget year: annual, or at mid-term or at the end of the mandate
 * (then presenting the PST and its evolution since the start of the mandate). It holds the DF's commentary; its
 * figures are computed from the budget lines and their follow-up whenever it is read.
 */
@Entity
@Table(name = "financial_report")
public class FinancialReport implements Audited {

    /** The longest commentary, as the other long texts of a fiche. */
    public static final int MAX_COMMENTARY = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(name = "report_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EvaluationKind kind;

    @Column(columnDefinition = "text")
    private String commentary;

    @Version
    private long version;

    protected FinancialReport() {
        // for JPA
    }

    public FinancialReport(Plan plan, int year, EvaluationKind kind) {
        this.plan = Objects.requireNonNull(plan, "plan");
        if (year < plan.getPeriodStart() || year > plan.getPeriodEnd()) {
            throw new RuleViolation("financialReport.year", "A year of the mandate", plan.getPeriodStart(),
                    plan.getPeriodEnd());
        }
        this.year = year;
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public void comment(String text) {
        plan.checkEditable();
        if (text != null && text.length() > MAX_COMMENTARY) {
            throw new RuleViolation("node.text.tooLong", "Commentary too long", MAX_COMMENTARY);
        }
        this.commentary = text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public Plan getPlan() {
        return plan;
    }

    public int getYear() {
        return year;
    }

    public EvaluationKind getKind() {
        return kind;
    }

    public String getCommentary() {
        return commentary;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String auditLabel() {
        return "Rapport financier " + year;
    }

    @Override
    public Long auditPlanId() {
        return plan.getId();
    }

    @Override
    public Long auditNodeId() {
        return null;
    }
}
