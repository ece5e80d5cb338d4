package be.cpas.pst.persistence.plan;

import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PlanRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

/** Spring Data implements the plan port; pages show the organisation, so it comes with the plan. */
interface SpringDataPlanRepository extends PlanRepository, Repository<Plan, Long> {

    @Override
    @EntityGraph(attributePaths = "organisation")
    List<Plan> findAllByOrderByPeriodStartDescIdDesc();

    @Override
    @EntityGraph(attributePaths = "organisation")
    Optional<Plan> findById(Long id);
}
