package be.cpas.pst.persistence.evaluation;

import be.cpas.pst.domain.evaluation.Evaluation;
import be.cpas.pst.domain.evaluation.EvaluationKind;
import be.cpas.pst.domain.evaluation.EvaluationRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The evaluations of a plan; one with its items and their elements in one statement. */
interface SpringDataEvaluationRepository extends EvaluationRepository, Repository<Evaluation, Long> {

    @Override
    @Query("select e from Evaluation e join fetch e.plan where e.plan.id = :planId order by e.year desc, e.id desc")
    List<Evaluation> findByPlan(@Param("planId") long planId);

    @Override
    @Query("""
            select distinct e from Evaluation e join fetch e.plan left join fetch e.items i left join fetch i.node
            where e.plan.id = :planId and e.id = :evaluationId""")
    Optional<Evaluation> findOne(@Param("planId") long planId, @Param("evaluationId") long evaluationId);

    @Override
    @Query("""
            select e from Evaluation e join fetch e.plan
            where e.status = be.cpas.pst.domain.evaluation.EvaluationStatus.PREPARATION
            and exists (select 1 from PlanNode n where n.plan = e.plan and n.responsable.accountId = :accountId
                        and n.kind in (be.cpas.pst.domain.planning.NodeKind.PROJECT,
                                       be.cpas.pst.domain.planning.NodeKind.ACTION))
            order by e.plan.id, e.year desc""")
    List<Evaluation> findInPreparationForResponsable(@Param("accountId") long accountId);

    @Override
    @Query("""
            select count(e) > 0 from Evaluation e
            where e.plan.id = :planId and e.year = :year and e.kind = :kind""")
    boolean exists(@Param("planId") long planId, @Param("year") int year, @Param("kind") EvaluationKind kind);
}
