package be.cpas.pst.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.cpas.pst.persistence.planfile.PlanImporter;
import be.cpas.pst.persistence.synthetic.SyntheticPlan;
import be.cpas.pst.persistence.testsupport.RealPostgres;
import be.cpas.pst.reporting.evaluation.FrozenFigures;
import be.cpas.pst.web.support.StatementCounter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The evaluation page, its report and the page of one of its elements cost the same few SQL statements for a 50-action plan and for the 1,000-action
 * synthetic plan: the figures are read back from what was frozen, not computed again.
 */
@SpringBootTest(properties = "pst.demo=true")
@AutoConfigureMockMvc
@RealPostgres
@Import(StatementCounter.Configuration.class)
class EvaluationStatementCountTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanImporter importer;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theEvaluationPagesCostTheSameWhateverThePlanSize() throws Exception {
        long small = importer.importPlan(SyntheticPlan.LARGE.withActions(50).toPlanFile(11, "PST évalué court"))
                .planId();
        long large = importer.importPlan(SyntheticPlan.LARGE.toPlanFile(11, "PST évalué long")).planId();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (long plan : new long[] {small, large}) {
            long evaluation = open(plan);
            counts.put(plan + " page", statementsFor("/plans/" + plan + "/evaluations/" + evaluation));
            counts.put(plan + " report", statementsFor("/plans/" + plan + "/evaluations/" + evaluation + "/rapport"));
            long action = jdbc.sql("select max(id) from plan_node where plan_id = ? and kind = 'ACTION'").param(plan)
                    .query(Long.class).single();
            counts.put(plan + " element", statementsFor("/plans/" + plan + "/evaluations/" + evaluation
                    + "/elements/" + action));
        }
        System.out.println("Evaluation statements: " + counts);
        assertThat(counts.values()).as(counts.toString()).allSatisfy(count -> assertThat(count).isBetween(3L, 25L));
        for (String measure : List.of("page", "report", "element")) {
            assertThat(counts.get(large + " " + measure)).as(measure + " " + counts)
                    .isEqualTo(counts.get(small + " " + measure));
        }
        long evaluation = jdbc.sql("select id from evaluation where plan_id = ?").param(large).query(Long.class)
                .single();
        FrozenFigures figures = (FrozenFigures) render("/plans/" + large + "/evaluations/" + evaluation)
                .getModelAndView().getModel().get("figures");
        assertThat(figures.workCount()).isEqualTo(1000);
        assertThat(figures.allWork()).hasSize(1000);
    }

    private long open(long plan) throws Exception {
        mvc.perform(post("/plans/" + plan + "/evaluations").param("year", "2026").param("kind", "ANNUAL")
                .with(csrf()).with(user(users.loadUserByUsername("dg")))).andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from evaluation where plan_id = ?").param(plan).query(Long.class).single();
    }

    private long statementsFor(String path) throws Exception {
        StatementCounter.reset();
        render(path);
        return StatementCounter.count();
    }

    private MvcResult render(String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername("dg")))).andExpect(status().isOk())
                .andReturn();
    }
}
