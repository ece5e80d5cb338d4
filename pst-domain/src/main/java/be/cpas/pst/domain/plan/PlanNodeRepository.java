package be.cpas.pst.domain.plan;

import java.util.List;

/** Port to the nodes of plans' trees. */
public interface PlanNodeRepository {

    /**
     * Every node of a plan with its state, priority, pilote and responsable, in one statement, sorted by position;
     * the caller assembles the tree.
     */
    List<PlanNode> findTreeOfPlan(long planId);

    /** The étapes of every node of a plan, counted, in one statement. */
    List<StepCount> countStepsOfPlan(long planId);
}
