package be.cpas.pst.domain.evaluation;

import be.cpas.pst.domain.audit.Audited;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.planning.PlanNode;
import be.cpas.pst.domain.shared.RuleViolation;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** The evaluation of a plan for a year: annual, at mid-term or at the end of the mandate. */
@Entity
@Table(name = "evaluation")
public class Evaluation implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(name = "evaluation_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EvaluationKind kind;

    /** The review of the municipality–CPAS synergies required at mid-term and at the end. */
    @Column(name = "synergy_review", columnDefinition = "text")
    private String synergyReview;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<EvaluationItem> items = new ArrayList<>();

    @Version
    private long version;

    protected Evaluation() {
        // for JPA
    }

    public Evaluation(Plan plan, int year, EvaluationKind kind) {
        plan.checkEditable();
        if (year < plan.getPeriodStart() || year > plan.getPeriodEnd() + 1) {
            throw new RuleViolation("evaluation.year.outsidePlan", "The year is outside the plan's period");
        }
        this.plan = plan;
        this.year = year;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.createdAt = Instant.now();
    }

    public EvaluationItem assess(PlanNode node, String assessment, EvaluationDecision decision) {
        plan.checkEditable();
        if (!node.getKind().hasState()) {
            throw new RuleViolation("evaluation.node.notAssessable", "Only objectives and actions are evaluated");
        }
        for (EvaluationItem item : items) {
            if (item.getNode() == node) {
                item.change(assessment, decision);
                return item;
            }
        }
        EvaluationItem item = new EvaluationItem(this, node, assessment, decision);
        items.add(item);
        return item;
    }

    public void reviewSynergies(String review) {
        plan.checkEditable();
        this.synergyReview = review == null || review.isBlank() ? null : review.strip();
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

    public String getSynergyReview() {
        return synergyReview;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<EvaluationItem> getItems() {
        return Collections.unmodifiableList(items);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String auditLabel() {
        return getKind() + " " + getYear();
    }

    @Override
    public Long auditPlanId() {
        return getPlan().getId();
    }
}
