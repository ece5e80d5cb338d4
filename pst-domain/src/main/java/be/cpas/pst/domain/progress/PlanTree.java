package be.cpas.pst.domain.progress;

import be.cpas.pst.domain.planning.NodeKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan's whole tree, ready to show: each node with its children in the plan's order and its rolled-up progress.
 *
 * @param plan    the plan as this request's reader sees it (the rest of the tree may be kept across requests)
 * @param roots   the top-level nodes (volets, axes or objectifs stratégiques)
 * @param rollup  the plan's own figure
 * @param counts  how many nodes of each kind the plan has
 */
public record PlanTree(PlanHeader plan, List<Branch> roots, Rollup rollup, java.util.Map<NodeKind, Long> counts,
        WorkFilter filter, int matches) {

    /** The whole tree, unfiltered. */
    public PlanTree(PlanHeader plan, List<Branch> roots, Rollup rollup, java.util.Map<NodeKind, Long> counts) {
        this(plan, roots, rollup, counts, WorkFilter.NONE, 0);
    }

    /** The same tree under the plan as the current request reads it. */
    public PlanTree of(PlanHeader current) {
        return new PlanTree(current, roots, rollup, counts, filter, matches);
    }

    public boolean filtered() {
        return !filter.isEmpty();
    }

    /** The branches from the top of the plan down to a node, the node's own last; empty if it is not in the tree. */
    public List<Branch> pathTo(long nodeId) {
        List<Branch> path = new ArrayList<>();
        return find(roots, nodeId, path) ? path : List.of();
    }

    /** The branches among which a node is ordered: its parent's children, or the top level; empty if absent. */
    public List<Branch> siblingsOf(long nodeId) {
        List<Branch> path = pathTo(nodeId);
        return path.isEmpty() ? List.of() : path.size() == 1 ? roots : path.get(path.size() - 2).children();
    }

    private static boolean find(List<Branch> branches, long nodeId, List<Branch> path) {
        for (Branch branch : branches) {
            path.add(branch);
            if (branch.node().id() == nodeId || find(branch.children(), nodeId, path)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }

    /** An element (as values, see {@link TreeNode}) and what hangs under it. */
    public record Branch(TreeNode node, List<Branch> children, Rollup rollup, boolean late) {

        public int percent() {
            return rollup.rounded();
        }
    }
}
