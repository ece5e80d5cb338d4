package be.cpas.pst.persistence.planning;

import be.cpas.pst.domain.planning.BudgetLine;
import be.cpas.pst.domain.planning.PlanNode;
import be.cpas.pst.domain.planning.PlanNodeRepository;
import be.cpas.pst.domain.planning.ProgressEntry;
import be.cpas.pst.domain.planning.StepCount;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The tree of a plan in one statement: the references a page shows are fetched with the nodes. */
interface SpringDataPlanNodeRepository extends PlanNodeRepository, Repository<PlanNode, Long> {

    @Override
    @Query("""
            select n from PlanNode n
            left join fetch n.state left join fetch n.priority left join fetch n.pilote left join fetch n.responsable
            where n.plan.id = :planId order by n.position, n.id""")
    List<PlanNode> findTreeOfPlan(@Param("planId") long planId);

    @Override
    @Query("""
            select new be.cpas.pst.domain.planning.StepCount(s.node.id, count(s), sum(case when s.done then 1 else 0 end),
                min(case when s.done = false then s.deadline.dueDate end))
            from Step s where s.node.plan.id = :planId group by s.node.id""")
    List<StepCount> countStepsOfPlan(@Param("planId") long planId);

    @Override
    @Query("""
            select new be.cpas.pst.domain.planning.StepCount(s.node.id, count(s), sum(case when s.done then 1 else 0 end),
                min(case when s.done = false then s.deadline.dueDate end))
            from Step s where s.node.id in :nodeIds group by s.node.id""")
    List<StepCount> countStepsOf(@Param("nodeIds") java.util.Collection<Long> nodeIds);

    @Override
    @Query("""
            select n from PlanNode n join fetch n.plan
            left join fetch n.state left join fetch n.priority left join fetch n.pilote left join fetch n.responsable
            where n.plan.id = :planId and n.id = :nodeId""")
    java.util.Optional<PlanNode> findNode(@Param("planId") long planId, @Param("nodeId") long nodeId);

    @Override
    @Query("""
            select n from PlanNode n join fetch n.plan p
            left join fetch n.state left join fetch n.priority left join fetch n.pilote pi left join fetch n.responsable r
            where n.kind in (be.cpas.pst.domain.planning.NodeKind.PROJECT, be.cpas.pst.domain.planning.NodeKind.ACTION)
            and p.status <> be.cpas.pst.domain.plan.PlanStatus.ARCHIVED
            and (pi.accountId = :accountId or r.accountId = :accountId
                 or exists (select 1 from n.services s join s.memberAccountIds m where m = :accountId))
            order by p.id, n.id""")
    List<PlanNode> findWorkOfAccount(@Param("accountId") long accountId);

    @Override
    @Query("""
            select new be.cpas.pst.domain.planning.PlanNodeRepository$LastEntry(e.node.id, max(e.recordedOn))
            from ProgressEntry e where e.node.id in :nodeIds group by e.node.id""")
    List<LastEntry> lastEntries(@Param("nodeIds") java.util.Collection<Long> nodeIds);

    @Override
    @Query("""
            select e from ProgressEntry e left join fetch e.state
            where e.node.id = :nodeId order by e.recordedOn desc, e.id desc""")
    List<ProgressEntry> journalOf(@Param("nodeId") long nodeId);

    @Override
    @Query("""
            select distinct l from BudgetLine l join fetch l.node n join fetch n.plan left join fetch l.followUps
            where n.plan.id = :planId and l.id in :lineIds""")
    List<BudgetLine> budgetLinesOfPlan(@Param("planId") long planId,
            @Param("lineIds") java.util.Collection<Long> lineIds);

    @Override
    @Query("select n from PlanNode n where n.plan.id = :planId and n.parent is null order by n.position, n.id")
    List<PlanNode> topLevelOf(@Param("planId") long planId);

    @Override
    @Query("select n from PlanNode n where n.parent.id = :parentId order by n.position, n.id")
    List<PlanNode> childrenOf(@Param("parentId") long parentId);

    @Override
    @Query(nativeQuery = true, value = """
            select exists (select 1 from plan_node where parent_id = :nodeId)
                or exists (select 1 from progress_entry where node_id = :nodeId)
                or exists (select 1 from indicator_value v join indicator i on i.id = v.indicator_id
                           where i.node_id = :nodeId)
                or exists (select 1 from budget_follow_up f join budget_line l on l.id = f.budget_line_id
                           where l.node_id = :nodeId)""")
    boolean hasHistory(@Param("nodeId") long nodeId);

    @Override
    @Query("""
            select n from PlanNode n left join n.parent p
            where n.plan.id = :planId and n.kind = be.cpas.pst.domain.planning.NodeKind.OPERATIONAL_OBJECTIVE
            order by p.position, n.position, n.id""")
    List<PlanNode> operationalObjectivesOf(@Param("planId") long planId);

    @Override
    @Query("select n.id from PlanNode n join n.services s where n.plan.id = :planId and s.id = :serviceId")
    List<Long> nodesWithService(@Param("planId") long planId, @Param("serviceId") long serviceId);

    @Override
    @Query("select n.id from PlanNode n join n.sdgs s where n.plan.id = :planId and s = :sdg")
    List<Long> nodesWithSdg(@Param("planId") long planId, @Param("sdg") int sdg);

    @Override
    @Query("""
            select new be.cpas.pst.domain.planning.PlanNodeRepository$LastEntry(e.node.id, max(e.recordedOn))
            from ProgressEntry e where e.node.plan.id = :planId group by e.node.id""")
    List<LastEntry> lastEntriesOfPlan(@Param("planId") long planId);
}
