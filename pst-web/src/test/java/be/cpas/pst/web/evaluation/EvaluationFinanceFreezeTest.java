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
import be.cpas.pst.reporting.finance.Amounts;
import be.cpas.pst.reporting.finance.FinancialReportFigures;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The DF's chapter of an evaluation is frozen with its other figures: the budget changing afterwards does not move
 * the report, until the DG freezes the figures again (while the evaluation is in preparation).
 */
@SpringBootTest(properties = "pst.demo=true")
@AutoConfigureMockMvc
@RealPostgres
class EvaluationFinanceFreezeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanImporter importer;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theFinancialChapterReadsTheSameAfterTheBudgetChangesUntilFrozenAgain() throws Exception {
        long plan = importer.importPlan(SyntheticPlan.LARGE.withActions(30).toPlanFile(7, "PST aux finances figées"))
                .planId();
        mvc.perform(post("/plans/" + plan + "/evaluations").param("year", "2026").param("kind", "MID_TERM")
                .with(csrf()).with(user(users.loadUserByUsername("dg")))).andExpect(status().is3xxRedirection());
        long evaluation = jdbc.sql("select id from evaluation where plan_id = ?").param(plan).query(Long.class)
                .single();
        String report = "/plans/" + plan + "/evaluations/" + evaluation + "/rapport";
        Amounts frozen = expenses(report);
        assertThat(frozen.planned()).isPositive();
        assertThat(frozen.inscribed()).isPositive();

        // the budget moves on: twice the amounts, and the DF's figures of 2026 too
        jdbc.sql("update budget_line set amount_min = amount_min * 2, amount_max = amount_max * 2 "
                + "where node_id in (select id from plan_node where plan_id = ?)").param(plan).update();
        jdbc.sql("update budget_follow_up set inscribed = inscribed * 2 where budget_line_id in (select l.id from "
                + "budget_line l join plan_node n on n.id = l.node_id where n.plan_id = ?)").param(plan).update();
        assertThat(expenses(report)).isEqualTo(frozen);

        // frozen again by the DG: the chapter reads the budget as it now stands
        long version = jdbc.sql("select version from evaluation where id = ?").param(evaluation).query(Long.class)
                .single();
        mvc.perform(post("/plans/" + plan + "/evaluations/" + evaluation + "/figer").param("version",
                String.valueOf(version)).with(csrf()).with(user(users.loadUserByUsername("dg"))))
                .andExpect(status().is3xxRedirection());
        Amounts refrozen = expenses(report);
        assertThat(refrozen.planned()).isEqualByComparingTo(frozen.planned().multiply(BigDecimal.valueOf(2)));
        assertThat(refrozen.inscribed()).isEqualByComparingTo(frozen.inscribed().multiply(BigDecimal.valueOf(2)));
    }

    private Amounts expenses(String report) throws Exception {
        FinancialReportFigures financial = (FinancialReportFigures) mvc.perform(get(report)
                .with(user(users.loadUserByUsername("dg")))).andExpect(status().isOk()).andReturn()
                .getModelAndView().getModel().get("financial");
        assertThat(financial).isNotNull();
        assertThat(financial.expenses().lines()).as("only totals are kept").isEmpty();
        return financial.expenses().total();
    }
}
