package be.cpas.pst.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AccountBrowserTest extends BrowserTestSupport {

    private String createAccount(String username, String role) {
        return createAccount(username, role, null);
    }

    private String createAccount(String username, String role, String person) {
        signInAs("admin");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Comptes").setExact(true)).click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nouveau compte")).click();
        assertAccessible();
        page.getByLabel("Identifiant").fill(username);
        page.getByLabel("Nom affiché").fill("Nouvelle personne");
        page.getByLabel(role, new Page.GetByLabelOptions().setExact(true)).check();
        if (person != null) {
            page.getByLabel(person).check();
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Le compte a été créé.");
        assertAccessible();
        return page.locator(".issued-password code").textContent().strip();
    }

    private void signOut() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter")).click();
    }

    @Test
    void theAdministratorCreatesAnAccountWhoseTemporaryPasswordMustBeChanged() {
        String username = "agent" + System.nanoTime() % 100000;
        String temporary = createAccount(username, "Agent",
                "Responsable administrative — Programme Stratégique Transversal 2025-2030");
        assertThat(page.getByLabel("Responsable administrative — Programme Stratégique Transversal 2025-2030"))
                .isChecked();
        // the account joins a service: the actions that service is involved in become theirs to follow up
        String editPage = page.url();
        page.getByLabel("Finances — Programme Stratégique Transversal 2025-2030").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Le compte a été enregistré");
        page.navigate(editPage);
        assertThat(page.getByLabel("Finances — Programme Stratégique Transversal 2025-2030")).isChecked();
        assertThat(page.getByLabel("Service social — Programme Stratégique Transversal 2025-2030")).not().isChecked();
        signOut();

        page.getByLabel("Identifiant").fill(username);
        page.getByLabel("Mot de passe").fill(temporary);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
        assertThat(page).hasURL(Pattern.compile(".*/compte/mot-de-passe$"));
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("mot de passe temporaire");
        assertAccessible();
        page.navigate("/plans");
        assertThat(page).hasURL(Pattern.compile(".*/compte/mot-de-passe$"));

        page.getByLabel("Mot de passe actuel").fill(temporary);
        page.getByLabel("Nouveau mot de passe", new Page.GetByLabelOptions().setExact(true)).fill("motdepasse123");
        page.getByLabel("Confirmer le nouveau mot de passe").fill("motdepasse123");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Changer le mot de passe")).click();
        assertThat(page.locator("#newPassword-erreur")).containsText("trop facile à deviner");
        assertAccessible();

        page.getByLabel("Mot de passe actuel").fill(temporary);
        page.getByLabel("Nouveau mot de passe", new Page.GetByLabelOptions().setExact(true))
                .fill("le chat dort sur le radiateur");
        page.getByLabel("Confirmer le nouveau mot de passe").fill("le chat dort sur le radiateur");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Changer le mot de passe")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Votre mot de passe a été changé.");
        page.navigate("/plans");
        assertThat(page).hasURL(Pattern.compile(".*/plans$"));
        // linked to a person of the plan: that person's actions are now theirs
        page.navigate("/mes-actions");
        org.assertj.core.api.Assertions.assertThat(page.locator(".work-card").count()).isPositive();
        assertAccessible();
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndKeepsItsInput() {
        String username = "conflit" + System.nanoTime() % 100000;
        createAccount(username, "Conseiller de l’action sociale");
        String editUrl = page.url();

        BrowserContext otherContext = page.context().browser().newContext(new Browser.NewContextOptions()
                .setBaseURL(editUrl.substring(0, editUrl.indexOf('/', 8))));
        try {
            Page other = otherContext.newPage();
            other.navigate("/login");
            other.getByLabel("Identifiant").fill("admin");
            other.getByLabel("Mot de passe").fill("demo");
            other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
            other.navigate(editUrl);
            page.navigate(editUrl);

            other.getByLabel("Nom affiché").fill("Nom choisi par l'autre");
            other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
            assertThat(other.getByRole(AriaRole.STATUS).first()).containsText("Le compte a été enregistré.");

            page.getByLabel("Nom affiché").fill("Mon nom à moi");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();

            assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Quelqu’un d’autre a modifié");
            assertThat(page.locator(".facts")).containsText("Nom choisi par l'autre");
            assertThat(page.getByLabel("Nom affiché")).hasValue("Mon nom à moi");
            assertAccessible();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Le compte a été enregistré.");
            assertThat(page.locator("table")).containsText("Mon nom à moi");
        } finally {
            otherContext.close();
        }
    }

    @Test
    void aCouncilMemberGetsTheFrenchForbiddenPageOnAccounts() {
        signInAs("conseiller");

        int status = page.navigate("/admin/comptes").status();

        org.assertj.core.api.Assertions.assertThat(status).isEqualTo(403);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Accès refusé");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Comptes").setExact(true)))
                .hasCount(0);
        assertAccessible();
    }
}
