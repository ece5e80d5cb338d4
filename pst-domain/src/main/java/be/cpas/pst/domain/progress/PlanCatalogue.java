package be.cpas.pst.domain.progress;

import be.cpas.pst.domain.access.AccessPolicy;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PlanDataRevision;
import be.cpas.pst.domain.plan.PlanRepository;
import be.cpas.pst.domain.plan.PlanView;
import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.planning.PlanNode;
import be.cpas.pst.domain.planning.PlanNodeRepository;
import be.cpas.pst.domain.planning.StepCount;
import be.cpas.pst.domain.vocabulary.Person;
import be.cpas.pst.domain.vocabulary.PriorityLevel;
import be.cpas.pst.domain.vocabulary.ProgressState;
import be.cpas.pst.domain.vocabulary.ServiceUnit;
import be.cpas.pst.domain.vocabulary.VocabularyLists;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading plans: the list of plans and a plan's whole tree with its progress, at a fixed number of statements. */
@Service
@Transactional(readOnly = true)
public class PlanCatalogue {

    private static final long PLAN_PSEUDO_ID = -1L;

    private final PlanRepository plans;
    private final PlanNodeRepository nodes;
    private final VocabularyLists vocabularies;
    private final Clock clock;
    private final AccessPolicy policy;
    private final PlanDataRevision revision;
    /**
     * Whole trees kept while the plan data's revision is unchanged: the plan page, every fiche and "mes actions" need
     * the roll-ups of the whole plan, and building them for a large plan costs more than the rest of the page. Their
     * entities are read-only once kept: pages read them after the transaction, no service changes them (a change
     * loads its own).
     */
    private final Map<TreeKey, PlanTree> kept = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<TreeKey, PlanTree> eldest) {
                    return size() > KEPT_TREES;
                }
            });

    private static final int KEPT_TREES = 16;

    /** What a whole tree depends on. */
    private record TreeKey(long planId, long revision, LocalDate today) {
    }

    public PlanCatalogue(PlanRepository plans, PlanNodeRepository nodes, VocabularyLists vocabularies,
            PlanDataRevision revision, Optional<Clock> clock, AccessPolicy policy) {
        this.revision = revision;
        this.plans = plans;
        this.nodes = nodes;
        this.vocabularies = vocabularies;
        this.clock = clock.orElse(Clock.systemDefaultZone());
        this.policy = policy;
    }

    /** The plans the signed-in person may read (council members: adopted and archived ones only). */
    public List<Plan> plans() {
        return plans.findAllByOrderByPeriodStartDescIdDesc().stream().filter(policy::mayRead).toList();
    }

    /** The plans the signed-in person may read, as the list of plans shows them (newest mandate first). */
    public List<PlanView> summaries() {
        return plans().stream().map(PlanView::of).toList();
    }

    /** Every plan, for the command line (run by whoever operates the server). */
    public List<Plan> allPlans() {
        return plans.findAllByOrderByPeriodStartDescIdDesc();
    }

    /** The plan's tree; empty when there is no such plan; refused when the person may not read it. */
    public Optional<PlanTree> tree(long planId) {
        return tree(planId, WorkFilter.NONE);
    }

    /**
     * The plan's tree narrowed to what matches the filter, with the elements above it; the figures stay those of
     * the whole plan.
     */
    public Optional<PlanTree> tree(long planId, WorkFilter filter) {
        return tree(planId, filter, false);
    }

    /** The plan page's tree: the same, with the plan's context (its AFOM), which the page shows after the transaction. */
    public Optional<PlanTree> treeWithContext(long planId, WorkFilter filter) {
        return tree(planId, filter, true);
    }

    private Optional<PlanTree> tree(long planId, WorkFilter filter, boolean withContext) {
        // the revision is read before the data: a tree is never kept under a revision newer than what it shows
        TreeKey key = new TreeKey(planId, revision.current(), LocalDate.now(clock));
        Optional<Plan> plan = plans.findById(planId);
        plan.ifPresent(policy::requireRead);
        return plan.map(found -> {
            PlanTree whole = kept.get(key);
            if (whole == null) {
                whole = tree(found);
                kept.put(key, whole);
            }
            // a kept tree may come from another request: the plan above it is this request's, with its reader's rights
            PlanTree current = whole.of(PlanHeader.of(found, withContext, new PlanHeader.Permissions(
                    policy.mayReadDashboard(found), policy.mayReadFinance(found) && !found.isDraft(),
                    policy.mayEditStructure() && found.isEditable(),
                    policy.mayManageVocabularies() && found.isEditable())));
            return filter.isEmpty() ? current : narrow(current, found, filter);
        });
    }

    /** The choices of the plan page's filters, in the plan's order. */
    public record FilterChoices(List<ElementView.ElementRef> volets, List<ElementView.Term> services,
            List<TreeNode.Who> people, List<TreeNode.Priority> priorities, List<TreeNode.State> states) {
    }

    public FilterChoices filterChoices(long planId) {
        return new FilterChoices(nodes.topLevelOf(planId).stream().filter(node -> node.getKind() == NodeKind.VOLET)
                .map(ElementView.ElementRef::of).toList(),
                vocabularies.servicesOf(planId).stream().map(ElementView.Term::of).toList(),
                vocabularies.peopleOf(planId).stream().map(TreeNode.Who::of).toList(),
                vocabularies.prioritiesOf(planId).stream().map(TreeNode.Priority::of).toList(),
                vocabularies.statesOf(planId).stream().map(TreeNode.State::of).toList());
    }

    private PlanTree narrow(PlanTree whole, Plan plan, WorkFilter filter) {
        long planId = plan.getId();
        java.util.Set<Long> withService = filter.service() == null ? null
                : new java.util.HashSet<>(nodes.nodesWithService(planId, filter.service()));
        java.util.Set<Long> withSdg = filter.sdg() == null ? null
                : new java.util.HashSet<>(nodes.nodesWithSdg(planId, filter.sdg()));
        Map<Long, LocalDate> lastEntry = new HashMap<>();
        if (filter.stale()) {
            nodes.lastEntriesOfPlan(planId).forEach(entry -> lastEntry.put(entry.nodeId(), entry.recordedOn()));
        }
        LocalDate today = LocalDate.now(clock);
        java.util.function.Predicate<PlanTree.Branch> work = branch -> {
            TreeNode node = branch.node();
            return (withService == null || withService.contains(node.id()))
                    && (withSdg == null || withSdg.contains(node.id()))
                    && (filter.pilote() == null || node.pilote() != null
                            && filter.pilote().equals(node.pilote().id()))
                    && (filter.responsable() == null || node.responsable() != null
                            && filter.responsable().equals(node.responsable().id()))
                    && (filter.priority() == null || node.priority() != null
                            && filter.priority().equals(node.priority().id()))
                    && (filter.state() == null || node.state() != null
                            && filter.state().equals(node.state().id()))
                    && (!filter.late() || branch.late())
                    && (!filter.stale() || FollowUpRules.isStale(lastEntry.get(node.id()),
                            plan.followUpSince(), node.stateCategory(), today, plan.getStaleAfterDays()));
        };
        int[] matches = {0};
        List<PlanTree.Branch> roots = new ArrayList<>();
        for (PlanTree.Branch root : whole.roots()) {
            PlanTree.Branch kept = keep(root, filter, work, false, java.util.Set.of(), matches);
            if (kept != null) {
                roots.add(kept);
            }
        }
        return new PlanTree(whole.plan(), roots, whole.rollup(), whole.counts(), filter, matches[0]);
    }

    /**
     * A branch with only what matches below it, or null. The text applies to every element (an objective found by
     * its title shows all it holds); the other criteria to projets and actions.
     */
    private PlanTree.Branch keep(PlanTree.Branch branch, WorkFilter filter,
            java.util.function.Predicate<PlanTree.Branch> work, boolean textFoundAbove, java.util.Set<Long> above,
            int[] matches) {
        TreeNode node = branch.node();
        java.util.Set<Long> withThis = new java.util.HashSet<>(above);
        withThis.add(node.id());
        boolean ownText = filter.textIn(node.code(), node.title(), node.description());
        boolean textHere = textFoundAbove || ownText;
        boolean below = withThis.containsAll(filter.ancestors());
        boolean matchesHere = node.kind().isWork() && below && work.test(branch) && textHere
                || !node.kind().isWork() && filter.onlyText() && textHere;
        List<PlanTree.Branch> children = new ArrayList<>();
        for (PlanTree.Branch child : branch.children()) {
            PlanTree.Branch kept = keep(child, filter, work, textHere && filter.text() != null, withThis, matches);
            if (kept != null) {
                children.add(kept);
            }
        }
        if (matchesHere && ownText) {
            matches[0]++;
        }
        if (!matchesHere && children.isEmpty()) {
            return null;
        }
        return new PlanTree.Branch(node, children, branch.rollup(), branch.late());
    }


    private PlanTree tree(Plan plan) {
        List<PlanNode> all = nodes.findTreeOfPlan(plan.getId());
        Map<Long, StepCount> steps = new HashMap<>();
        nodes.countStepsOfPlan(plan.getId()).forEach(count -> steps.put(count.nodeId(), count));
        Map<Long, List<PlanNode>> childrenOf = new HashMap<>();
        List<PlanNode> roots = new ArrayList<>();
        Map<NodeKind, Long> counts = new EnumMap<>(NodeKind.class);
        for (PlanNode node : all) {
            counts.merge(node.getKind(), 1L, Long::sum);
            if (node.getParent() == null) {
                roots.add(node);
            } else {
                childrenOf.computeIfAbsent(node.getParent().getId(), id -> new ArrayList<>()).add(node);
            }
        }
        List<RollupNode> rollupRoots = roots.stream().map(root -> rollupNode(root, childrenOf, steps)).toList();
        Map<Long, Rollup> rollups = ProgressRollup.computePlan(PLAN_PSEUDO_ID, rollupRoots);
        LocalDate today = LocalDate.now(clock);
        ElementView.PlanRef planRef = ElementView.PlanRef.of(plan);
        List<PlanTree.Branch> branches = roots.stream()
                .map(root -> branch(root, childrenOf, rollups, steps, today, planRef)).toList();
        // the kept tree holds no plan: each request puts its own reader's view of the plan above it
        return new PlanTree(null, branches, rollups.get(PLAN_PSEUDO_ID), counts);
    }

    private RollupNode rollupNode(PlanNode node, Map<Long, List<PlanNode>> childrenOf, Map<Long, StepCount> steps) {
        StepCount count = steps.get(node.getId());
        List<RollupNode> children = childrenOf.getOrDefault(node.getId(), List.of()).stream()
                .map(child -> rollupNode(child, childrenOf, steps)).toList();
        return new RollupNode(node.getId(), node.getKind(), node.getCode(), node.getTitle(), node.getStateCategory(),
                node.getProgressPercent(), count == null ? 0 : (int) count.done(),
                count == null ? 0 : (int) count.total(), node.getWeight(), children);
    }

    private PlanTree.Branch branch(PlanNode node, Map<Long, List<PlanNode>> childrenOf, Map<Long, Rollup> rollups,
            Map<Long, StepCount> steps, LocalDate today, ElementView.PlanRef plan) {
        List<PlanTree.Branch> children = childrenOf.getOrDefault(node.getId(), List.of()).stream()
                .map(child -> branch(child, childrenOf, rollups, steps, today, plan)).toList();
        StepCount count = steps.get(node.getId());
        boolean late = node.getKind().isWork() && FollowUpRules.isLate(FollowUpRules.earliest(
                node.getDeadline() == null ? null : node.getDeadline().dueDate(),
                count == null ? null : count.firstOpenDue()), node.getStateCategory(), today);
        return new PlanTree.Branch(TreeNode.of(node, plan), children, rollups.get(node.getId()), late);
    }
}
