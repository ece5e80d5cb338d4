package be.cpas.pst.web.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.cpas.pst.persistence.planfile.PlanImporter;
import be.cpas.pst.persistence.synthetic.SyntheticPlan;
import be.cpas.pst.persistence.testsupport.RealPostgres;
import be.cpas.pst.reporting.finance.FinanceFigures;
import be.cpas.pst.web.support.StatementCounter;
import java.math.BigDecimal;
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
 * The financial follow-up, its grid and its workbook cost the same few SQL statements for a 50-action plan and for
 * the 1,000-action synthetic plan (1,500 budget lines); the figures are those the database sums.
 */
@SpringBootTest(properties = "pst.demo=true")
@AutoConfigureMockMvc
@RealPostgres
@Import(StatementCounter.Configuration.class)
class FinanceStatementCountTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanImporter importer;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theFinancialPagesCostTheSameWhateverThePlanSize() throws Exception {
        long small = importer.importPlan(SyntheticPlan.LARGE.withActions(50).toPlanFile(3, "PST financier court"))
                .planId();
        long large = importer.importPlan(SyntheticPlan.LARGE.toPlanFile(3, "PST financier long")).planId();

        Map<String, Long> counts = new LinkedHashMap<>();
        for (long plan : new long[] {small, large}) {
            counts.put(plan + " mandate", statementsFor("/plans/" + plan + "/suivi-financier"));
            counts.put(plan + " year", statementsFor("/plans/" + plan + "/suivi-financier?annee=2026"
                    + "&service=ordinaire&signal=sans-article"));
            counts.put(plan + " grid", statementsFor("/plans/" + plan + "/suivi-financier/saisie?annee=2026"));
            counts.put(plan + " xlsx", statementsFor("/plans/" + plan + "/suivi-financier.xlsx"));
        }

        System.out.println("Financial follow-up statements: " + counts);
        assertThat(counts.values()).as(counts.toString()).allSatisfy(count -> assertThat(count).isBetween(3L, 10L));
        for (String measure : List.of("mandate", "year", "grid", "xlsx")) {
            assertThat(counts.get(large + " " + measure)).as(measure + " " + counts)
                    .isEqualTo(counts.get(small + " " + measure));
        }
    }

    @Test
    void theLargePlansFiguresAreThoseTheDatabaseSums() throws Exception {
        long large = importer.importPlan(SyntheticPlan.LARGE.toPlanFile(5, "PST financier à vérifier")).planId();

        FinanceFigures mandate = (FinanceFigures) render("/plans/" + large + "/suivi-financier").getModelAndView()
                .getModel().get("figures");
        FinanceFigures year = (FinanceFigures) render("/plans/" + large + "/suivi-financier?annee=2026")
                .getModelAndView().getModel().get("figures");

        assertThat(mandate.lines()).hasSize(jdbc.sql("""
                select count(*) from budget_line l join plan_node n on n.id = l.node_id where n.plan_id = ?""")
                .param(large).query(Integer.class).single());
        assertThat(mandate.total().committed()).isEqualByComparingTo(sum("committed", large, null));
        assertThat(year.total().inscribed()).isEqualByComparingTo(sum("inscribed", large, 2026));
        assertThat(year.byArticle().stream().map(total -> total.amounts().charged()).reduce(BigDecimal::add)
                .orElseThrow()).as("the articles' totals add up to the total")
                .isEqualByComparingTo(year.total().charged());
    }

    private BigDecimal sum(String column, long plan, Integer year) {
        return jdbc.sql("select sum(f." + column + ") from budget_follow_up f join budget_line l "
                + "on l.id = f.budget_line_id join plan_node n on n.id = l.node_id where n.plan_id = ? "
                + "and f.budget_year between ? and ?").param(plan).param(year == null ? 2000 : year)
                .param(year == null ? 2100 : year).query(BigDecimal.class).single();
    }

    private long statementsFor(String path) throws Exception {
        StatementCounter.reset();
        render(path);
        return StatementCounter.count();
    }

    private MvcResult render(String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername("df")))).andExpect(status().isOk())
                .andReturn();
    }
}
