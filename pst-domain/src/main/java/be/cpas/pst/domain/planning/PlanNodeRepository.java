package be.cpas.pst.domain.planning;

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

    /** The étapes of these nodes, counted, in one statement. */
    List<StepCount> countStepsOf(java.util.Collection<Long> nodeIds);

    /** One node with its plan, state, priority, pilote and responsable. */
    java.util.Optional<PlanNode> findNode(long planId, long nodeId);

    /**
     * The projets and actions where this account's person is pilote or responsable, across the plans that are not
     * archived, with their references, in one statement.
     */
    List<PlanNode> findWorkOfAccount(long accountId);

    /** The date of the latest journal entry of each node of these plans, in one statement. */
    List<LastEntry> lastEntries(java.util.Collection<Long> nodeIds);

    /** The journal of a node, newest first. */
    List<ProgressEntry> journalOf(long nodeId);

    /** The nodes of a plan in which a service is involved, in one statement. */
    List<Long> nodesWithService(long planId, long serviceId);

    /** The nodes of a plan that serve an ODD, in one statement. */
    List<Long> nodesWithSdg(long planId, int sdg);

    /** The date of the latest journal entry of each node of a plan that has one, in one statement. */
    List<LastEntry> lastEntriesOfPlan(long planId);

    /** A plan's operational objectives in the order of the tree's positions. */
    List<PlanNode> operationalObjectivesOf(long planId);

    /** The nodes directly under the plan, by position. */
    List<PlanNode> topLevelOf(long planId);

    /** The children of a node, by position. */
    List<PlanNode> childrenOf(long parentId);

    /** The children of a node of a plan, or the plan's top level when {@code parentId} is null, by position. */
    default List<PlanNode> childrenOf(long planId, Long parentId) {
        return parentId == null ? topLevelOf(planId) : childrenOf(parentId.longValue());
    }

    /** Whether anything was recorded on or below the node: children, journal, indicator values, budget follow-up. */
    boolean hasHistory(long nodeId);

    /** These budget lines of a plan (the others are left out) with their element and yearly figures. */
    List<BudgetLine> budgetLinesOfPlan(long planId, java.util.Collection<Long> lineIds);

    PlanNode save(PlanNode node);

    void delete(PlanNode node);

    /** When a node was last updated. */
    record LastEntry(long nodeId, java.time.LocalDate recordedOn) {
    }
}
