package be.cpas.pst.persistence.plan;

import be.cpas.pst.domain.plan.PlanNode;
import be.cpas.pst.domain.plan.PlanNodeRepository;
import be.cpas.pst.domain.plan.StepCount;
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
            select new be.cpas.pst.domain.plan.StepCount(s.node.id, count(s), sum(case when s.done then 1 else 0 end))
            from Step s where s.node.plan.id = :planId group by s.node.id""")
    List<StepCount> countStepsOfPlan(@Param("planId") long planId);
}
