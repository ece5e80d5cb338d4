package be.cpas.pst.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The DG builds and reshapes the plan in the browser alone. */
class StructureBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    be.cpas.pst.persistence.planfile.PlanImporter importer;

    /** A plan of its own, so that the demo plan other tests count stays as it is. */
    private long ownPlan() {
        return importer.importPlan("""
                {"format": "pst-plan", "version": 1, "organisation": {"nom": "CPAS de La Bruyère"},
                 "plan": {"titre": "PST de l’essai de structure", "debut": 2025, "fin": 2030, "statut": "adopte"},
                 "vocabulaires": {"etats": [{"libelle": "En cours", "categorie": "en-cours"},
                                            {"libelle": "Suspendu", "categorie": "suspendu"},
                                            {"libelle": "Abandonné", "categorie": "abandonne"}]},
                 "objectifs": [{"code": "1", "intitule": "Objectif existant", "objectifsOperationnels": [
                     {"code": "1.1", "intitule": "Objectif opérationnel existant",
                      "actions": [{"intitule": "Action existante"}]}]}]}"""
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).planId();
    }

    private Map<String, Object> node(String title) {
        return jdbc.sql("select id, parent_id, position, state_reason from plan_node where title = ?").param(title)
                .query().singleRow();
    }

    private void click(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).click();
    }

    private void follow(String name) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    /** From an element's fiche: its structure page, then the form to add an element below it. */
    private void addBelow(String kind, String code, String title) {
        follow("Structure");
        assertAccessible();
        follow("Ajouter un élément en dessous");
        assertAccessible();
        if (kind != null) {
            page.getByLabel("Type d’élément").selectOption(new SelectOption().setLabel(kind));
        }
        page.getByLabel("Code").fill(code);
        page.getByLabel("Intitulé").fill(title);
        click("Ajouter");
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("L’élément a été ajouté.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(title);
    }

    @Test
    void theDgCreatesAnObjectiveAndActionsReordersMovesAndSuspendsThem() {
        long planId = ownPlan();
        signInAs("dg");
        visit("/plans/" + planId);
        follow("Ajouter un volet, un axe ou un objectif stratégique");
        assertAccessible();
        // nothing typed: the form says what is missing and nothing is created
        click("Ajouter");
        assertThat(page.locator("#kind-erreur")).hasText("Choisissez le type d’élément.");
        assertThat(page.locator("#title-erreur")).hasText("L’intitulé est obligatoire.");
        assertAccessible();
        page.getByLabel("Type d’élément").selectOption(new SelectOption().setLabel("Objectif stratégique"));
        page.getByLabel("Code").fill("3");
        page.getByLabel("Intitulé").fill("Être un CPAS numérique et accessible");
        click("Ajouter");
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("L’élément a été ajouté.");

        // the new objective's fiche: nothing filled in yet, it says so and where to fill it in
        assertThat(page.locator("main")).containsText("Aucun attribut n’est encore renseigné : « Modifier la fiche »");
        assertThat(page.locator("dl.facts")).hasCount(0);
        addBelow(null, "3.1", "Dématérialiser les demandes d’aide");
        addBelow("Action", "3.1.1", "Mettre un formulaire de demande en ligne");
        page.locator(".breadcrumbs li a").last().click();
        addBelow("Action", "3.1.2", "Ouvrir un guichet numérique accompagné");

        // reorder: the second action goes first
        follow("Structure");
        click("Monter d’un rang");
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("L’ordre a été modifié.");
        org.assertj.core.api.Assertions.assertThat(node("Ouvrir un guichet numérique accompagné").get("position"))
                .isEqualTo(0);
        org.assertj.core.api.Assertions.assertThat(node("Mettre un formulaire de demande en ligne").get("position"))
                .isEqualTo(1);
        // the page says where the element now stands, and it cannot go further up
        assertThat(page.getByText("1er sur 2 à ce niveau.")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Monter d’un rang")))
                .isDisabled();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Descendre d’un rang")))
                .isEnabled();

        screenshot("structure");
        // suspending needs a reason
        click("Enregistrer la décision");
        assertThat(page.locator("#reason-erreur")).hasText("Indiquez la raison de la suspension ou de l’abandon.");
        assertAccessible();
        page.getByLabel("Motif").fill("En attente du nouveau logiciel social");
        click("Enregistrer la décision");
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("L’élément est suspendu.");
        org.assertj.core.api.Assertions.assertThat(node("Ouvrir un guichet numérique accompagné").get("state_reason"))
                .isEqualTo("En attente du nouveau logiciel social");

        // move the other action under an OO of the adopted plan
        Map<String, Object> other = node("Mettre un formulaire de demande en ligne");
        long targetOo = jdbc.sql("""
                select min(id) from plan_node where plan_id = ? and kind = 'OPERATIONAL_OBJECTIVE' and id <> ?""")
                .param(planId).param(other.get("parent_id")).query(Long.class).single();
        page.navigate("/plans/" + planId + "/elements/" + other.get("id") + "/structure");
        page.getByLabel("Placer sous").selectOption(String.valueOf(targetOo));
        click("Déplacer");
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("L’élément a été déplacé.");
        assertAccessible();
        org.assertj.core.api.Assertions.assertThat(node("Mettre un formulaire de demande en ligne").get("parent_id"))
                .isEqualTo(targetOo);
        org.assertj.core.api.Assertions.assertThat(node("Ouvrir un guichet numérique accompagné").get("position"))
                .isEqualTo(0);

        // the new action has no history yet: it can be deleted; the new OS, with content, cannot
        click("Supprimer l’élément");
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("L’élément a été supprimé.");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from plan_node where title = ?")
                .param("Mettre un formulaire de demande en ligne").query(Long.class).single()).isZero();
        page.navigate("/plans/" + planId + "/elements/" + node("Être un CPAS numérique et accessible").get("id")
                + "/structure");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Supprimer l’élément")))
                .hasCount(0);
        assertThat(page.locator("main")).containsText("ne peut plus être supprimé");
    }
}
