package be.cpas.pst.domain.progress;

import be.cpas.pst.domain.vocabulary.StateCategory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The one place where progress is rolled up from actions to projets, OO, OS, axes, volets and the plan.
 *
 * <p>The rule (also in docs/domain-model.md):
 * <ol>
 *   <li>An abandoned node is left out of its parent's figure.</li>
 *   <li>A node with children that count takes the weighted mean of their figures (weight 1 by default; weight 0 leaves
 *       a child out).</li>
 *   <li>Otherwise (a leaf): done = 100 %; else the % typed on the fiche; else the share of étapes ticked;
 *       else 0 % for a projet or action, and no figure for an objective without actions.</li>
 * </ol>
 * A suspended node keeps its figure: it is still part of the plan.
 */
public final class ProgressRollup {

    private ProgressRollup() {
    }

    /** The figure of a node (its children are computed on the way). */
    public static Rollup compute(RollupNode node) {
        return computeAll(node).get(node.id());
    }

    /** The figures of a node and of every node below it, by id: one pass over the tree. */
    public static Map<Long, Rollup> computeAll(RollupNode root) {
        Map<Long, Rollup> results = new HashMap<>();
        visit(root, results);
        return results;
    }

    /** The plan's figure: the weighted mean of its top-level nodes, with their own figures. */
    public static Map<Long, Rollup> computePlan(long planPseudoId, List<RollupNode> topLevel) {
        RollupNode plan = new RollupNode(planPseudoId, be.cpas.pst.domain.planning.NodeKind.VOLET, null, null,
                StateCategory.IN_PROGRESS, null, 0, 0, 1, topLevel);
        return computeAll(plan);
    }

    private static Rollup visit(RollupNode node, Map<Long, Rollup> results) {
        List<Rollup.Contribution> contributions = new ArrayList<>();
        double weightedSum = 0;
        int totalWeight = 0;
        for (RollupNode child : node.children()) {
            Rollup childRollup = visit(child, results);
            boolean counted = childRollup.basis() != Rollup.Basis.EXCLUDED && childRollup.percent().isPresent()
                    && child.weight() > 0;
            if (counted) {
                weightedSum += childRollup.percent().getAsDouble() * child.weight();
                totalWeight += child.weight();
            }
            contributions.add(new Rollup.Contribution(child.id(), child.code(), child.title(), childRollup.percent(),
                    child.weight(), counted, childRollup.basis()));
        }
        Rollup result;
        if (node.category() == StateCategory.ABANDONED) {
            result = new Rollup(OptionalDouble.empty(), Rollup.Basis.EXCLUDED, contributions);
        } else if (totalWeight > 0) {
            result = new Rollup(OptionalDouble.of(weightedSum / totalWeight), Rollup.Basis.CHILDREN, contributions);
        } else {
            result = leaf(node, contributions);
        }
        results.put(node.id(), result);
        return result;
    }

    private static Rollup leaf(RollupNode node, List<Rollup.Contribution> contributions) {
        if (node.category() == StateCategory.DONE) {
            return new Rollup(OptionalDouble.of(100), Rollup.Basis.DONE, contributions);
        }
        if (node.manualPercent() != null) {
            return new Rollup(OptionalDouble.of(node.manualPercent()), Rollup.Basis.MANUAL, contributions);
        }
        if (node.stepsTotal() > 0) {
            return new Rollup(OptionalDouble.of(100.0 * node.stepsDone() / node.stepsTotal()), Rollup.Basis.STEPS,
                    contributions);
        }
        if (node.kind().isWork()) {
            return new Rollup(OptionalDouble.of(0), Rollup.Basis.NOT_STARTED, contributions);
        }
        return new Rollup(OptionalDouble.empty(), Rollup.Basis.NO_DATA, contributions);
    }
}
