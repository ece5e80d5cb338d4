package be.cpas.pst.web.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.cpas.pst.domain.progress.PlanTree;
import be.cpas.pst.domain.progress.WorkFollowUp;
import be.cpas.pst.persistence.planfile.PlanImporter;
import be.cpas.pst.persistence.testsupport.RealPostgres;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The plan's tree is kept while the plan data is unchanged, and only then: a change made through the application or
 * directly in the database shows on the next plan page and fiche.
 */
@SpringBootTest(properties = "pst.demo=true")
@AutoConfigureMockMvc
@RealPostgres
class KeptTreeFreshnessTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    PlanImporter importer;
    @Autowired
    JdbcClient jdbc;

    private long planId;
    private long actionId;
    private long ooId;

    @BeforeEach
    void plan() {
        planId = importer.importPlan("""
                {"format": "pst-plan", "version": 1, "organisation": {"nom": "CPAS de La Bruyère"},
                 "plan": {"titre": "Plan gardé", "debut": 2025, "fin": 2030, "statut": "brouillon"},
                 "objectifs": [{"code": "1", "intitule": "OS", "objectifsOperationnels": [
                     {"code": "1.1", "intitule": "OO", "actions": [{"intitule": "Action A"}, {"intitule": "Action B"}]}]}]}
                """.getBytes(StandardCharsets.UTF_8)).planId();
        actionId = jdbc.sql("select min(id) from plan_node where plan_id = ? and kind = 'ACTION'").param(planId)
                .query(Long.class).single();
        ooId = jdbc.sql("select id from plan_node where plan_id = ? and kind = 'OPERATIONAL_OBJECTIVE'")
                .param(planId).query(Long.class).single();
    }

    @Test
    void aChangeMadeDirectlyInTheDatabaseShowsOnTheNextPages() throws Exception {
        assertThat(ooPercentOnThePlanPage()).isZero();
        assertThat(ooPercentOnItsFiche()).isZero();

        jdbc.sql("update plan_node set progress_percent = 80 where id = ?").param(actionId).update();

        assertThat(ooPercentOnThePlanPage()).isEqualTo(40);
        assertThat(ooPercentOnItsFiche()).isEqualTo(40);
    }

    @Test
    void aMonthlyUpdateShowsOnTheNextFicheOfItsObjective() throws Exception {
        assertThat(ooPercentOnItsFiche()).isZero();
        long version = jdbc.sql("select version from plan_node where id = ?").param(actionId).query(Long.class)
                .single();

        mvc.perform(MockMvcRequestBuilders.post("/plans/" + planId + "/actions/" + actionId + "/progress")
                .param("version", String.valueOf(version)).param("percent", "60").param("back", "fiche")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .csrf()).with(user(users.loadUserByUsername("dg"))));

        assertThat(ooPercentOnItsFiche()).isEqualTo(30);
    }

    @Test
    void aTreeKeptByOnePageServesTheNextPagesOfOthers() throws Exception {
        long demoPlan = jdbc.sql("select min(id) from plan where status = 'ADOPTED'").query(Long.class).single();
        // "mes actions" reads the plan with the agent's work, not with what the plan page shows of it
        jdbc.sql("update plan_node set progress_percent = progress_percent where id = ?").param(actionId).update();
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/mes-actions")
                .with(user(users.loadUserByUsername("agent")))).andReturn().getResponse().getStatus()).isEqualTo(200);

        for (String username : new String[] {"agent", "conseiller", "dg"}) {
            var response = mvc.perform(MockMvcRequestBuilders.get("/plans/" + demoPlan)
                    .with(user(users.loadUserByUsername(username)))).andReturn().getResponse();
            assertThat(response.getStatus()).as(username).isEqualTo(200);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(username)
                    .contains("CPAS de La Bruyère");
        }
    }

    private int ooPercentOnThePlanPage() throws Exception {
        PlanTree tree = (PlanTree) mvc.perform(MockMvcRequestBuilders.get("/plans/" + planId)
                .with(user(users.loadUserByUsername("dg")))).andReturn().getModelAndView().getModel().get("tree");
        return tree.pathTo(ooId).get(1).percent();
    }

    private int ooPercentOnItsFiche() throws Exception {
        WorkFollowUp.Fiche fiche = (WorkFollowUp.Fiche) mvc.perform(MockMvcRequestBuilders.get("/plans/" + planId
                + "/elements/" + ooId).with(user(users.loadUserByUsername("dg")))).andReturn().getModelAndView()
                .getModel().get("fiche");
        return fiche.branch().percent();
    }
}
