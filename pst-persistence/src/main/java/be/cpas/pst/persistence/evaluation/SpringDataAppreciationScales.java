package be.cpas.pst.persistence.evaluation;

import be.cpas.pst.domain.evaluation.AppreciationScale;
import be.cpas.pst.domain.evaluation.AppreciationScales;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The appreciation scale of a plan (one row at most). */
interface SpringDataAppreciationScales extends AppreciationScales, Repository<AppreciationScale, Long> {

    @Override
    @Query("select s from AppreciationScale s where s.plan.id = :planId")
    Optional<AppreciationScale> findByPlan(@Param("planId") long planId);
}
