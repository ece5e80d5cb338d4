package be.cpas.pst.domain.evaluation;

import be.cpas.pst.domain.audit.Audited;
import be.cpas.pst.domain.planning.PlanNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A correction of an evaluation after its presentation to the council: what it corrects, the correction, why, on
 * which day and by whom. Never changed nor removed: the report prints it beside what it corrects.
 */
@Entity
@Table(name = "evaluation_erratum")
public class EvaluationErratum implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    private Evaluation evaluation;

    /** The element whose text is corrected; {@code null}: the report as a whole. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "node_id")
    private PlanNode node;

    @Column(nullable = false, length = 400)
    private String subject;

    @Column(nullable = false, columnDefinition = "text")
    private String correction;

    @Column(columnDefinition = "text")
    private String reason;

    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn;

    @Column(nullable = false, length = 200)
    private String author;

    protected EvaluationErratum() {
        // for JPA
    }

    EvaluationErratum(Evaluation evaluation, PlanNode node, String subject, String correction, String reason,
            LocalDate recordedOn, String author) {
        this.evaluation = evaluation;
        this.node = node;
        this.subject = subject;
        this.correction = correction;
        this.reason = reason;
        this.recordedOn = recordedOn;
        this.author = author;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Evaluation getEvaluation() {
        return evaluation;
    }

    /** The id of the corrected element, {@code null} for the report as a whole or an element deleted since. */
    public Long getNodeId() {
        return node == null ? null : node.getId();
    }

    public String getSubject() {
        return subject;
    }

    public String getCorrection() {
        return correction;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }

    public String getAuthor() {
        return author;
    }

    @Override
    public String auditLabel() {
        return subject;
    }

    @Override
    public Long auditPlanId() {
        return evaluation.getPlan().getId();
    }

    @Override
    public Long auditNodeId() {
        return getNodeId();
    }
}
