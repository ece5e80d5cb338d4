package be.cpas.pst.domain.plan;

import be.cpas.pst.domain.access.AccessPolicy;
import be.cpas.pst.domain.progress.FollowUpRules;
import be.cpas.pst.domain.progress.ProgressRollup;
import be.cpas.pst.domain.progress.Rollup;
import be.cpas.pst.domain.progress.RollupNode;
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
    private final Clock clock;
    private final AccessPolicy policy;

    public PlanCatalogue(PlanRepository plans, PlanNodeRepository nodes, Optional<Clock> clock, AccessPolicy policy) {
        this.plans = plans;
        this.nodes = nodes;
        this.clock = clock.orElse(Clock.systemDefaultZone());
        this.policy = policy;
    }

    /** The plans the signed-in person may read (council members: adopted and archived ones only). */
    public List<Plan> plans() {
        return plans.findAllByOrderByPeriodStartDescIdDesc().stream().filter(policy::mayRead).toList();
    }

    /** Every plan, for the command line (run by whoever operates the server). */
    public List<Plan> allPlans() {
        return plans.findAllByOrderByPeriodStartDescIdDesc();
    }

    /** The plan's tree; empty when there is no such plan; refused when the person may not read it. */
    public Optional<PlanTree> tree(long planId) {
        Optional<Plan> plan = plans.findById(planId);
        plan.ifPresent(policy::requireRead);
        return plan.map(this::tree);
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
        List<PlanTree.Branch> branches = roots.stream()
                .map(root -> branch(root, childrenOf, rollups, today)).toList();
        return new PlanTree(plan, branches, rollups.get(PLAN_PSEUDO_ID), counts);
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
            LocalDate today) {
        List<PlanTree.Branch> children = childrenOf.getOrDefault(node.getId(), List.of()).stream()
                .map(child -> branch(child, childrenOf, rollups, today)).toList();
        boolean late = node.getKind().isWork() && node.getDeadline() != null
                && FollowUpRules.isLate(node.getDeadline().dueDate(), node.getStateCategory(), today);
        return new PlanTree.Branch(node, children, rollups.get(node.getId()), late);
    }
}
