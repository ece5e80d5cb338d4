package be.cpas.pst.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Étapes are added, ticked, reordered and removed in place on the fiche. */
class StepsBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    private List<String> stepsOf(long nodeId) {
        return jdbc.sql("select title || case when done then ' ✓' else '' end from plan_step where node_id = ? "
                + "order by position").param(nodeId).query(String.class).list();
    }

    private void add(String title, String who) {
        page.getByLabel("Nouvelle étape").fill(title);
        page.getByLabel("Qui ?").fill(who);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter l’étape")).click();
        assertThat(page.locator("#etapes .steps")).containsText(title);
    }

    private Locator button(String action, String step) {
        return page.locator("#etapes").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName(action + " " + step));
    }

    @Test
    void theDgBuildsTheStepsOfAnActionInPlace() {
        long nodeId = jdbc.sql("""
                select min(n.id) from plan_node n join plan p on p.id = n.plan_id
                where n.kind = 'ACTION' and p.title = 'Programme Stratégique Transversal 2025-2030'
                and not exists (select 1 from plan_step s where s.node_id = n.id)""").query(Long.class).single();
        long planId = jdbc.sql("select plan_id from plan_node where id = ?").param(nodeId).query(Long.class).single();
        signInAs("dg");
        visit("/plans/" + planId + "/elements/" + nodeId);
        String url = page.url();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter l’étape")).click();
        assertThat(page.locator("#etapes [role=alert]")).hasText("L’étape n’a pas été ajoutée : voyez le champ signalé.");
        // the refusal stands beside the field it concerns, which points to it
        assertThat(page.locator("#step-title-erreur")).hasText("L’intitulé est obligatoire.");
        assertThat(page.getByLabel("Nouvelle étape")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Nouvelle étape")).hasAttribute("aria-describedby", "step-title-erreur");
        org.assertj.core.api.Assertions.assertThat(stepsOf(nodeId)).isEmpty();

        add("Rédiger le cahier des charges", "Service administratif");
        add("Consulter trois prestataires", "DF");
        add("Attribuer le marché", "Collège");
        org.assertj.core.api.Assertions.assertThat(page.url()).as("updated in place").isEqualTo(url);

        button("Cocher", "Rédiger le cahier des charges").click();
        assertThat(button("Décocher", "Rédiger le cahier des charges")).isVisible();
        button("Monter", "Attribuer le marché").click();
        assertThat(page.locator("#etapes .steps li").nth(1)).containsText("Attribuer le marché");
        button("Retirer", "Consulter trois prestataires").click();
        assertThat(page.locator("#etapes .steps li")).hasCount(2);
        assertAccessible();

        org.assertj.core.api.Assertions.assertThat(stepsOf(nodeId))
                .containsExactly("Rédiger le cahier des charges ✓", "Attribuer le marché");

        // the fiche's progress follows the étapes when no % was typed
        page.reload();
        assertThat(page.locator("#etapes .steps li")).hasCount(2);
    }
}
