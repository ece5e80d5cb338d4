package be.cpas.pst.web.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.cpas.pst.persistence.planfile.PlanImporter;
import be.cpas.pst.persistence.synthetic.SyntheticPlan;
import be.cpas.pst.persistence.testsupport.RealPostgres;
import be.cpas.pst.web.support.StatementCounter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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

/**
 * The public pages cost the same few SQL statements for a 50-action plan and for the 1,000-action synthetic plan:
 * the first reader after a publication builds the public plan from the version (a handful of statements), every
 * later reader costs one statement (is the published state still the same?) plus the layout's.
 */
@SpringBootTest(properties = "pst.demo=true")
@AutoConfigureMockMvc
@RealPostgres
@Import(StatementCounter.Configuration.class)
class PublicStatementCountTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanImporter importer;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void thePublicPagesCostTheSameWhateverThePlanSize() throws Exception {
        long small = importer.importPlan(SyntheticPlan.LARGE.withActions(50).toPlanFile(12, "PST public court"))
                .planId();
        long large = importer.importPlan(SyntheticPlan.LARGE.toPlanFile(12, "PST public long")).planId();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (long plan : new long[] {small, large}) {
            publish(plan);
            long action = jdbc.sql("select max(id) from plan_node where plan_id = ? and kind = 'ACTION'").param(plan)
                    .query(Long.class).single();
            counts.put(plan + " first", statementsFor("/pst/" + plan));
            counts.put(plan + " page", statementsFor("/pst/" + plan));
            counts.put(plan + " element", statementsFor("/pst/" + plan + "/elements/" + action));
            counts.put(plan + " search", statementsFor("/pst/" + plan + "?q=action"));
            counts.put(plan + " open data", statementsFor("/pst/" + plan + "/donnees.csv"));
        }
        System.out.println("Public statements: " + counts);
        for (String measure : List.of("first", "page", "element", "search", "open data")) {
            assertThat(counts.get(large + " " + measure)).as(measure + " " + counts)
                    .isEqualTo(counts.get(small + " " + measure));
        }
        assertThat(counts.get(large + " first")).as(counts.toString()).isBetween(4L, 8L);
        assertThat(counts.get(large + " page")).as(counts.toString()).isBetween(1L, 3L);
        assertThat(counts.get(large + " element")).as(counts.toString()).isBetween(1L, 3L);
    }

    private void publish(long plan) throws Exception {
        String today = LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        mvc.perform(multipart("/plans/" + plan + "/versions").param("number", "1").param("decidedOn", today)
                        .param("deliberation", "n° 1").with(csrf()).with(user(users.loadUserByUsername("dg"))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/plans/" + plan + "/publication/avancement").param("asOf", today).with(csrf())
                .with(user(users.loadUserByUsername("dg")))).andExpect(status().is3xxRedirection());
    }

    private long statementsFor(String path) throws Exception {
        StatementCounter.reset();
        mvc.perform(get(path)).andExpect(status().isOk());
        return StatementCounter.count();
    }
}
