package be.cpas.pst.persistence.plan;

import be.cpas.pst.domain.plan.PlanDataRevision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The revision kept by the triggers of migration V5, in one statement. */
@Repository
class JdbcPlanDataRevision implements PlanDataRevision {

    private final JdbcClient jdbc;

    JdbcPlanDataRevision(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long current() {
        return jdbc.sql("select revision from plan_data_revision").query(Long.class).single();
    }
}
