package be.cpas.pst.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import be.cpas.pst.persistence.planfile.PlanImporter;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The monthly round as its people live it: the DG opens a campaign, the outbox holds one message per person with
 * their own actions, the agent follows the link of his message to the update form, and the campaign's figure moves.
 */
class CampaignBrowserTest extends BrowserTestSupport {

    @Autowired
    PlanImporter importer;
    @Autowired
    JdbcClient jdbc;

    private long planId;
    private String title;

    @BeforeEach
    void plan() {
        long stamp = System.nanoTime();
        title = "Mise à jour du test " + stamp;
        planId = importer.importPlan(("""
                {"format": "pst-plan", "version": 1, "organisation": {"nom": "CPAS de La Bruyère"},
                 "plan": {"titre": "PST de la campagne %d", "debut": 2025, "fin": 2030, "statut": "adopte"},
                 "vocabulaires": {"etats": [{"libelle": "En cours", "categorie": "en-cours"}],
                   "personnes": [{"nom": "Agent de la campagne"}, {"nom": "Cheffe de la campagne"}]},
                 "objectifs": [{"code": "1", "intitule": "Objectif", "objectifsOperationnels": [
                    {"code": "1.1", "intitule": "OO", "actions": [
                       {"code": "1.1.1", "intitule": "Tenir les permanences", "etat": "En cours", "responsable": "Agent de la campagne"},
                       {"code": "1.1.2", "intitule": "Former les bénévoles", "etat": "En cours", "responsable": "Agent de la campagne"},
                       {"code": "1.1.3", "intitule": "Réunir le comité", "etat": "En cours", "responsable": "Cheffe de la campagne"}]}]}]}
                """).formatted(stamp).getBytes(StandardCharsets.UTF_8)).planId();
        jdbc.sql("update account set email = username || '@cpas-labruyere.example' where username in ('agent', 'codir')")
                .update();
        for (String[] link : new String[][] {{"Agent de la campagne", "agent"}, {"Cheffe de la campagne", "codir"}}) {
            jdbc.sql("update person set account_id = (select id from account where username = ?) "
                    + "where plan_id = ? and name = ?").param(link[1]).param(planId).param(link[0]).update();
        }
    }

    /** The demo accounts follow their own plan again: other tests count what they follow. */
    @AfterEach
    void unlinkThePeople() {
        jdbc.sql("update person set account_id = null where plan_id = ?").param(planId).update();
    }

    @Test
    void theDgOpensACampaignTheAgentFollowsHisMessageAndTheFigureMoves() {
        signInAs("dg");
        visit("/plans/" + planId);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Campagnes de mise à jour")).click();
        assertThat(page.locator("h1")).hasText("Campagnes de mise à jour mensuelle");
        assertAccessible();
        page.getByLabel("Intitulé").fill(title);
        page.getByLabel("À mettre à jour pour le (jj/mm/aaaa)")
                .fill(LocalDate.now().plusDays(7).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Ouvrir la campagne et envoyer les messages")).click();
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator(".kpis")).containsText("0 sur 3 projets et actions mis à jour");
        assertAccessible();
        String campaignPage = page.url();

        context.clearCookies();
        signInAs("admin");
        visit("/admin/courriels");
        Locator rows = page.locator("tbody tr", new Page.LocatorOptions().setHasText(title));
        assertThat(rows).hasCount(2);
        rows.filter(new Locator.FilterOptions().setHasText("agent@cpas-labruyere.example"))
                .getByRole(AriaRole.LINK).click();
        assertThat(page.locator("pre")).containsText("1.1.1 Tenir les permanences");
        assertThat(page.locator("pre")).containsText("1.1.2 Former les bénévoles");
        assertThat(page.locator("pre")).not().containsText("Réunir le comité");
        assertAccessible();
        Matcher link = Pattern.compile("http://[^/]+(/plans/\\d+/elements/\\d+#mise-a-jour)")
                .matcher(page.locator("pre").textContent());
        org.assertj.core.api.Assertions.assertThat(link.find()).isTrue();

        context.clearCookies();
        signInAs("agent");
        page.navigate(link.group(1));
        Locator form = page.locator("#mise-a-jour");
        form.getByLabel("Avancement (%)").fill("40");
        form.getByLabel("Commentaire").fill("Permanences tenues chaque mardi.");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer la mise à jour")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).isVisible();

        context.clearCookies();
        signInAs("dg");
        page.navigate(campaignPage);
        assertThat(page.locator(".kpis")).containsText("1 sur 3 projets et actions mis à jour");
        assertAccessible();
    }
}
