package be.cpas.pst.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The administrator keeps a plan's vocabularies: add, rename, refuse, remove what is unused. */
class VocabularyBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    private long count(String table, String column, String value) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = ?").param(value)
                .query(Long.class).single();
    }

    @Test
    void theAdministratorAddsRenamesAndRemovesEntriesAndCannotRemoveOneInUse() {
        long planId = jdbc.sql("select id from plan where title = 'Programme Stratégique Transversal 2025-2030'")
                .query(Long.class).single();
        signInAs("admin");
        visit("/plans/" + planId);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vocabulaires du plan")).click();
        assertAccessible();

        Locator states = page.locator("#etats");
        states.getByLabel("Nouvelle entrée").fill("En attente du Collège");
        states.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ajouter")).click();
        assertThat(page.locator("#etats [role=alert]")).hasText("Choisissez la catégorie de l’état.");
        assertThat(page.locator("#etats").getByLabel("Nouvelle entrée")).hasValue("En attente du Collège");
        org.assertj.core.api.Assertions.assertThat(count("progress_state", "label", "En attente du Collège")).isZero();
        assertAccessible();

        page.locator("#etats").getByLabel("Catégorie").last().selectOption(new SelectOption().setLabel("Suspendus"));
        page.locator("#etats").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ajouter")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Le vocabulaire a été enregistré.");
        org.assertj.core.api.Assertions.assertThat(count("progress_state", "label", "En attente du Collège"))
                .isEqualTo(1);

        // a code longer than the scale allows is refused in French, not by the database
        Locator priorities = page.locator("#priorites");
        priorities.getByLabel("Code").last().fill("P-TRES-LONG-CODE-DE-PRIORITE");
        priorities.getByLabel("Nouvelle entrée").fill("Très urgent");
        priorities.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ajouter")).click();
        assertThat(page.locator("#priorites [role=alert]")).hasText("Ce texte est trop long.");
        org.assertj.core.api.Assertions.assertThat(count("priority_level", "label", "Très urgent")).isZero();

        Locator objectives = page.locator("#objectifs-politiques");
        objectives.getByLabel("Code").last().fill("OP 9");
        objectives.getByLabel("Nouvelle entrée").fill("Une politique du logement ambitieuse.");
        objectives.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ajouter")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Le vocabulaire a été enregistré.");
        org.assertj.core.api.Assertions.assertThat(count("political_objective", "code", "OP 9")).isEqualTo(1);

        Locator partners = page.locator("#partenaires");
        partners.getByLabel("Nouvelle entrée").fill("Maison de l’emploi");
        partners.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ajouter")).click();
        Locator added = page.locator("#partenaires .vocabulary-entry").filter(new Locator.FilterOptions()
                .setHas(page.locator("input[value='Maison de l’emploi']")));
        added.getByLabel("Libellé").fill("Maison de l’emploi de La Bruyère");
        added.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer")).click();
        org.assertj.core.api.Assertions.assertThat(count("partner", "name", "Maison de l’emploi de La Bruyère"))
                .isEqualTo(1);
        page.locator("#partenaires").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Retirer Maison de l’emploi de La Bruyère")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("L’entrée a été retirée.");
        org.assertj.core.api.Assertions.assertThat(count("partner", "name", "Maison de l’emploi de La Bruyère"))
                .isZero();

        // the social service is involved in actions: it stays
        page.locator("#services").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Retirer Service social")).click();
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("ne peut pas être retirée");
        org.assertj.core.api.Assertions.assertThat(count("service_unit", "name", "Service social")).isPositive();
    }
}
