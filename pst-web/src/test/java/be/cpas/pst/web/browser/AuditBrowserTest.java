package be.cpas.pst.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

class AuditBrowserTest extends BrowserTestSupport {

    @Test
    void theDgFindsWhoChangedWhatAndFiltersByPersonAndObject() {
        signInAs("admin");
        page.navigate("/admin/comptes/nouveau");
        String username = "audit" + System.nanoTime() % 100000;
        page.getByLabel("Identifiant").fill(username);
        page.getByLabel("Nom affiché").fill("Personne pour le journal");
        page.getByLabel("Agent", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter")).click();

        signInAs("dg");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Journal des modifications")).click();
        assertAccessible();
        page.getByLabel("Personne").fill("Gestionnaire");
        page.getByLabel("Type d’élément").selectOption("Account");
        page.getByLabel("Intitulé contenant").fill(username);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrer")).click();

        assertThat(page.locator("tbody tr").first()).containsText("Gestionnaire de l'application (démo)");
        assertThat(page.locator("tbody tr").first()).containsText("Création");
        assertThat(page.locator("tbody tr").first()).containsText("Personne pour le journal");
        assertThat(page.locator("tbody tr")).hasCount(1);
        assertThat(page.locator("tbody")).not().containsText("$2a$");
        org.assertj.core.api.Assertions.assertThat(page.url()).contains("actor=Gestionnaire");
        assertAccessible();
    }

    @Test
    void anInvalidDateIsReportedInFrench() {
        signInAs("dg");
        page.navigate("/audit?from=2026-02-31");

        assertThat(page.locator("#from-erreur")).hasText("Date invalide : utilisez le format jj/mm/aaaa.");
        assertAccessible();
    }
}
