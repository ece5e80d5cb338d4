package be.cpas.pst.domain.plan;

import be.cpas.pst.domain.progress.Rollup;
import java.util.List;

/**
 * A plan's whole tree, ready to show: each node with its children in the plan's order and its rolled-up progress.
 *
 * @param plan    the plan
 * @param roots   the top-level nodes (volets, axes or objectifs stratégiques)
 * @param rollup  the plan's own figure
 * @param counts  how many nodes of each kind the plan has
 */
public record PlanTree(Plan plan, List<Branch> roots, Rollup rollup, java.util.Map<NodeKind, Long> counts,
        TreeFilter filter, int matches) {

    /** The whole tree, unfiltered. */
    public PlanTree(Plan plan, List<Branch> roots, Rollup rollup, java.util.Map<NodeKind, Long> counts) {
        this(plan, roots, rollup, counts, TreeFilter.NONE, 0);
    }

    public boolean filtered() {
        return !filter.isEmpty();
    }

    /** A node and what hangs under it. */
    public record Branch(PlanNode node, List<Branch> children, Rollup rollup, boolean late) {

        public int percent() {
            return rollup.rounded();
        }
    }
}
