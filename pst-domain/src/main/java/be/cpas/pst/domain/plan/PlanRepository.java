package be.cpas.pst.domain.plan;

import java.util.List;
import java.util.Optional;

/** Port to the stored plans. */
public interface PlanRepository {

    /** Every plan, the most recent mandate first. */
    List<Plan> findAllByOrderByPeriodStartDescIdDesc();

    Optional<Plan> findById(Long id);

    Plan save(Plan plan);
}
