package be.cpas.pst.domain.evaluation;

import be.cpas.pst.domain.audit.Audited;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.planning.PlanNode;
import be.cpas.pst.domain.planning.SynergyStatus;
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
import java.time.LocalDate;
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private EvaluationStatus status = EvaluationStatus.PREPARATION;

    /** The day the figures are computed as of. */
    @Column(name = "reference_date")
    private LocalDate referenceDate;

    @Column(columnDefinition = "text")
    private String introduction;

    @Column(name = "validated_on")
    private LocalDate validatedOn;

    @Column(name = "presented_on")
    private LocalDate presentedOn;

    @Column(name = "publication_changed_at")
    private Instant publicationChangedAt;

    /** The reference of the council's deliberation, e.g. "délibération n° 2027/045". */
    @Column(length = 200)
    private String deliberation;

    /** The figures frozen at the reference date, as the reporting module wrote them (JSON). */
    @Column(name = "frozen_figures", columnDefinition = "text")
    private String frozenFigures;

    @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<EvaluationItem> items = new ArrayList<>();

    @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<EvaluationErratum> errata = new ArrayList<>();

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

    /** The longest text of an evaluation (introduction, evaluation text, synergy review). */
    public static final int MAX_TEXT = 20_000;

    public EvaluationItem assess(PlanNode node, String assessment, EvaluationDecision decision) {
        return assess(node, null, assessment, decision, null, false);
    }

    /**
     * What the evaluation says of an objective or an action: its appréciation, the text, the decision, the decision's
     * details (a new échéance, the reason of an abandonment, what to add) and whether it is a major adjustment that
     * needs the council's adoption.
     */
    public EvaluationItem assess(PlanNode node, Appreciation appreciation, String assessment,
            EvaluationDecision decision, String details, boolean majorAdjustment) {
        checkOpen();
        limit(assessment);
        limit(details);
        checkAssessable(node);
        for (EvaluationItem item : items) {
            if (item.getNode() == node) {
                item.change(appreciation, assessment, decision, details, majorAdjustment);
                return item;
            }
        }
        EvaluationItem item = new EvaluationItem(this, node, appreciation, assessment, decision, details,
                majorAdjustment);
        items.add(item);
        return item;
    }

    /**
     * What the responsable of a projet or action says of it (blank: nothing), beside what its pilote writes; while
     * the evaluation is in preparation. Returns what the evaluation now says of it ({@code null}: nothing).
     */
    public EvaluationItem comment(PlanNode node, String text, String author, LocalDate on) {
        checkOpen();
        limit(text);
        checkAssessable(node);
        if (!node.getKind().isWork()) {
            throw new RuleViolation("evaluation.comment.workOnly", "Only projets and actions get a comment");
        }
        EvaluationItem item = itemToWrite(node, text);
        if (item != null) {
            item.comment(text, author, on);
        }
        return item;
    }

    /**
     * What the synergy review says of one element's synergy between the commune and the CPAS (blank: nothing), while
     * the evaluation is in preparation; only for an element that has one (existing, to consider or undetermined).
     */
    public EvaluationItem reviewSynergy(PlanNode node, String text) {
        checkOpen();
        limit(text);
        checkAssessable(node);
        if (node.getSynergyStatus() == null || node.getSynergyStatus() == SynergyStatus.NOT_APPLICABLE) {
            throw new RuleViolation("evaluation.synergy.none", "The element has no synergy to review");
        }
        EvaluationItem item = itemToWrite(node, text);
        if (item != null) {
            item.reviewSynergy(text);
        }
        return item;
    }

    /** What the evaluation says of an element, to add a text to; none is created for a blank text. */
    private EvaluationItem itemToWrite(PlanNode node, String text) {
        EvaluationItem item = items.stream().filter(i -> i.getNode() == node).findFirst().orElse(null);
        if (item == null && text != null && !text.isBlank()) {
            item = new EvaluationItem(this, node, null, null, null, null, false);
            items.add(item);
        }
        return item;
    }

    /**
     * Corrects an evaluation presented to the council, which itself stays as it was presented: the erratum says what
     * it corrects ({@code node}, or the report as a whole when {@code null}), the correction and why, and is kept
     * with its date and author.
     */
    public EvaluationErratum correct(PlanNode node, String subject, String correction, String reason, String author,
            LocalDate on) {
        plan.checkEditable();
        if (status.isOpen() || status == EvaluationStatus.VALIDATED) {
            throw new RuleViolation("evaluation.erratum.notPresented",
                    "Only an evaluation presented to the council takes errata: change it instead");
        }
        if (correction == null || correction.isBlank()) {
            throw new RuleViolation("evaluation.erratum.correctionRequired", "The correction is required")
                    .onField("correction");
        }
        limit(correction);
        limit(reason);
        if (node != null) {
            checkAssessable(node);
        }
        EvaluationErratum erratum = new EvaluationErratum(this, node, subject, correction.strip(),
                reason == null || reason.isBlank() ? null : reason.strip(), Objects.requireNonNull(on, "date"),
                author);
        errata.add(erratum);
        if (status == EvaluationStatus.PUBLISHED) {
            // what the public reads changed: the published PST's kept pages are drawn again
            this.publicationChangedAt = Instant.now();
        }
        return erratum;
    }

    private void checkAssessable(PlanNode node) {
        if (node.getPlan() != plan && (plan.getId() == null || !plan.getId().equals(node.getPlan().getId()))) {
            throw new RuleViolation("evaluation.node.notAssessable", "Not an element of this plan");
        }
        if (!node.getKind().hasState()) {
            throw new RuleViolation("evaluation.node.notAssessable", "Only objectives and actions are evaluated");
        }
    }

    public void reviewSynergies(String review) {
        checkOpen();
        limit(review);
        this.synergyReview = review == null || review.isBlank() ? null : review.strip();
    }

    public void introduce(String text) {
        checkOpen();
        limit(text);
        this.introduction = text == null || text.isBlank() ? null : text.strip();
    }

    /** Freezes the figures as computed at the reference date; again as long as the evaluation is in preparation. */
    public void freeze(LocalDate onDate, String figures) {
        checkOpen();
        this.referenceDate = Objects.requireNonNull(onDate, "reference date");
        this.frozenFigures = Objects.requireNonNull(figures, "figures");
    }

    /** The CODIR validates it: its figures are final. */
    public void validate(LocalDate on) {
        checkOpen();
        if (frozenFigures == null) {
            throw new RuleViolation("evaluation.notFrozen", "Freeze the figures before validating");
        }
        this.status = EvaluationStatus.VALIDATED;
        this.validatedOn = Objects.requireNonNull(on, "date");
    }

    /** Back to preparation, before it is presented. */
    public void reopen() {
        plan.checkEditable();
        if (status != EvaluationStatus.VALIDATED) {
            throw new RuleViolation("evaluation.readOnly", "Only a validated evaluation can be reopened");
        }
        this.status = EvaluationStatus.PREPARATION;
        this.validatedOn = null;
    }

    /** Presented to the council on a day, with the reference of its deliberation: read-only from then on. */
    public void present(LocalDate on, String deliberationReference) {
        plan.checkEditable();
        if (status != EvaluationStatus.VALIDATED) {
            throw new RuleViolation("evaluation.notValidated", "Validate the evaluation before presenting it");
        }
        if (on == null || validatedOn != null && on.isBefore(validatedOn)) {
            throw new RuleViolation("evaluation.presentedBeforeValidation", "Presented before it was validated");
        }
        if (deliberationReference != null && deliberationReference.strip().length() > 200) {
            throw new RuleViolation("node.text.tooLong", "Deliberation reference too long", 200);
        }
        this.status = EvaluationStatus.PRESENTED;
        this.presentedOn = on;
        this.deliberation = deliberationReference == null || deliberationReference.isBlank() ? null
                : deliberationReference.strip();
    }

    /** Published with the public PST, once the council has received it; or withdrawn from it. */
    public void publish(boolean published) {
        plan.checkEditable();
        if (published && status != EvaluationStatus.PRESENTED || !published && status != EvaluationStatus.PUBLISHED) {
            throw new RuleViolation("evaluation.publish.notPresented",
                    "Only an evaluation presented to the council can be published");
        }
        this.status = published ? EvaluationStatus.PUBLISHED : EvaluationStatus.PRESENTED;
        this.publicationChangedAt = Instant.now();
    }

    /**
     * Records that the decision on an element was applied to the plan (whatever the evaluation's status: the council
     * may have adopted it since), on which element.
     */
    public void recordApplied(long nodeId, LocalDate on, PlanNode changed) {
        plan.checkEditable();
        EvaluationItem item = itemOf(nodeId).orElseThrow(() -> new RuleViolation("evaluation.decision.none",
                "No decision on this element"));
        if (item.getAppliedOn() != null) {
            throw new RuleViolation("evaluation.decision.applied", "Already applied");
        }
        item.applied(on, changed);
    }

    private void checkOpen() {
        plan.checkEditable();
        if (!status.isOpen()) {
            throw new RuleViolation("evaluation.readOnly", "The evaluation is no longer in preparation");
        }
    }

    private static void limit(String text) {
        if (text != null && text.length() > MAX_TEXT) {
            throw new RuleViolation("node.text.tooLong", "Text too long", MAX_TEXT);
        }
    }

    public EvaluationStatus getStatus() {
        return status;
    }

    public LocalDate getReferenceDate() {
        return referenceDate;
    }

    public String getIntroduction() {
        return introduction;
    }

    public LocalDate getValidatedOn() {
        return validatedOn;
    }

    public LocalDate getPresentedOn() {
        return presentedOn;
    }

    /** When its publication with the PST last changed (published, withdrawn, corrected while published). */
    public Instant getPublicationChangedAt() {
        return publicationChangedAt;
    }

    public String getDeliberation() {
        return deliberation;
    }

    public String getFrozenFigures() {
        return frozenFigures;
    }

    /** What the evaluation says of an element, if it says anything. */
    public java.util.Optional<EvaluationItem> itemOf(long nodeId) {
        return items.stream().filter(item -> item.getNode().getId() == nodeId).findFirst();
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

    /** The corrections made after the presentation to the council, oldest first. */
    public List<EvaluationErratum> getErrata() {
        return Collections.unmodifiableList(errata);
    }

    @Override
    public String auditLabel() {
        // the journal names the type ("Évaluation") before it
        return String.valueOf(getYear());
    }

    @Override
    public Long auditPlanId() {
        return getPlan().getId();
    }
}
