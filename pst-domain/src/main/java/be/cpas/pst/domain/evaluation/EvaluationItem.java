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
import java.time.LocalDate;

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

    @Enumerated(EnumType.STRING)
    @Column(length = 15)
    private Appreciation appreciation;

    @Column(name = "decision_details", columnDefinition = "text")
    private String decisionDetails;

    @Column(name = "major_adjustment", nullable = false)
    private boolean majorAdjustment;

    @Column(name = "applied_on")
    private LocalDate appliedOn;

    /** The element the applied decision changed or created. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "applied_node_id")
    private PlanNode appliedNode;

    /** What the responsable of the action says of it, beside what its pilote writes. */
    @Column(name = "responsable_comment", columnDefinition = "text")
    private String responsableComment;

    @Column(name = "comment_author", length = 200)
    private String commentAuthor;

    @Column(name = "commented_on")
    private LocalDate commentedOn;

    /** What the synergy review says of this element's synergy between the commune and the CPAS. */
    @Column(name = "synergy_review", columnDefinition = "text")
    private String synergyReview;

    @Version
    private long version;

    protected EvaluationItem() {
        // for JPA
    }

    EvaluationItem(Evaluation evaluation, PlanNode node, Appreciation appreciation, String assessment,
            EvaluationDecision decision, String details, boolean majorAdjustment) {
        this.evaluation = evaluation;
        this.node = node;
        change(appreciation, assessment, decision, details, majorAdjustment);
    }

    void change(Appreciation newAppreciation, String newAssessment, EvaluationDecision newDecision,
            String details, boolean major) {
        this.appreciation = newAppreciation;
        this.assessment = newAssessment == null || newAssessment.isBlank() ? null : newAssessment.strip();
        this.decision = newDecision;
        this.decisionDetails = details == null || details.isBlank() ? null : details.strip();
        this.majorAdjustment = major && newDecision != null;
    }

    public long getVersion() {
        return version;
    }

    void comment(String text, String author, LocalDate on) {
        boolean none = text == null || text.isBlank();
        this.responsableComment = none ? null : text.strip();
        this.commentAuthor = none ? null : author;
        this.commentedOn = none ? null : on;
    }

    void reviewSynergy(String text) {
        this.synergyReview = text == null || text.isBlank() ? null : text.strip();
    }

    public String getSynergyReview() {
        return synergyReview;
    }

    /** Whether the pilote or the DG wrote anything of it (not only the responsable's comment). */
    public boolean isAssessed() {
        return appreciation != null || assessment != null || decision != null;
    }

    public String getResponsableComment() {
        return responsableComment;
    }

    public String getCommentAuthor() {
        return commentAuthor;
    }

    public LocalDate getCommentedOn() {
        return commentedOn;
    }

    void applied(LocalDate on, PlanNode changed) {
        this.appliedOn = on;
        this.appliedNode = changed;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public PlanNode getAppliedNode() {
        return appliedNode;
    }

    public Appreciation getAppreciation() {
        return appreciation;
    }

    public String getDecisionDetails() {
        return decisionDetails;
    }

    public boolean isMajorAdjustment() {
        return majorAdjustment;
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
