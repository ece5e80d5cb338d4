package be.cpas.pst.domain.plan;

import be.cpas.pst.domain.access.GuardedPlan;
import be.cpas.pst.domain.audit.Audited;
import be.cpas.pst.domain.organisation.Organisation;
import be.cpas.pst.domain.planning.PlanNode;
import be.cpas.pst.domain.shared.RuleViolation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A Programme Stratégique Transversal for one mandate of one CPAS. Its tree lives in {@link PlanNode}s; its
 * vocabularies (priorities, states, services, partners, people) belong to it.
 */
@Entity
@Table(name = "plan")
public class Plan implements GuardedPlan, Audited {

    /** Years before the mandate's first and after its last within which the plan's dates must fall. */
    public static final int PLAUSIBLE_YEARS = 10;

    public static final int DEFAULT_STALE_AFTER_DAYS = 45;
    public static final int DEFAULT_DUE_SOON_DAYS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "period_start", nullable = false)
    private int periodStart;

    @Column(name = "period_end", nullable = false)
    private int periodEnd;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanStatus status = PlanStatus.DRAFT;

    @Column(name = "adopted_on")
    private LocalDate adoptedOn;

    @Column(name = "council_decision", length = 300)
    private String councilDecision;

    @Embedded
    private PlanContext context = PlanContext.empty();

    @ElementCollection
    @CollectionTable(name = "plan_swot_item", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<SwotItem> swot = new ArrayList<>();

    @Embedded
    private PublicationSettings publication = PublicationSettings.defaults();

    @Column(name = "stale_after_days", nullable = false)
    private int staleAfterDays = DEFAULT_STALE_AFTER_DAYS;

    @Column(name = "due_soon_days", nullable = false)
    private int dueSoonDays = DEFAULT_DUE_SOON_DAYS;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Plan() {
        // for JPA
    }

    public Plan(Organisation organisation, String title, int periodStart, int periodEnd) {
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.createdAt = Instant.now();
        describe(title, periodStart, periodEnd);
    }

    /** Changes the title and the mandate's years. */
    public void describe(String newTitle, int start, int end) {
        checkEditable();
        if (newTitle == null || newTitle.isBlank()) {
            throw new RuleViolation("plan.title.required", "A plan needs a title");
        }
        if (start < 2000 || end > 2100 || end < start) {
            throw new RuleViolation("plan.period.invalid", "Invalid period " + start + "-" + end, start, end);
        }
        this.title = newTitle.strip();
        this.periodStart = start;
        this.periodEnd = end;
    }

    /**
     * Refuses a date this plan cannot sensibly hold — before ten years ahead of its mandate, or after ten years past
     * it ("01/01/1900", "31/12/9999" are typing mistakes) — naming the field it came from.
     */
    public void requirePlausible(LocalDate date, String field) {
        if (date != null && (date.getYear() < periodStart - PLAUSIBLE_YEARS
                || date.getYear() > periodEnd + PLAUSIBLE_YEARS)) {
            throw new RuleViolation("date.implausible", "Date " + date + " outside the plan's sensible years",
                    String.valueOf(periodStart - PLAUSIBLE_YEARS), String.valueOf(periodEnd + PLAUSIBLE_YEARS))
                    .onField(field);
        }
    }

    /**
     * The Conseil de l'Action Sociale adopted the plan. The date may be unknown (a published plan transcribed
     * without its decision), never invented.
     */
    public void adopt(LocalDate on, String decision) {
        if (status != PlanStatus.DRAFT) {
            throw new RuleViolation("plan.adopt.notDraft", "Only a draft plan can be adopted");
        }
        requirePlausible(on, "adoptedOn");
        this.adoptedOn = on;
        this.councilDecision = decision;
        this.status = PlanStatus.ADOPTED;
    }

    /** What the DG makes public with the adopted versions. */
    public void changePublication(PublicationSettings settings) {
        checkEditable();
        this.publication = java.util.Objects.requireNonNull(settings, "settings");
    }

    /** The mandate is over: the plan becomes read-only. */
    public void archive() {
        if (status == PlanStatus.ARCHIVED) {
            throw new RuleViolation("plan.archived", "The plan is already archived");
        }
        this.status = PlanStatus.ARCHIVED;
    }

    public void updateContext(PlanContext newContext, List<SwotItem> newSwot) {
        checkEditable();
        this.context = newContext == null ? PlanContext.empty() : newContext;
        this.swot.clear();
        if (newSwot != null) {
            this.swot.addAll(newSwot);
        }
    }

    /** How long an action may go without a journal entry, and how far ahead "due soon" looks. */
    public void changeFollowUpThresholds(int staleDays, int dueSoon) {
        checkEditable();
        if (staleDays < 1 || staleDays > 366 || dueSoon < 1 || dueSoon > 366) {
            throw new RuleViolation("plan.thresholds.invalid", "Thresholds must be between 1 and 366 days");
        }
        this.staleAfterDays = staleDays;
        this.dueSoonDays = dueSoon;
    }

    /** Every change to the plan or its content calls this first: an archived plan is read-only. */
    public void checkEditable() {
        if (status == PlanStatus.ARCHIVED) {
            throw new RuleViolation("plan.archived", "An archived plan is read-only");
        }
    }

    public boolean isEditable() {
        return status != PlanStatus.ARCHIVED;
    }

    public Long getId() {
        return id;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getTitle() {
        return title;
    }

    public int getPeriodStart() {
        return periodStart;
    }

    public int getPeriodEnd() {
        return periodEnd;
    }

    @Override
    public boolean isDraft() {
        return status == PlanStatus.DRAFT;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public String getCouncilDecision() {
        return councilDecision;
    }

    /** The context; empty rather than null (a plan without any context text has all its columns empty). */
    public PlanContext getContext() {
        return context == null ? PlanContext.empty() : context;
    }

    /** Whether the plan has any context to show: a text or an AFOM item. */
    public boolean hasContext() {
        PlanContext c = getContext();
        return !swot.isEmpty() || java.util.stream.Stream.of(c.dpsSummary(), c.introduction(), c.values(),
                c.politicalVision(), c.resources(), c.conclusion()).anyMatch(java.util.Objects::nonNull);
    }

    public List<SwotItem> getSwot() {
        return Collections.unmodifiableList(swot);
    }

    public PublicationSettings getPublication() {
        return publication == null ? PublicationSettings.defaults() : publication;
    }

    public int getStaleAfterDays() {
        return staleAfterDays;
    }

    public int getDueSoonDays() {
        return dueSoonDays;
    }

    /** Staleness counts from the adoption, or from the plan's creation for a draft. */
    public LocalDate followUpSince() {
        return adoptedOn != null ? adoptedOn
                : java.time.LocalDateTime.ofInstant(createdAt, java.time.ZoneId.systemDefault()).toLocalDate();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Plan that && id != null && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Plan.class.hashCode();
    }

    @Override
    public String auditLabel() {
        return title;
    }

    @Override
    public Long auditPlanId() {
        return id;
    }
}
