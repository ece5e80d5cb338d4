package be.cpas.pst.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.cpas.pst.persistence.planfile.PlanImporter;
import be.cpas.pst.persistence.synthetic.SyntheticPlan;
import be.cpas.pst.persistence.testsupport.RealPostgres;
import be.cpas.pst.reporting.figures.Figures;
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
 * The dashboard is computed by SQL aggregation: it costs the same few statements for the demo plan (37 actions) and
 * for the large synthetic plan (1,000 actions, 12,000 journal entries, 400 indicators, 1,500 budget lines), with and
 * without filters, whether it is computed afresh or kept from an earlier request while the plan data is unchanged.
 * Statements are counted at the JDBC data source, so Hibernate's and plain SQL alike.
 */
@SpringBootTest(properties = "pst.demo=true")
@AutoConfigureMockMvc
@RealPostgres
@Import(StatementCounter.Configuration.class)
class DashboardStatementCountTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanImporter importer;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDashboardCostsTheSameWhateverThePlanSizeAndTheFilters() throws Exception {
        long sample = jdbc.sql("select id from plan where title = 'Programme Stratégique Transversal 2025-2030'")
                .query(Long.class).single();
        long large = importer.importPlan(SyntheticPlan.LARGE.toPlanFile(42, "PST de synthèse")).planId();
        // both plans have an update campaign open, whose progress the dashboard shows (the demo plan has its own)
        jdbc.sql("""
                insert into update_campaign (plan_id, title, deadline, opened_at)
                select ?, 'Campagne du plan de synthèse', current_date + 7, now() - interval '3 days'
                where not exists (select 1 from update_campaign where plan_id = ? and closed_at is null)""")
                .param(large).param(large).update();

        Map<String, Long> counts = new LinkedHashMap<>();
        for (long plan : new long[] {sample, large}) {
            // a change of the plan data: what follows is computed afresh, then kept until the next change
            jdbc.sql("update plan set title = title where id = ?").param(plan).update();
            counts.put(plan + " computed", statementsFor("/plans/" + plan + "/tableau-de-bord"));
            counts.put(plan + " kept", statementsFor("/plans/" + plan + "/tableau-de-bord"));
            counts.put(plan + " list kept", statementsFor("/plans/" + plan + "/tableau-de-bord/liste/late"));
            counts.put(plan + " filtered computed", statementsFor("/plans/" + plan + "/tableau-de-bord"
                    + filters(plan)));
            counts.put(plan + " filtered list kept", statementsFor("/plans/" + plan
                    + "/tableau-de-bord/liste/late" + filters(plan)));
        }

        System.out.println("Figures statements: " + counts);
        assertThat(counts.values()).as(counts.toString()).allSatisfy(count -> assertThat(count).isBetween(3L, 15L));
        for (String measure : List.of("computed", "kept", "list kept", "filtered computed", "filtered list kept")) {
            assertThat(counts.get(large + " " + measure)).as(measure + " " + counts)
                    .isEqualTo(counts.get(sample + " " + measure));
        }
        assertThat(counts.get(large + " kept")).as("a kept dashboard reads no plan data " + counts)
                .isLessThan(counts.get(large + " computed"));
    }

    @Test
    void theLargePlansDashboardCountsEveryActionAndIndicator() throws Exception {
        long large = importer.importPlan(SyntheticPlan.LARGE.toPlanFile(7, "PST de synthèse bis")).planId();

        Figures dashboard = (Figures) render("/plans/" + large + "/tableau-de-bord").getModelAndView()
                .getModel().get("dashboard");

        assertThat(dashboard.headline().workCount()).isEqualTo(1000);
        assertThat(dashboard.indicators()).hasSize(400);
        assertThat(dashboard.objectives().stream().filter(line -> line.depth() == 0)).hasSize(8);
        assertThat(dashboard.objectives().stream().filter(line -> line.depth() == 1)).hasSize(60);
        assertThat(dashboard.headline().byCategory().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(1000);
        // the documented rule: a range counts for its maximum, a yearly line without a year in every year
        assertThat(dashboard.budget().total().planned())
                .isEqualByComparingTo(jdbc.sql("""
                        select sum(coalesce(l.amount_max, l.amount_min)
                                   * case when l.budget_year is null and l.recurrence = 'YEARLY'
                                          then p.period_end - p.period_start + 1 else 1 end)
                        from budget_line l join plan_node n on n.id = l.node_id join plan p on p.id = n.plan_id
                        where n.plan_id = ?""").param(large).query(java.math.BigDecimal.class).single());
        assertThat(jdbc.sql("select count(*) from progress_entry e join plan_node n on n.id = e.node_id "
                + "where n.plan_id = ?").param(large).query(Long.class).single()).isEqualTo(12_000);
    }

    /** Four filters at once: an OS, a service, a priority and an ODD of the plan. */
    private String filters(long plan) {
        long os = jdbc.sql("select min(id) from plan_node where plan_id = ? and kind = 'STRATEGIC_OBJECTIVE'")
                .param(plan).query(Long.class).single();
        Long service = jdbc.sql("select min(id) from service_unit where plan_id = ?").param(plan)
                .query(Long.class).single();
        Long priority = jdbc.sql("select min(id) from priority_level where plan_id = ?").param(plan)
                .query(Long.class).single();
        return "?os=" + os + "&service=" + service + "&priorite=" + priority + "&odd=1";
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
