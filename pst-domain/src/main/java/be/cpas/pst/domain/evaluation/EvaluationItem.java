package be.cpas.pst.domain.evaluation;

import be.cpas.pst.domain.audit.Audited;
import be.cpas.pst.domain.planning.PlanNode;
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

/** The evaluation of one objective or action: what the CODIR observed and what it decided. */
@Entity
@Table(name = "evaluation_item")
public class EvaluationItem implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    private Evaluation evaluation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "node_id")
    private PlanNode node;

    @Column(columnDefinition = "text")
    private String assessment;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private EvaluationDecision decision;

    @Version
    private long version;

    protected EvaluationItem() {
        // for JPA
    }

    EvaluationItem(Evaluation evaluation, PlanNode node, String assessment, EvaluationDecision decision) {
        this.evaluation = evaluation;
        this.node = node;
        change(assessment, decision);
    }

    void change(String newAssessment, EvaluationDecision newDecision) {
        this.assessment = newAssessment == null || newAssessment.isBlank() ? null : newAssessment.strip();
        this.decision = newDecision;
    }

    public Long getId() {
        return id;
    }

    public Evaluation getEvaluation() {
        return evaluation;
    }

    public PlanNode getNode() {
        return node;
    }

    public String getAssessment() {
        return assessment;
    }

    public EvaluationDecision getDecision() {
        return decision;
    }

    @Override
    public String auditLabel() {
        return getNode().auditLabel();
    }

    @Override
    public Long auditPlanId() {
        return getEvaluation().getPlan().getId();
    }

    @Override
    public Long auditNodeId() {
        return getNode().getId();
    }
}
