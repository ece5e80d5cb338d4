package be.cpas.pst.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class FicheEditBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    /** An action of the demo plan nobody else's test edits: the last one in the plan's order. */
    private Map<String, Object> action(int offsetFromEnd) {
        return jdbc.sql("""
                select n.id, n.plan_id, n.title, n.version, n.planned_start from plan_node n join plan p on p.id = n.plan_id
                where n.kind = 'ACTION' and p.title = 'Programme Stratégique Transversal 2025-2030'
                order by n.id desc offset :offset limit 1""").param("offset", offsetFromEnd).query().singleRow();
    }

    private String ficheOf(Map<String, Object> action) {
        return "/plans/" + action.get("plan_id") + "/elements/" + action.get("id");
    }

    private Map<String, Object> reload(Map<String, Object> action) {
        return jdbc.sql("select id, plan_id, title, version, deadline_text, planned_start from plan_node where id = ?")
                .param(action.get("id")).query().singleRow();
    }

    @Test
    void theDgEditsAFicheAndSeesTheNewValuesOnIt() {
        Map<String, Object> action = action(0);
        signInAs("dg");
        visit(ficheOf(action));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modifier la fiche")).click();
        assertAccessible();

        page.getByLabel("Intitulé").fill("Organiser une permanence sociale décentralisée");
        page.getByLabel("Échéance").fill("fin 2027");
        page.getByLabel("Description").fill("<p>Une <strong>permanence</strong> par mois.</p><script>alert(1)</script>");
        page.getByLabel("Finances").check();
        page.getByLabel("ODD 10 — Inégalités réduites").check();
        page.getByLabel("Enjeu de la cohésion sociale").check();
        page.getByLabel("Risques").fill("Départ de l’agent formé\n\nPerte du subside");
        page.getByLabel("Note interne").fill("À revoir avec le Président");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();

        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("La fiche a été enregistrée");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Organiser une permanence sociale décentralisée");
        assertThat(page.locator("main")).containsText("fin 2027");
        assertThat(page.locator("main strong", new Page.LocatorOptions().setHasText("permanence"))).hasCount(1);
        org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain("alert(1)");
        assertAccessible();
        Map<String, Object> stored = reload(action);
        org.assertj.core.api.Assertions.assertThat(stored.get("deadline_text")).isEqualTo("fin 2027");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select sdg_number from node_sdg where node_id = ?")
                .param(action.get("id")).query(Integer.class).list()).contains(10);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select text from node_risk where node_id = ? order by position")
                .param(action.get("id")).query(String.class).list())
                .containsExactly("Départ de l’agent formé", "Perte du subside");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                select s.name from node_service ns join service_unit s on s.id = ns.service_id where ns.node_id = ?""")
                .param(action.get("id")).query(String.class).list()).contains("Finances");
        assertThat(page.locator("main")).containsText("Perte du subside");
        assertThat(page.locator("main")).containsText("À revoir avec le Président");
    }

    @Test
    void badInputShowsFrenchErrorsNextToTheFieldsKeepsTheInputAndSavesNothing() {
        Map<String, Object> action = action(1);
        signInAs("dg");
        page.navigate(ficheOf(action) + "/modifier");

        page.getByLabel("Intitulé").fill("");
        page.getByLabel("Début prévu").fill("31/02/2026");
        page.getByLabel("Échéance").fill("septembre 2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();

        assertThat(page.locator("#title-erreur")).hasText("L’intitulé est obligatoire.");
        assertThat(page.locator("#plannedStart-erreur")).containsText("Date invalide");
        assertThat(page.getByLabel("Début prévu")).hasValue("31/02/2026");
        assertThat(page.getByLabel("Échéance")).hasValue("septembre 2026");
        assertAccessible();

        page.getByLabel("Intitulé").fill("x".repeat(20_000));
        page.getByLabel("Début prévu").fill("01/03/2026");
        page.getByLabel("Fin prévue").fill("01/01/2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
        assertThat(page.locator("#title-erreur")).containsText("ne peut pas dépasser");

        page.getByLabel("Intitulé").fill("Un intitulé correct");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
        assertThat(page.locator("#plannedEnd-erreur")).hasText("La fin prévue ne peut pas précéder le début prévu.");
        assertThat(page.getByLabel("Intitulé")).hasValue("Un intitulé correct");
        assertAccessible();

        Map<String, Object> stored = reload(action);
        org.assertj.core.api.Assertions.assertThat(stored.get("title")).isEqualTo(action.get("title"));
        org.assertj.core.api.Assertions.assertThat(stored.get("version")).isEqualTo(action.get("version"));
        org.assertj.core.api.Assertions.assertThat(stored.get("planned_start")).isEqualTo(action.get("planned_start"));
    }

    @Test
    void twoPeopleEditingTheSameFicheTheSecondSeesWhatTheFirstChangedAndKeepsTheirInput() {
        Map<String, Object> action = action(2);
        signInAs("dg");
        page.navigate(ficheOf(action) + "/modifier");

        BrowserContext otherContext = page.context().browser().newContext(new com.microsoft.playwright.Browser
                .NewContextOptions().setBaseURL(page.url().replaceAll("(https?://[^/]+).*", "$1")).setLocale("fr-BE"));
        try {
            Page other = otherContext.newPage();
            other.navigate("/login");
            other.getByLabel("Identifiant").fill("dg");
            other.getByLabel("Mot de passe").fill("demo");
            other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
            other.navigate(ficheOf(action) + "/modifier");
            other.getByLabel("Intitulé").fill("Intitulé choisi par l’autre personne");
            other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
            assertThat(other.getByRole(AriaRole.STATUS).first()).containsText("La fiche a été enregistrée");
        } finally {
            otherContext.close();
        }

        page.getByLabel("Intitulé").fill("Mon intitulé à moi");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();

        Locator alert = page.getByRole(AriaRole.ALERT);
        assertThat(alert).containsText("Quelqu’un d’autre a modifié ces données entre-temps");
        assertThat(page.locator(".conflict")).containsText("Intitulé choisi par l’autre personne");
        assertThat(page.getByLabel("Intitulé")).hasValue("Mon intitulé à moi");
        org.assertj.core.api.Assertions.assertThat(reload(action).get("title"))
                .isEqualTo("Intitulé choisi par l’autre personne");
        assertAccessible();

        // having read the other change, saving again applies this person's input
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("La fiche a été enregistrée");
        org.assertj.core.api.Assertions.assertThat(reload(action).get("title")).isEqualTo("Mon intitulé à moi");
    }
}
