package be.cpas.pst.domain.publication;

import be.cpas.pst.domain.access.AccessPolicy;
import be.cpas.pst.domain.evaluation.FigureFreezer;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PlanRepository;
import be.cpas.pst.domain.plan.PublicationSettings;
import be.cpas.pst.domain.planning.PlanNode;
import be.cpas.pst.domain.planning.PlanNodeRepository;
import be.cpas.pst.domain.shared.ConcurrentModification;
import be.cpas.pst.domain.shared.NotFound;
import be.cpas.pst.domain.shared.RuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adoption, versions and publication of a plan. The DG records each adoption by the council (a numbered, immutable
 * version: the content and the publication settings of that day, with the deliberation), or the minor changes to be
 * reported with the next evaluation; chooses what the public PST shows; and publishes the state of progress at a
 * date. Staff and council members read the versions; only the DG changes anything.
 */
@Service
@Transactional
public class Publication {

    private final PublicationRepository publications;
    private final PlanRepository plans;
    private final PlanNodeRepository nodes;
    /** The plan-file adapter's; absent where only the domain runs. */
    private final ObjectProvider<PlanContentSnapshot> snapshots;
    /** The reporting module's; absent where only the domain and its adapters run. */
    private final ObjectProvider<FigureFreezer> freezer;
    private final AccessPolicy policy;
    private final Clock clock;

    public Publication(PublicationRepository publications, PlanRepository plans, PlanNodeRepository nodes,
            ObjectProvider<PlanContentSnapshot> snapshots, ObjectProvider<FigureFreezer> freezer,
            AccessPolicy policy, Optional<Clock> clock) {
        this.publications = publications;
        this.plans = plans;
        this.nodes = nodes;
        this.snapshots = snapshots;
        this.freezer = freezer;
        this.policy = policy;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** The plan, for whoever may read it (its organisation loaded). */
    @Transactional(readOnly = true)
    public Plan plan(long planId) {
        Plan plan = load(planId);
        policy.requireRead(plan);
        plan.getOrganisation().getName();
        return plan;
    }

    /** The versions of a plan, the latest first. */
    @Transactional(readOnly = true)
    public List<PlanVersion> versions(long planId) {
        policy.requireRead(load(planId));
        return publications.findVersions(planId);
    }

    /** One version with its content. */
    @Transactional(readOnly = true)
    public PlanVersion version(long planId, int number) {
        policy.requireRead(load(planId));
        PlanVersion version = publications.findVersion(planId, number)
                .orElseThrow(() -> new NotFound("version.notFound", "No version " + number));
        version.getContent();
        return version;
    }

    /** The deliberation kept with a version: its file name and bytes. */
    @Transactional(readOnly = true)
    public Optional<PlanVersion> deliberation(long planId, int number) {
        PlanVersion version = version(planId, number);
        version.getDeliberationPdf();
        return version.hasDeliberationPdf() ? Optional.of(version) : Optional.empty();
    }

    /** The progress publications of a plan, the latest first. */
    @Transactional(readOnly = true)
    public List<Published> progressPublications(long planId) {
        policy.requireRead(load(planId));
        return publications.findProgressPublications(planId).stream()
                .map(published -> new Published(published.getAsOf(), published.getPublishedAt(),
                        published.getPublishedBy()))
                .toList();
    }

    /** A publication of the progress, as the publication page recalls it: as of which day, when, by whom. */
    public record Published(java.time.LocalDate asOf, java.time.Instant publishedAt, String publishedBy) {
    }

    public boolean mayManage() {
        return policy.mayEditStructure();
    }

    /**
     * Records that the council adopted the plan as it stands: a draft becomes adopted; an adopted plan gets its next
     * version. {@code expectedNumber} is the number the DG saw offered, so that two adoptions recorded at once do not
     * both pass.
     */
    public PlanVersion adopt(long planId, int expectedNumber, LocalDate on, String deliberation, String summary,
            String pdfName, byte[] pdf) {
        policy.requireEditStructure();
        Plan plan = load(planId);
        plan.checkEditable();
        int number = nextNumber(planId, expectedNumber);
        if (deliberation == null || deliberation.isBlank()) {
            throw new RuleViolation("version.deliberation.required", "The deliberation's reference is required");
        }
        checkDate(planId, on);
        if (plan.isDraft()) {
            plan.adopt(on, deliberation.strip());
        }
        PlanVersion version = new PlanVersion(plan, number, VersionKind.ADOPTED, on, deliberation, summary,
                snapshots.getObject().take(planId), Instant.now(clock), policy.actor().name());
        version.attachDeliberation(pdfName, pdf);
        return publications.save(version);
    }

    /** Records minor changes made since the last version, to be reported to the council with the next evaluation. */
    public PlanVersion recordMinorChanges(long planId, int expectedNumber, LocalDate on, String summary) {
        policy.requireEditStructure();
        Plan plan = load(planId);
        plan.checkEditable();
        if (publications.findLatestAdopted(planId).isEmpty()) {
            throw new RuleViolation("version.minor.notAdopted", "Record the adoption first");
        }
        int number = nextNumber(planId, expectedNumber);
        if (summary == null || summary.isBlank()) {
            throw new RuleViolation("version.summary.required", "Say what changed");
        }
        checkDate(planId, on);
        return publications.save(new PlanVersion(plan, number, VersionKind.MINOR, on, null, summary,
                snapshots.getObject().take(planId), Instant.now(clock), policy.actor().name()));
    }

    /** The number the next version of a plan will carry. */
    @Transactional(readOnly = true)
    public int nextNumber(long planId) {
        return publications.findVersions(planId).stream().mapToInt(PlanVersion::getNumber).max().orElse(0) + 1;
    }

    private int nextNumber(long planId, int expected) {
        int next = nextNumber(planId);
        if (next != expected) {
            throw new ConcurrentModification("Version " + expected + " of plan " + planId);
        }
        return next;
    }

    private void checkDate(long planId, LocalDate on) {
        if (on == null) {
            throw new RuleViolation("version.date.required", "The date is required");
        }
        if (on.isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("version.date.future", "The date is in the future");
        }
        publications.findVersions(planId).stream().findFirst().filter(last -> on.isBefore(last.getDecidedOn()))
                .ifPresent(last -> {
                    throw new RuleViolation("version.date.beforePrevious", "Before the previous version",
                            last.getNumber());
                });
    }

    /**
     * What the public PST shows, and which elements it keeps out (with what is under them). Applies to the next
     * adopted version and to the preview; a version already adopted keeps the settings of its day.
     */
    public void changeSettings(long planId, long expectedVersion, PublicationSettings settings,
            Set<Long> keptPrivate) {
        policy.requireEditStructure();
        Plan plan = load(planId);
        ConcurrentModification.check(expectedVersion, plan.getVersion(), "Plan " + planId);
        plan.changePublication(settings);
        for (PlanNode node : nodes.findTreeOfPlan(planId)) {
            boolean kept = keptPrivate.contains(node.getId());
            if (node.isKeptPrivate() != kept) {
                node.keepPrivate(kept);
            }
        }
    }

    /**
     * Publishes the state of progress as of a day: the public PST shows the figures of that day until the next
     * publication. Only once the plan has an adopted version.
     */
    public ProgressPublication publishProgress(long planId, LocalDate asOf) {
        policy.requireEditStructure();
        Plan plan = load(planId);
        plan.checkEditable();
        if (publications.findLatestAdopted(planId).isEmpty()) {
            throw new RuleViolation("publication.progress.notAdopted", "Record the adoption first");
        }
        if (asOf == null) {
            throw new RuleViolation("version.date.required", "The date is required");
        }
        if (asOf.isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("version.date.future", "The date is in the future");
        }
        return publications.save(new ProgressPublication(plan, asOf,
                freezer.getObject().figuresAsOf(planId, asOf), Instant.now(clock), policy.actor().name()));
    }

    private Plan load(long planId) {
        return plans.findById(planId).orElseThrow(() -> new NotFound("plan.notFound", "No plan " + planId));
    }
}
