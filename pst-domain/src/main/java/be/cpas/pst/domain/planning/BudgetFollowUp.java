package be.cpas.pst.domain.planning;

import be.cpas.pst.domain.audit.Audited;
import be.cpas.pst.domain.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** The directeur financier's follow-up of a budget line for one year. */
@Entity
@Table(name = "budget_follow_up")
public class BudgetFollowUp implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "budget_line_id")
    private BudgetLine budgetLine;

    @Column(name = "budget_year", nullable = false)
    private int year;

    /** Crédits inscrits au budget initial. */
    @Column(name = "initial_credit", precision = 14, scale = 2)
    private BigDecimal initialCredit;

    /** Crédits inscrits après les modifications budgétaires (the credits the year has now). */
    @Column(precision = 14, scale = 2)
    private BigDecimal inscribed;

    /** Engagé. */
    @Column(precision = 14, scale = 2)
    private BigDecimal committed;

    /** Imputé. */
    @Column(precision = 14, scale = 2)
    private BigDecimal charged;

    @Version
    private long version;

    protected BudgetFollowUp() {
        // for JPA
    }

    BudgetFollowUp(BudgetLine budgetLine, int year, BudgetFigures figures) {
        this.budgetLine = budgetLine;
        if (year < 2000 || year > 2100) {
            throw new RuleViolation("budget.year.invalid", "Invalid budget year");
        }
        this.year = year;
        change(figures);
    }

    void change(BudgetFigures figures) {
        this.initialCredit = figures.initialCredit();
        this.inscribed = figures.inscribed();
        this.committed = figures.committed();
        this.charged = figures.charged();
    }

    /** The figures as they stand. */
    public BudgetFigures figures() {
        return new BudgetFigures(initialCredit, inscribed, committed, charged);
    }

    public Long getId() {
        return id;
    }

    public BudgetLine getBudgetLine() {
        return budgetLine;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getInitialCredit() {
        return initialCredit;
    }

    public BigDecimal getInscribed() {
        return inscribed;
    }

    public BigDecimal getCommitted() {
        return committed;
    }

    public BigDecimal getCharged() {
        return charged;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String auditLabel() {
        return budgetLine.auditLabel();
    }

    @Override
    public Long auditPlanId() {
        return budgetLine.auditPlanId();
    }

    @Override
    public Long auditNodeId() {
        return budgetLine.auditNodeId();
    }
}
