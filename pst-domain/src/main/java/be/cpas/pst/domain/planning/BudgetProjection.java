package be.cpas.pst.domain.planning;

import be.cpas.pst.domain.audit.Audited;
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
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What the accounting projects for an element in one year, for one economic group of the budget ("groupe
 * économique"): the multi-year view the directeur financier prepares with the budget. It comes from the accounting
 * (eComptes) as it is; the plan never computes it.
 */
@Entity
@Table(name = "budget_projection")
public class BudgetProjection implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "node_id")
    private PlanNode node;

    @Enumerated(EnumType.STRING)
    @Column(name = "budget_service", nullable = false, length = 15)
    private BudgetService service;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private BudgetFlow flow;

    @Column(name = "economic_group", nullable = false, length = 50)
    private String economicGroup;

    @Column(length = 255)
    private String label;

    @Column(name = "budget_year", nullable = false)
    private int year;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    protected BudgetProjection() {
        // for JPA
    }

    BudgetProjection(PlanNode node, BudgetService service, BudgetFlow flow, String economicGroup, int year) {
        this.node = Objects.requireNonNull(node, "node");
        this.service = Objects.requireNonNull(service, "service");
        this.flow = Objects.requireNonNull(flow, "flow");
        if (economicGroup == null || economicGroup.isBlank() || economicGroup.strip().length() > 50) {
            throw new RuleViolation("budget.projection.group", "An economic group of at most 50 characters");
        }
        if (year < 2000 || year > 2100) {
            throw new RuleViolation("budget.year.invalid", "Invalid budget year");
        }
        this.economicGroup = economicGroup.strip();
        this.year = year;
    }

    void change(String newLabel, BigDecimal newAmount) {
        this.label = newLabel == null || newLabel.isBlank() ? null
                : newLabel.strip().substring(0, Math.min(255, newLabel.strip().length()));
        this.amount = Objects.requireNonNull(newAmount, "amount");
    }

    boolean isFor(BudgetService otherService, BudgetFlow otherFlow, String otherGroup, int otherYear) {
        return service == otherService && flow == otherFlow && economicGroup.equals(otherGroup.strip())
                && year == otherYear;
    }

    public Long getId() {
        return id;
    }

    public PlanNode getNode() {
        return node;
    }

    public BudgetService getService() {
        return service;
    }

    public BudgetFlow getFlow() {
        return flow;
    }

    public String getEconomicGroup() {
        return economicGroup;
    }

    public String getLabel() {
        return label;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    @Override
    public String auditLabel() {
        return node.auditLabel();
    }

    @Override
    public Long auditPlanId() {
        return node.getPlan().getId();
    }

    @Override
    public Long auditNodeId() {
        return node.getId();
    }
}
