package be.cpas.pst.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the demo agent may change: the actions they are responsable of or whose service they work in, nothing else. */
class AgentScopeBrowserTest extends BrowserTestSupport {

    private static final String DEMO_PLAN = "(select id from plan where title = 'Programme Stratégique Transversal 2025-2030')";
    /** Projets and actions the agent is responsable or pilote of, or whose services the agent belongs to. */
    private static final String AGENT_WORK = """
            from plan_node n left join person r on r.id = n.responsable_id left join person pi on pi.id = n.pilote_id
            where n.plan_id = %s and n.kind in ('ACTION', 'PROJECT')
            and ((select id from account where username = 'agent') in (r.account_id, pi.account_id)
                 or exists (select 1 from node_service ns join service_member m on m.service_id = ns.service_id
                            join account a on a.id = m.account_id where ns.node_id = n.id and a.username = 'agent'))"""
            .formatted(DEMO_PLAN);

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAgentSeesExactlyTheirActionsAsEditableAndNoControlElsewhere() {
        long mine = jdbc.sql("select count(*) " + AGENT_WORK).query(Long.class).single();
        long viaService = jdbc.sql("select min(n.id) " + AGENT_WORK
                + " and coalesce(r.account_id, 0) <> (select id from account where username = 'agent')")
                .query(Long.class).single();
        long notMine = jdbc.sql("select min(n.id) from plan_node n where n.plan_id = " + DEMO_PLAN
                + " and n.kind = 'ACTION' and n.id not in (select n.id " + AGENT_WORK + ")")
                .query(Long.class).single();
        long planId = jdbc.sql("select " + DEMO_PLAN).query(Long.class).single();

        signInAs("agent");
        assertThat(page.locator(".work-card")).hasCount((int) mine);

        visit("/plans/" + planId + "/elements/" + viaService);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Enregistrer la mise à jour"))).hasCount(1);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modifier la fiche")))
                .hasCount(0);

        visit("/plans/" + planId + "/elements/" + notMine);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Enregistrer la mise à jour"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modifier la fiche")))
                .hasCount(0);
        org.assertj.core.api.Assertions.assertThat(page.locator("form").count())
                .as("only the sign-out form").isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(page.navigate("/plans/" + planId + "/elements/" + notMine
                + "/modifier").status()).isEqualTo(403);
    }
}
