package be.cpas.pst.domain.progress;

import be.cpas.pst.domain.access.AccessPolicy;
import be.cpas.pst.domain.access.Actor;
import be.cpas.pst.domain.audit.AuditEntry;
import be.cpas.pst.domain.audit.AuditTrail;
import be.cpas.pst.domain.indicator.IndicatorAssessment;
import be.cpas.pst.domain.indicator.IndicatorStatus;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.planning.Indicator;
import be.cpas.pst.domain.planning.IndicatorValue;
import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.planning.PlanNode;
import be.cpas.pst.domain.planning.PlanNodeRepository;
import be.cpas.pst.domain.planning.ProgressEntry;
import be.cpas.pst.domain.planning.ProgressEntryRepository;
import be.cpas.pst.domain.planning.StepCount;
import be.cpas.pst.domain.planning.SynergyStatus;
import be.cpas.pst.domain.planning.VoletScope;
import be.cpas.pst.domain.shared.ConcurrentModification;
import be.cpas.pst.domain.shared.NotFound;
import be.cpas.pst.domain.shared.RuleViolation;
import be.cpas.pst.domain.vocabulary.Partner;
import be.cpas.pst.domain.vocabulary.Person;
import be.cpas.pst.domain.vocabulary.PoliticalObjective;
import be.cpas.pst.domain.vocabulary.PriorityLevel;
import be.cpas.pst.domain.vocabulary.ProgressState;
import be.cpas.pst.domain.vocabulary.ServiceUnit;
import be.cpas.pst.domain.vocabulary.StateCategory;
import be.cpas.pst.domain.vocabulary.VocabularyLists;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The fiche of a projet or action, "mes actions", and the monthly progress update. */
@Service
@Transactional
public class WorkFollowUp {

    /** The fiche shows the latest changes; the audit page has them all. */
    private static final int HISTORY_LIMIT = 10;

    private final PlanCatalogue catalogue;
    private final PlanNodeRepository nodes;
    private final VocabularyLists vocabularies;
    private final ProgressEntryRepository entries;
    private final AuditTrail auditTrail;
    private final AccessPolicy policy;
    private final Clock clock;

    public WorkFollowUp(PlanCatalogue catalogue, PlanNodeRepository nodes, VocabularyLists vocabularies,
            ProgressEntryRepository entries,
            AuditTrail auditTrail, AccessPolicy policy, Optional<Clock> clock) {
        this.catalogue = catalogue;
        this.nodes = nodes;
        this.vocabularies = vocabularies;
        this.entries = entries;
        this.auditTrail = auditTrail;
        this.policy = policy;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /**
     * An element's fiche for one reader: the element as that reader may see it ({@link #element()}: internal notes
     * and comments absent unless the reader may read them), its place in the tree (its branch, the elements above it
     * and its siblings in their order), journal, history (empty unless the reader may read internal notes), the
     * states a monthly update may choose and what the reader may do ({@link #may()}). Values only, never entities.
     * The pages that change the element (structure, budget, indicators, fiche form) read the same record: their
     * readers may read everything.
     */
    public record Fiche(PlanTree.Branch branch, List<TreeNode> ancestors, List<PlanTree.Branch> siblings,
            ElementView element, LocalDate lastUpdate, boolean stale, List<ElementView.JournalEntry> journal,
            List<AuditEntry> history, boolean moreHistory, List<TreeNode.State> states, Permissions may) {

        /** The plan the element belongs to. */
        public ElementView.PlanRef plan() {
            return element.plan();
        }

        /** The element's indicators, with their values and status. */
        public List<ElementView.IndicatorView> indicators() {
            return element.indicators();
        }

        /** The element right above this one, {@code null} at the top of the plan. */
        public TreeNode parent() {
            return ancestors.isEmpty() ? null : ancestors.get(ancestors.size() - 1);
        }

        public boolean mayPostProgress() {
            return may.postProgress();
        }

        public boolean mayEditFiche() {
            return may.editFiche();
        }

        public boolean mayEditBudget() {
            return may.editBudget();
        }

        public boolean mayReadInternal() {
            return may.readInternal();
        }

        public boolean mayEditStructure() {
            return may.editStructure();
        }
    }

    /** What the reader of a fiche may do there, as the access policy decides it. */
    public record Permissions(boolean postProgress, boolean editFiche, boolean editBudget, boolean readInternal,
            boolean editStructure, boolean readAudit) {
    }

    /**
     * An action of "mes actions", with what makes it need attention, its rolled-up progress and the objective it
     * serves (the nearest objectif opérationnel or stratégique above it, with its own roll-up; null if none).
     */
    public record MyAction(WorkCard node, boolean late, long daysLate, boolean stale, boolean dueSoon,
            LocalDate lastUpdate, List<TreeNode.State> states, int percent, PlanTree.Branch objective) {

        int urgency() {
            return late ? 0 : stale ? 1 : dueSoon ? 2 : 3;
        }
    }

    @Transactional(readOnly = true)
    public Optional<Fiche> fiche(long planId, long nodeId) {
        Optional<PlanTree> tree = catalogue.tree(planId);
        if (tree.isEmpty()) {
            return Optional.empty();
        }
        List<PlanTree.Branch> path = tree.get().pathTo(nodeId);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        PlanTree.Branch branch = path.get(path.size() - 1);
        // the tree may be a kept one, read in another transaction: the fiche reads its element afresh
        PlanNode node = nodes.findNode(planId, nodeId)
                .orElseThrow(() -> new NotFound("node.notFound", "No node " + nodeId));
        loadFiche(node);
        List<TreeNode> ancestors = path.subList(0, path.size() - 1).stream().map(PlanTree.Branch::node).toList();
        List<ProgressEntry> journal = nodes.journalOf(nodeId);
        LocalDate lastUpdate = journal.isEmpty() ? null : journal.get(0).getRecordedOn();
        LocalDate today = LocalDate.now(clock);
        boolean stale = node.getKind().isWork() && FollowUpRules.isStale(lastUpdate, node.getPlan().followUpSince(),
                node.getStateCategory(), today, node.getPlan().getStaleAfterDays());
        List<ElementView.IndicatorView> indicators = node.getIndicators().stream()
                .map(indicator -> ElementView.IndicatorView.of(indicator, status(indicator, today),
                        value -> node.getPlan().isEditable()
                                && policy.mayCorrectValue(node, value.getAuthorAccountId())))
                .toList();
        Permissions may = new Permissions(policy.mayPostProgress(node), policy.mayEditFiche(node),
                policy.mayEditBudget(), policy.mayReadInternal(),
                policy.mayEditStructure() && node.getPlan().isEditable(), policy.mayReadAudit());
        List<AuditEntry> latest = may.readInternal() ? auditTrail.historyOfNode(nodeId, HISTORY_LIMIT + 1)
                : List.of();
        List<AuditEntry> history = latest.subList(0, Math.min(HISTORY_LIMIT, latest.size()));
        return Optional.of(new Fiche(branch, ancestors, tree.get().siblingsOf(nodeId),
                ElementView.of(node, may.readInternal(), indicators), lastUpdate, stale,
                journal.stream().map(entry -> ElementView.JournalEntry.of(entry, may.readInternal())).toList(),
                history, latest.size() > HISTORY_LIMIT, statesOf(planId), may));
    }

    /** The signed-in person's projets and actions: late first, then stale, then due soon, then the rest. */
    @Transactional(readOnly = true)
    public List<MyAction> myActions() {
        Actor actor = policy.actor();
        if (actor.accountId() == null) {
            return List.of();
        }
        List<PlanNode> work = nodes.findWorkOfAccount(actor.accountId());
        Map<Long, LocalDate> last = new HashMap<>();
        Map<Long, StepCount> stepCounts = new HashMap<>();
        if (!work.isEmpty()) {
            List<Long> ids = work.stream().map(PlanNode::getId).toList();
            nodes.lastEntries(ids).forEach(entry -> last.put(entry.nodeId(), entry.recordedOn()));
            // an action whose étape is past is late, whatever its own date
            nodes.countStepsOf(ids).forEach(count -> stepCounts.put(count.nodeId(), count));
        }
        Map<Long, List<TreeNode.State>> statesByPlan = new HashMap<>();
        // the roll-ups come from each plan's tree, as on the plan page (one tree per plan, not per action)
        Map<Long, Optional<PlanTree>> treesByPlan = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        List<MyAction> actions = new ArrayList<>();
        for (PlanNode node : work) {
            // the monthly update shows each indicator's latest value beside its field (fetched by batches)
            node.getIndicators().forEach(indicator -> indicator.getValues().size());
            Plan plan = node.getPlan();
            StepCount count = stepCounts.get(node.getId());
            LocalDate due = FollowUpRules.earliest(node.getDeadline() == null ? null : node.getDeadline().dueDate(),
                    count == null ? null : count.firstOpenDue());
            StateCategory category = node.getStateCategory();
            LocalDate lastUpdate = last.get(node.getId());
            List<PlanTree.Branch> path = treesByPlan.computeIfAbsent(plan.getId(), catalogue::tree)
                    .map(tree -> tree.pathTo(node.getId())).orElse(List.of());
            actions.add(new MyAction(WorkCard.of(node), FollowUpRules.isLate(due, category, today),
                    FollowUpRules.daysLate(due, category, today),
                    FollowUpRules.isStale(lastUpdate, plan.followUpSince(), category, today, plan.getStaleAfterDays()),
                    FollowUpRules.isDueSoon(due, category, today, plan.getDueSoonDays()), lastUpdate,
                    statesByPlan.computeIfAbsent(plan.getId(), this::statesOf),
                    path.isEmpty() ? 0 : path.get(path.size() - 1).percent(), objectiveOn(path)));
        }
        actions.sort(Comparator.comparingInt(MyAction::urgency)
                .thenComparing(action -> action.node().deadline() == null
                        || action.node().deadline().dueDate() == null ? LocalDate.MAX
                        : action.node().deadline().dueDate())
                .thenComparing(action -> action.node().id()));
        return actions;
    }

    /**
     * The monthly update of a projet or action: new state, %, comment and indicator values, in one go. Refused when
     * the person may not update it, when someone else changed it since {@code expectedVersion}, or when a value
     * breaks a rule; then nothing is saved.
     */
    public ProgressEntry recordProgress(long planId, long nodeId, long expectedVersion, Long stateId, Integer percent,
            String comment, Map<Long, BigDecimal> indicatorValues) {
        PlanNode node = nodes.findNode(planId, nodeId)
                .orElseThrow(() -> new NotFound("node.notFound", "No node " + nodeId));
        policy.requirePostProgress(node);
        ConcurrentModification.check(expectedVersion, node.getVersion(), "Node " + nodeId);
        ProgressState state = stateId == null ? null : vocabularies.findState(planId, stateId)
                .orElseThrow(() -> new RuleViolation("state.otherPlan", "Unknown state " + stateId));
        Actor actor = policy.actor();
        LocalDate today = LocalDate.now(clock);
        ProgressEntry entry = entries.save(node.recordProgress(state, percent, comment, actor.name(),
                actor.accountId(), today));
        indicatorValues.forEach((indicatorId, value) -> {
            if (value != null) {
                Indicator indicator = node.getIndicators().stream()
                        .filter(candidate -> candidate.getId().equals(indicatorId)).findFirst()
                        .orElseThrow(() -> new NotFound("indicator.notFound", "No indicator " + indicatorId));
                indicator.record(today, value, null, actor.name(), actor.accountId());
            }
        });
        return entry;
    }

    /** The page is rendered after the transaction: the fiche's collections are read now (in batches). */
    private static void loadFiche(PlanNode node) {
        if (node.getParent() != null) {
            node.getParent().getTitle();
        }
        node.getServices().size();
        node.getPartners().size();
        node.getPoliticalObjectives().size();
        node.getSecondaryObjectives().size();
        node.getSdgs().size();
        node.getEnjeux().size();
        node.getRisks().size();
        node.getSteps().size();
        node.getIndicators().forEach(indicator -> indicator.getValues().size());
        node.getBudgetLines().forEach(line -> line.getFollowUps().size());
    }

    /**
     * What the fiche form changes: the common attributes of an element, as typed (description already cleaned).
     */
    public record FicheChange(String code, String title, String description, VoletScope scope, Long priorityId,
            Long piloteId, Long responsableId, String responsableText, String deadline, LocalDate plannedStart,
            LocalDate plannedEnd) {
    }

    /** What links the element to the rest of the plan and to the reference lists (ids, ODD and enjeu numbers). */
    public record FicheLinks(java.util.Set<Long> serviceIds, java.util.Set<Long> partnerIds,
            java.util.Set<Long> politicalObjectiveIds, java.util.Set<Long> secondaryObjectiveIds,
            java.util.Set<Integer> sdgs, java.util.Set<Integer> enjeux) {
    }

    /** The rest of the fiche: synergy, risks (one per entry), internal note, weight, actual dates. */
    public record FicheDetails(SynergyStatus synergyStatus, String synergyDetails, List<String> risks,
            String internalNote, int weight, LocalDate actualStart, LocalDate actualEnd) {
    }

    /** The choices of the fiche form, as values: the plan's vocabularies and its operational objectives. */
    public record FicheChoices(List<TreeNode.Priority> priorities, List<TreeNode.Who> people,
            List<ElementView.Term> services, List<ElementView.Term> partners,
            List<ElementView.PoliticalRef> politicalObjectives, List<ElementView.ElementRef> operationalObjectives) {
    }

    /** What a fiche may be linked to: the entries themselves, for the save. */
    private record Candidates(List<PriorityLevel> priorities, List<Person> people, List<ServiceUnit> services,
            List<Partner> partners, List<PoliticalObjective> politicalObjectives,
            List<PlanNode> operationalObjectives) {
    }

    @Transactional(readOnly = true)
    public FicheChoices ficheChoices(long planId) {
        Candidates candidates = candidates(planId);
        return new FicheChoices(candidates.priorities().stream().map(TreeNode.Priority::of).toList(),
                candidates.people().stream().map(TreeNode.Who::of).toList(),
                candidates.services().stream().map(ElementView.Term::of).toList(),
                candidates.partners().stream().map(ElementView.Term::of).toList(),
                candidates.politicalObjectives().stream().map(ElementView.PoliticalRef::of).toList(),
                candidates.operationalObjectives().stream().map(ElementView.ElementRef::of).toList());
    }

    private Candidates candidates(long planId) {
        return new Candidates(vocabularies.prioritiesOf(planId), vocabularies.peopleOf(planId),
                vocabularies.servicesOf(planId), vocabularies.partnersOf(planId),
                vocabularies.politicalObjectivesOf(planId), nodes.operationalObjectivesOf(planId));
    }

    /**
     * Saves the fiche, if the person may edit it and nobody changed it since {@code expectedVersion}; a rule broken
     * by any field refuses the whole change.
     */
    public PlanNode editFiche(long planId, long nodeId, long expectedVersion, FicheChange change, FicheLinks links,
            FicheDetails details) {
        PlanNode node = nodes.findNode(planId, nodeId)
                .orElseThrow(() -> new NotFound("node.notFound", "No node " + nodeId));
        policy.requireEditFiche(node);
        ConcurrentModification.check(expectedVersion, node.getVersion(), "Node " + nodeId);
        Candidates choices = candidates(planId);
        node.rename(change.code(), change.title());
        node.describe(change.description());
        node.changeScope(change.scope());
        node.prioritise(pick(choices.priorities(), change.priorityId(), PriorityLevel::getId));
        node.assign(pick(choices.people(), change.piloteId(), Person::getId),
                pick(choices.people(), change.responsableId(), Person::getId), change.responsableText());
        node.schedule(be.cpas.pst.domain.deadline.Deadline.of(change.deadline()), change.plannedStart(),
                change.plannedEnd(), details.actualStart(), details.actualEnd());
        node.serve(pickAll(choices.politicalObjectives(), links.politicalObjectiveIds(), PoliticalObjective::getId));
        node.tag(links.sdgs(), links.enjeux());
        // each level's form shows only what the level has; what it does not show is left as it is
        if (node.getKind().hasState()) {
            node.involve(pickAll(choices.services(), links.serviceIds(), ServiceUnit::getId),
                    pickAll(choices.partners(), links.partnerIds(), Partner::getId));
            node.declareSynergy(details.synergyStatus(), details.synergyDetails());
            node.listRisks(details.risks());
        }
        if (node.isWork()) {
            node.alsoServe(pickAll(choices.operationalObjectives(), links.secondaryObjectiveIds(), PlanNode::getId));
        }
        node.writeInternalNote(details.internalNote());
        node.changeWeight(details.weight());
        return node;
    }

    private static <T> List<T> pickAll(List<T> choices, java.util.Set<Long> ids,
            java.util.function.Function<T, Long> idOf) {
        return ids == null ? List.of() : ids.stream().map(id -> pick(choices, id, idOf)).toList();
    }

    private static <T> T pick(List<T> choices, Long id, java.util.function.Function<T, Long> idOf) {
        if (id == null) {
            return null;
        }
        return choices.stream().filter(choice -> id.equals(idOf.apply(choice))).findFirst()
                .orElseThrow(() -> new NotFound("vocabulary.unknown", "Unknown choice " + id));
    }

    /** The states a monthly update may choose, in the plan's order. */
    private List<TreeNode.State> statesOf(long planId) {
        return vocabularies.statesOf(planId).stream().map(TreeNode.State::of).toList();
    }

    private static IndicatorStatus status(Indicator indicator, LocalDate today) {
        return IndicatorAssessment.assessSeries(indicator.getDirection(),
                new IndicatorAssessment.Point(indicator.getBaselineDate(), indicator.getBaselineValue()),
                new IndicatorAssessment.Point(indicator.getTargetDate(), indicator.getTargetValue()),
                indicator.getValues().stream()
                        .map(value -> new IndicatorAssessment.Point(value.getMeasuredOn(), value.getValue())).toList(),
                today);
    }

    /** The nearest objective above the last element of a path. */
    private static PlanTree.Branch objectiveOn(List<PlanTree.Branch> path) {
        for (int i = path.size() - 2; i >= 0; i--) {
            NodeKind kind = path.get(i).node().kind();
            if (kind == NodeKind.OPERATIONAL_OBJECTIVE || kind == NodeKind.STRATEGIC_OBJECTIVE) {
                return path.get(i);
            }
        }
        return null;
    }
}
