package be.cpas.pst.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The DG writes the plan's context; bad values are refused field by field and nothing is saved. */
class PlanContextBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    be.cpas.pst.persistence.planfile.PlanImporter importer;

    @Test
    void theDgWritesTheContextAndTheAfomAndSeesThemOnThePlanPage() {
        long planId = importer.importPlan("""
                {"format": "pst-plan", "version": 1, "organisation": {"nom": "CPAS de La Bruyère"},
                 "plan": {"titre": "PST de l’essai du contexte", "debut": 2025, "fin": 2030, "statut": "adopte"}}"""
                .getBytes(StandardCharsets.UTF_8)).planId();
        signInAs("dg");
        visit("/plans/" + planId);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Le plan et son contexte")).click();
        assertAccessible();

        page.getByLabel("Dernière année de la mandature").fill("1999");
        page.getByLabel("« Sans suivi » après").fill("0");
        page.getByLabel("Résumé de la Déclaration de politique sociale").fill("<p>Un CPAS <strong>proche</strong>.</p>");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
        assertThat(page.locator("#staleAfterDays-erreur")).hasText("Les délais de suivi doivent être compris entre 1 et 366 jours.");
        assertThat(page.getByLabel("Résumé de la Déclaration de politique sociale"))
                .hasValue("<p>Un CPAS <strong>proche</strong>.</p>");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select dps_summary from plan where id = ?")
                .param(planId).query(String.class).optional()).isEmpty();
        assertAccessible();

        page.getByLabel("« Sans suivi » après").fill("60");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
        assertThat(page.locator("#periodEnd-erreur")).hasText("La période 2025–1999 n’est pas valide.");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select stale_after_days from plan where id = ?")
                .param(planId).query(Integer.class).single()).isEqualTo(45);

        page.getByLabel("Dernière année de la mandature").fill("2030");
        page.getByLabel("Atouts").fill("Une équipe stable\n\nDes partenaires engagés");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Le plan et son contexte ont été enregistrés.");
        page.getByText("Contexte du plan").click();
        assertThat(page.locator(".plan-context strong")).hasText("proche");
        assertThat(page.locator(".plan-context")).containsText("Des partenaires engagés");
        assertAccessible();
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select stale_after_days from plan where id = ?")
                .param(planId).query(Integer.class).single()).isEqualTo(60);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from plan_swot_item where plan_id = ?")
                .param(planId).query(Long.class).single()).isEqualTo(2);
    }
}
