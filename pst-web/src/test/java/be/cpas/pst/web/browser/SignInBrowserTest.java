package be.cpas.pst.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SignInBrowserTest extends BrowserTestSupport {

    @Test
    void anonymousVisitorIsSentToTheFrenchLoginPage() {
        visit("/plans");

        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Connexion au PST");
        assertThat(page.locator(".brand__org")).hasText("CPAS de La Bruyère");
    }

    /** The accessibility check every visit makes can fail: an image without a text alternative is one violation. */
    @Test
    void theAccessibilityCheckFindsAPlantedViolation() {
        visit("/login");
        page.evaluate("() => { const img = document.createElement('img'); img.src = '/assets/favicon.svg'; "
                + "document.querySelector('main').appendChild(img); }");

        org.assertj.core.api.Assertions.assertThatThrownBy(this::assertAccessible).isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt");
    }

    @Test
    void directeurGeneralSignsInWithTheDemoPasswordAndSeesTheHomePage() {
        signInAs("dg");
        // the DG's work: the month's attention points on the CODIR dashboard
        assertThat(page).hasURL(Pattern.compile(".*/plans/\\d+/tableau-de-bord$"));
        assertAccessible();
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Navigation principale")))
                .isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("PST publié").setExact(true)).click();
        assertAccessible();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Le Programme Stratégique Transversal");
        // the application's own address leads a signed-in person to their page, not to the public one
        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile(".*/plans/\\d+/tableau-de-bord$"));
    }

    @Test
    void openingTheApplicationsAddressLeadsStraightToThePageOfTheRoleAfterSigningIn() {
        for (String[] expected : new String[][] {{"agent", ".*/mes-actions$"}, {"codir", ".*/mes-actions$"},
                {"df", ".*/plans/\\d+/suivi-financier$"}, {"conseiller", ".*/plans$"},
                {"admin", ".*/admin/comptes$"}}) {
            context.clearCookies();
            visit("/");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Espace du personnel")).click();
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
            page.getByLabel("Identifiant").fill(expected[0]);
            page.getByLabel("Mot de passe").fill("demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
            assertThat(page).hasURL(Pattern.compile(expected[1]));
        }
    }

    @Test
    void aLinkFollowedBeforeSigningInLeadsBackToItsPage() {
        visit("/plans");
        page.getByLabel("Identifiant").fill("dg");
        page.getByLabel("Mot de passe").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
        assertThat(page).hasURL(Pattern.compile(".*/plans$"));
    }

    @Test
    void signingInGivesANewSessionId() {
        page.navigate("/login");
        String before = sessionCookie();

        signInAs("df");

        org.assertj.core.api.Assertions.assertThat(before).isNotNull();
        org.assertj.core.api.Assertions.assertThat(sessionCookie()).isNotNull().isNotEqualTo(before);
    }

    private String sessionCookie() {
        return context.cookies().stream().filter(cookie -> "JSESSIONID".equals(cookie.name))
                .map(cookie -> cookie.value).findFirst().orElse(null);
    }

    @Test
    void aWrongPasswordIsRefusedWithAFrenchMessage() {
        page.navigate("/login");
        page.getByLabel("Identifiant").fill("dg");
        page.getByLabel("Mot de passe").fill("pas le bon");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Identifiant ou mot de passe incorrect.");
        assertAccessible();
    }

    @Test
    void signingOutReturnsToTheLoginPageWithAConfirmation() {
        signInAs("agent");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Vous êtes déconnecté·e.");
        assertAccessible();
        page.navigate("/plans");
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
    }

    @Test
    void anUnknownPageShowsTheFrenchNotFoundPage() {
        signInAs("conseiller");

        Response response = page.navigate("/cette-page-n-existe-pas");

        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(404);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Page introuvable");
        assertAccessible();
    }

    @Test
    void theLayoutStaysUsableOnAPhone() {
        page.setViewportSize(375, 740);
        signInAs("codir");

        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter")))
                .isVisible();
        Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(overflow).isEqualTo(false);
        assertAccessible();
    }
}
