package be.cpas.pst.domain.evaluation;

import java.util.Optional;

/** Port to the appreciation scales of plans. */
public interface AppreciationScales {

    /** The plan's own scale, if it defined one. */
    Optional<AppreciationScale> findByPlan(long planId);

    AppreciationScale save(AppreciationScale scale);
}
