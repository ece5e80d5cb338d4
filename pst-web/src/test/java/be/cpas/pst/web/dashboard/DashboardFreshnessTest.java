package be.cpas.pst.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.cpas.pst.domain.vocabulary.StateCategory;
import be.cpas.pst.persistence.planfile.PlanImporter;
import be.cpas.pst.persistence.synthetic.SyntheticPlan;
import be.cpas.pst.persistence.testsupport.RealPostgres;
import be.cpas.pst.reporting.figures.Figures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A computed dashboard is kept only while the plan data is unchanged: a monthly update posted in the application, or a
 * correction made in the database by hand, shows on the very next dashboard.
 */
@SpringBootTest(properties = "pst.demo=true")
@AutoConfigureMockMvc
@RealPostgres
class DashboardFreshnessTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanImporter importer;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aChangeShowsOnTheNextDashboard() throws Exception {
        long plan = importer.importPlan(SyntheticPlan.LARGE.withActions(40).toPlanFile(11, "PST fraîcheur")).planId();
        long action = jdbc.sql("""
                select n.id from plan_node n join progress_state s on s.id = n.state_id
                where n.plan_id = ? and n.kind = 'ACTION' and s.category = 'IN_PROGRESS' order by n.id limit 1""")
                .param(plan).query(Long.class).single();
        long done = jdbc.sql("select min(id) from progress_state where plan_id = ? and category = 'DONE'").param(plan)
                .query(Long.class).single();
        long abandoned = jdbc.sql("select min(id) from progress_state where plan_id = ? and category = 'ABANDONED'")
                .param(plan).query(Long.class).single();
        Figures before = dashboard(plan);
        assertThat(dashboard(plan)).as("the same dashboard while nothing changed").isSameAs(before);

        long version = jdbc.sql("select version from plan_node where id = ?").param(action).query(Long.class)
                .single();
        mvc.perform(post("/plans/" + plan + "/actions/" + action + "/progress").with(csrf())
                .with(user(users.loadUserByUsername("dg"))).param("version", String.valueOf(version))
                .param("stateId", String.valueOf(done)).param("percent", "100")
                .param("comment", "Terminé ce mois-ci").param("back", "fiche"))
                .andExpect(status().is3xxRedirection());
        Figures afterUpdate = dashboard(plan);

        assertThat(afterUpdate.headline().byCategory().get(StateCategory.DONE))
                .isEqualTo(before.headline().byCategory().get(StateCategory.DONE) + 1);
        assertThat(afterUpdate.headline().byCategory().get(StateCategory.IN_PROGRESS))
                .isEqualTo(before.headline().byCategory().get(StateCategory.IN_PROGRESS) - 1);

        long other = jdbc.sql("""
                select n.id from plan_node n join progress_state s on s.id = n.state_id
                where n.plan_id = ? and n.kind = 'ACTION' and s.category = 'IN_PROGRESS' order by n.id limit 1""")
                .param(plan).query(Long.class).single();
        jdbc.sql("update plan_node set state_id = ?, state_reason = 'Corrigé en base' where id = ?")
                .param(abandoned).param(other).update();
        Figures afterCorrection = dashboard(plan);

        assertThat(afterCorrection.headline().abandoned()).isEqualTo(afterUpdate.headline().abandoned() + 1);
        assertThat(afterCorrection.lists().stoppedTotal()).isEqualTo(afterUpdate.lists().stoppedTotal() + 1);
    }

    private Figures dashboard(long plan) throws Exception {
        return (Figures) mvc.perform(get("/plans/" + plan + "/tableau-de-bord")
                .with(user(users.loadUserByUsername("dg")))).andExpect(status().isOk()).andReturn()
                .getModelAndView().getModel().get("dashboard");
    }
}
