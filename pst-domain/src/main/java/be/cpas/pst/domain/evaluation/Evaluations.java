package be.cpas.pst.domain.evaluation;

import be.cpas.pst.domain.access.AccessPolicy;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PlanRepository;
import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.planning.PlanNode;
import be.cpas.pst.domain.planning.PlanNodeRepository;
import be.cpas.pst.domain.planning.PlanStructure;
import be.cpas.pst.domain.shared.ConcurrentModification;
import be.cpas.pst.domain.shared.NotFound;
import be.cpas.pst.domain.shared.RuleViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluations of a plan: the DG opens one (its figures frozen at the reference date), the DG and each pilote
 * write what it says of the objectives and work they answer for, the DG validates it for the CODIR and records its
 * presentation to the council, after which it is read-only. Staff read every evaluation; council members read those
 * presented to the council.
 */
@Service
@Transactional
public class Evaluations {

    private final EvaluationRepository evaluations;
    private final PlanRepository plans;
    private final PlanNodeRepository nodes;
    private final PlanStructure structure;
    /** The reporting module's; absent where only the domain and its adapters run (their tests). */
    private final ObjectProvider<FigureFreezer> freezer;
    private final AccessPolicy policy;
    private final Clock clock;
    private final AppreciationScales scales;

    public Evaluations(EvaluationRepository evaluations, PlanRepository plans, PlanNodeRepository nodes,
            PlanStructure structure, ObjectProvider<FigureFreezer> freezer, AccessPolicy policy, Optional<Clock> clock,
            AppreciationScales scales) {
        this.scales = scales;
        this.evaluations = evaluations;
        this.plans = plans;
        this.nodes = nodes;
        this.structure = structure;
        this.freezer = freezer;
        this.policy = policy;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** The evaluations of a plan the signed-in person may read. */
    @Transactional(readOnly = true)
    public List<Evaluation> list(long planId) {
        Plan plan = loadPlan(planId);
        policy.requireRead(plan);
        plan.getOrganisation().getName();
        return evaluations.findByPlan(planId).stream().filter(this::mayRead).toList();
    }

    /** The plan, for whoever may read it. */
    @Transactional(readOnly = true)
    public Plan plan(long planId) {
        Plan plan = loadPlan(planId);
        policy.requireRead(plan);
        plan.getOrganisation().getName();
        return plan;
    }

    @Transactional(readOnly = true)
    public Evaluation find(long planId, long evaluationId) {
        Evaluation evaluation = evaluations.findOne(planId, evaluationId)
                .filter(this::mayRead)
                .orElseThrow(() -> new NotFound("evaluation.notFound", "No evaluation " + evaluationId));
        evaluation.getItems().forEach(item -> {
            item.getNode().getCode();
            if (item.getAppliedNode() != null) {
                item.getAppliedNode().getTitle();
            }
        });
        evaluation.getErrata().size();
        evaluation.getPlan().getOrganisation().getName();
        return evaluation;
    }

    /**
     * An evaluation the DG published with the public PST, for anyone (an anonymous visitor included): the report the
     * council received.
     */
    @Transactional(readOnly = true)
    public Evaluation findPublished(long planId, long evaluationId) {
        Evaluation evaluation = evaluations.findOne(planId, evaluationId)
                .filter(e -> e.getStatus() == EvaluationStatus.PUBLISHED)
                .orElseThrow(() -> new NotFound("evaluation.notFound", "No published evaluation " + evaluationId));
        evaluation.getItems().forEach(item -> {
            item.getNode().getCode();
            if (item.getAppliedNode() != null) {
                item.getAppliedNode().getTitle();
            }
        });
        evaluation.getErrata().size();
        evaluation.getPlan().getOrganisation().getName();
        return evaluation;
    }

    private boolean mayRead(Evaluation evaluation) {
        return policy.mayReadInternal() && policy.mayRead(evaluation.getPlan())
                || policy.mayRead(evaluation.getPlan()) && (evaluation.getStatus() == EvaluationStatus.PRESENTED
                        || evaluation.getStatus() == EvaluationStatus.PUBLISHED);
    }

    /** Opens an evaluation, its figures frozen at the reference date. */
    public Evaluation open(long planId, int year, EvaluationKind kind, LocalDate referenceDate) {
        Plan plan = loadPlan(planId);
        policy.requireEditStructure();
        if (evaluations.exists(planId, year, kind)) {
            throw new RuleViolation("evaluation.exists", "An evaluation of that year and kind exists", year);
        }
        LocalDate reference = referenceDate == null ? LocalDate.now(clock) : referenceDate;
        if (reference.isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("evaluation.referenceInFuture", "The reference date is in the future");
        }
        Evaluation evaluation = evaluations.save(new Evaluation(plan, year, kind));
        evaluation.freeze(reference, freezer.getObject().evaluationFiguresAsOf(planId, reference, year, kind));
        return evaluation;
    }

    /** Freezes the figures again (in preparation only), at a new reference date if one is given. */
    public void refreshFigures(long planId, long evaluationId, long expectedVersion, LocalDate referenceDate) {
        policy.requireEditStructure();
        Evaluation evaluation = current(planId, evaluationId, expectedVersion);
        LocalDate reference = referenceDate == null ? evaluation.getReferenceDate() : referenceDate;
        if (reference.isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("evaluation.referenceInFuture", "The reference date is in the future");
        }
        evaluation.freeze(reference, freezer.getObject().evaluationFiguresAsOf(planId, reference,
                evaluation.getYear(), evaluation.getKind()));
    }

    /** The introduction and the synergy review, written by the DG. */
    public void describe(long planId, long evaluationId, long expectedVersion, String introduction,
            String synergyReview) {
        policy.requireEditStructure();
        Evaluation evaluation = current(planId, evaluationId, expectedVersion);
        evaluation.introduce(introduction);
        evaluation.reviewSynergies(synergyReview);
    }

    /** What the evaluation says of one element: the DG, or the CODIR member who pilots it. */
    public EvaluationItem assess(long planId, long evaluationId, long nodeId, Long expectedItemVersion,
            Appreciation appreciation, String text, EvaluationDecision decision, String details, boolean major) {
        Evaluation evaluation = evaluations.findOne(planId, evaluationId)
                .orElseThrow(() -> new NotFound("evaluation.notFound", "No evaluation " + evaluationId));
        PlanNode node = nodes.findNode(planId, nodeId)
                .orElseThrow(() -> new NotFound("node.notFound", "No node " + nodeId));
        if (!mayAssess(node)) {
            throw new be.cpas.pst.domain.access.AccessRefused("Not allowed to evaluate " + nodeId);
        }
        checkItemVersion(evaluation, nodeId, expectedItemVersion);
        if (appreciation != null && !scale(planId).used().contains(appreciation)) {
            throw new RuleViolation("evaluation.scale.unused", "The plan does not use " + appreciation)
                    .onField("appreciation");
        }
        return evaluation.assess(node, appreciation, text, decision, details, major);
    }

    /** What an evaluation says of an element was not changed by someone else since the form was shown. */
    private static void checkItemVersion(Evaluation evaluation, long nodeId, Long expectedItemVersion) {
        Optional<EvaluationItem> existing = evaluation.itemOf(nodeId);
        if (existing.isPresent() != (expectedItemVersion != null)) {
            throw new ConcurrentModification("Evaluation of node " + nodeId);
        }
        existing.ifPresent(item -> ConcurrentModification.check(expectedItemVersion, item.getVersion(),
                "Evaluation of node " + nodeId));
    }

    /** The responsable's comment on his own projet or action (blank: none), while the evaluation is in preparation. */
    public EvaluationItem comment(long planId, long evaluationId, long nodeId, Long expectedItemVersion,
            String text) {
        Evaluation evaluation = evaluations.findOne(planId, evaluationId)
                .orElseThrow(() -> new NotFound("evaluation.notFound", "No evaluation " + evaluationId));
        PlanNode node = nodes.findNode(planId, nodeId)
                .orElseThrow(() -> new NotFound("node.notFound", "No node " + nodeId));
        if (!policy.mayCommentInEvaluation(node)) {
            throw new be.cpas.pst.domain.access.AccessRefused("Not allowed to comment on " + nodeId);
        }
        checkItemVersion(evaluation, nodeId, expectedItemVersion);
        return evaluation.comment(node, text, policy.actor().name(), LocalDate.now(clock));
    }

    /**
     * The evaluations in preparation where the signed-in person has projets or actions to comment on (as their
     * responsable): "Mes actions" points to them. One statement.
     */
    @Transactional(readOnly = true)
    public List<ToComment> toComment() {
        Long accountId = policy.actor().accountId();
        return accountId == null ? List.of() : evaluations.findInPreparationForResponsable(accountId).stream()
                .map(evaluation -> new ToComment(evaluation.getId(), evaluation.getKind(), evaluation.getYear(),
                        evaluation.getPlan().getId(), evaluation.getPlan().getTitle()))
                .toList();
    }

    /** An evaluation in preparation, as « Mes actions » points to it. */
    public record ToComment(long id, EvaluationKind kind, int year, long planId, String planTitle) {
    }

    /** What the synergy review says of one element's synergy: the DG, or the CODIR member who pilots it. */
    public EvaluationItem reviewSynergy(long planId, long evaluationId, long nodeId, Long expectedItemVersion,
            String text) {
        Evaluation evaluation = evaluations.findOne(planId, evaluationId)
                .orElseThrow(() -> new NotFound("evaluation.notFound", "No evaluation " + evaluationId));
        PlanNode node = nodes.findNode(planId, nodeId)
                .orElseThrow(() -> new NotFound("node.notFound", "No node " + nodeId));
        if (!mayAssess(node)) {
            throw new be.cpas.pst.domain.access.AccessRefused("Not allowed to review the synergy of " + nodeId);
        }
        checkItemVersion(evaluation, nodeId, expectedItemVersion);
        return evaluation.reviewSynergy(node, text);
    }

    /** Whether the signed-in person may comment on a projet or action in an evaluation (its responsable). */
    public boolean mayComment(PlanNode node) {
        return policy.mayCommentInEvaluation(node);
    }

    /**
     * An erratum to an evaluation presented to the council (the DG): on an element of its report ({@code nodeId}) or
     * on the report as a whole ({@code null}), named as the report names it today.
     */
    public EvaluationErratum correct(long planId, long evaluationId, Long nodeId, String correction, String reason) {
        policy.requireEditStructure();
        Evaluation evaluation = evaluations.findOne(planId, evaluationId)
                .orElseThrow(() -> new NotFound("evaluation.notFound", "No evaluation " + evaluationId));
        PlanNode node = nodeId == null ? null : nodes.findNode(planId, nodeId)
                .orElseThrow(() -> new NotFound("node.notFound", "No node " + nodeId));
        String subject = node == null ? null : node.auditLabel();
        return evaluation.correct(node, subject == null ? "Rapport" : subject, correction, reason,
                policy.actor().name(), LocalDate.now(clock));
    }

    /** Whether the signed-in person may write what an evaluation says of an element. */
    public boolean mayAssess(PlanNode node) {
        return policy.mayEditFiche(node);
    }

    /** What the signed-in person may write of an element in an evaluation: its evaluation, a responsable's comment. */
    public record Rights(boolean assess, boolean comment) {
    }

    /**
     * The objectives and work of a plan the signed-in person may evaluate or comment on, by element (one statement);
     * elements where they may do neither are left out.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Rights> rights(long planId) {
        java.util.Map<Long, Rights> rights = new java.util.HashMap<>();
        for (PlanNode node : nodes.findTreeOfPlan(planId)) {
            if (node.getKind().hasState()) {
                Rights of = new Rights(mayAssess(node), mayComment(node));
                if (of.assess() || of.comment()) {
                    rights.put(node.getId(), of);
                }
            }
        }
        return rights;
    }

    /** What the signed-in person may write of one element (an unknown element is "not found"). */
    @Transactional(readOnly = true)
    public Rights rights(long planId, long nodeId) {
        PlanNode node = nodes.findNode(planId, nodeId)
                .orElseThrow(() -> new NotFound("node.notFound", "No node " + nodeId));
        return new Rights(node.getKind().hasState() && mayAssess(node), mayComment(node));
    }

    /**
     * A plan's appreciation scale as pages and reports show it: the plan's own wording of its levels (the others read
     * the default), the levels it uses, the version a change builds on (-1: never defined).
     */
    public record Scale(java.util.Map<Appreciation, String> wording, List<Appreciation> used, long version) {

        /** Every level, worded by default. */
        public static final Scale DEFAULT = new Scale(java.util.Map.of(), List.of(Appreciation.values()), -1);
    }

    @Transactional(readOnly = true)
    public Scale scale(long planId) {
        return scales.findByPlan(planId).map(scale -> {
            java.util.Map<Appreciation, String> wording = new java.util.EnumMap<>(Appreciation.class);
            for (Appreciation level : Appreciation.values()) {
                scale.label(level).ifPresent(label -> wording.put(level, label));
            }
            return new Scale(wording, scale.used(), scale.getVersion());
        }).orElse(Scale.DEFAULT);
    }

    /** Words the plan's appreciation levels and says which it uses (the DG), on the version the page showed. */
    public void defineScale(long planId, long expectedVersion, java.util.Map<Appreciation, String> wording,
            java.util.Set<Appreciation> used) {
        policy.requireEditStructure();
        Plan plan = loadPlan(planId);
        AppreciationScale scale = scales.findByPlan(planId).orElse(null);
        ConcurrentModification.check(expectedVersion, scale == null ? -1 : scale.getVersion(),
                "Appreciation scale of " + planId);
        if (scale == null) {
            scale = new AppreciationScale(plan);
            scale.define(wording, used);
            scales.save(scale);
        } else {
            scale.define(wording, used);
        }
    }

    public boolean mayManage() {
        return policy.mayEditStructure();
    }

    /** A pilote with the objectifs opérationnels he still has to evaluate ({@code pilote} null: no pilote named). */
    public record Remaining(String pilote, java.util.List<String> objectives) {
    }

    /**
     * Who still has to write what, for the DG following the drafting: the objectifs opérationnels without an
     * appréciation or a text yet, grouped by their pilote (those with most left first), in the plan's order.
     */
    @Transactional(readOnly = true)
    public java.util.List<Remaining> remaining(long planId, Evaluation evaluation) {
        java.util.Set<Long> drafted = new java.util.HashSet<>();
        evaluation.getItems().stream().filter(item -> item.getAppreciation() != null || item.getAssessment() != null)
                .forEach(item -> drafted.add(item.getNode().getId()));
        java.util.Map<String, java.util.List<String>> byPilote = new java.util.LinkedHashMap<>();
        for (PlanNode node : nodes.findTreeOfPlan(planId)) {
            if (node.getKind() == be.cpas.pst.domain.planning.NodeKind.OPERATIONAL_OBJECTIVE
                    && !drafted.contains(node.getId())) {
                String pilote = node.getPilote() == null ? "" : node.getPilote().getName();
                byPilote.computeIfAbsent(pilote, key -> new java.util.ArrayList<>())
                        .add(node.getCode() == null ? node.getTitle() : node.getCode());
            }
        }
        return byPilote.entrySet().stream()
                .map(entry -> new Remaining(entry.getKey().isEmpty() ? null : entry.getKey(), entry.getValue()))
                .sorted(java.util.Comparator.comparingInt((Remaining r) -> -r.objectives().size()))
                .toList();
    }

    /**
     * Applies the decision on an element in one step: abandons it (the journal says which evaluation decided it),
     * gives it the new échéance ({@code input}), or creates the new element under it ({@code input}: its title; an
     * action under an OO, an OO under an OS). The evaluation keeps which element it changed.
     */
    public PlanNode applyDecision(long planId, long evaluationId, long nodeId, String input) {
        policy.requireEditStructure();
        Evaluation evaluation = evaluations.findOne(planId, evaluationId)
                .orElseThrow(() -> new NotFound("evaluation.notFound", "No evaluation " + evaluationId));
        EvaluationItem item = evaluation.itemOf(nodeId).filter(i -> i.getDecision() != null)
                .orElseThrow(() -> new RuleViolation("evaluation.decision.none", "No decision on " + nodeId));
        if (item.getAppliedOn() != null) {
            throw new RuleViolation("evaluation.decision.applied", "Already applied");
        }
        PlanNode node = item.getNode();
        String origin = "Évaluation " + evaluation.getYear();
        String text = input == null || input.isBlank() ? item.getDecisionDetails() : input.strip();
        PlanNode changed = switch (item.getDecision()) {
            case ABANDON -> {
                structure.abandon(planId, nodeId, origin + " : " + (text == null ? "abandon décidé" : text));
                yield node;
            }
            case POSTPONE -> {
                if (text == null) {
                    throw new RuleViolation("evaluation.decision.deadlineRequired", "A new échéance is required");
                }
                node.schedule(be.cpas.pst.domain.deadline.Deadline.of(text), node.getPlannedStart(),
                        node.getPlannedEnd(), node.getActualStart(), node.getActualEnd());
                yield node;
            }
            case ADD -> {
                if (text == null) {
                    throw new RuleViolation("evaluation.decision.titleRequired", "The new element needs a title");
                }
                NodeKind kind = node.getKind() == NodeKind.STRATEGIC_OBJECTIVE ? NodeKind.OPERATIONAL_OBJECTIVE
                        : NodeKind.ACTION;
                PlanNode parent = node.getKind().isWork() ? node.getParent() : node;
                PlanNode created = structure.add(planId, parent.getId(), kind, null, text);
                created.describe("<p>Ajouté par l’" + (evaluation.getKind() == EvaluationKind.ANNUAL
                        ? "évaluation annuelle " : "évaluation ") + evaluation.getYear() + ".</p>");
                yield created;
            }
            default -> throw new RuleViolation("evaluation.decision.nothingToApply", "Nothing to apply");
        };
        evaluation.recordApplied(nodeId, LocalDate.now(clock), changed);
        return changed;
    }

    public void validate(long planId, long evaluationId, long expectedVersion) {
        policy.requireEditStructure();
        current(planId, evaluationId, expectedVersion).validate(LocalDate.now(clock));
    }

    public void reopen(long planId, long evaluationId, long expectedVersion) {
        policy.requireEditStructure();
        current(planId, evaluationId, expectedVersion).reopen();
    }

    public void present(long planId, long evaluationId, long expectedVersion, LocalDate on, String deliberation) {
        policy.requireEditStructure();
        if (on != null && on.isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("evaluation.presentedInFuture", "Presented in the future");
        }
        current(planId, evaluationId, expectedVersion).present(on, deliberation);
    }

    /** Publishes a presented evaluation with the public PST, or withdraws it (the DG). */
    public void publish(long planId, long evaluationId, long expectedVersion, boolean published) {
        policy.requireEditStructure();
        current(planId, evaluationId, expectedVersion).publish(published);
    }

    private Evaluation current(long planId, long evaluationId, long expectedVersion) {
        Evaluation evaluation = evaluations.findOne(planId, evaluationId)
                .orElseThrow(() -> new NotFound("evaluation.notFound", "No evaluation " + evaluationId));
        ConcurrentModification.check(expectedVersion, evaluation.getVersion(), "Evaluation " + evaluationId);
        return evaluation;
    }

    private Plan loadPlan(long planId) {
        return plans.findById(planId).orElseThrow(() -> new NotFound("plan.notFound", "No plan " + planId));
    }
}
