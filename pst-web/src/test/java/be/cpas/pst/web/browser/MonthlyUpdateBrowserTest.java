package be.cpas.pst.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class MonthlyUpdateBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    private int journalSize() {
        return jdbc.sql("select count(*) from progress_entry").query(Integer.class).single();
    }

    @Test
    void theAgentPostsAMonthlyUpdateInThreePageLoadsAndSeesItInTheJournalAndTheRollUp() {
        page.navigate("/login");
        page.getByLabel("Identifiant").fill("agent");
        page.getByLabel("Mot de passe").fill("demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
        assertThat(page).hasURL(Pattern.compile(".*/mes-actions$"));
        assertAccessible();
        screenshot("mes-actions");
        // the summary at the top counts the cards below it
        int cards = page.locator(".work-card").count();
        assertThat(page.locator(".kpis .kpi").first().locator("dd")).hasText(String.valueOf(cards));
        int late = page.locator(".work-card .badge--late").count();
        assertThat(page.locator(".kpis .kpi").nth(1).locator("dd")).hasText(String.valueOf(late));

        Locator first = page.locator(".work-card").first();
        String cardId = first.getAttribute("id");
        Locator card = page.locator("#" + cardId);
        String title = card.locator(".card__title").textContent().strip();
        card.getByText("Mettre à jour l’avancement").click();
        card.getByLabel("État d’avancement").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("En cours de réalisation"));
        card.getByLabel("Avancement (%)").fill("55");
        card.getByLabel("Commentaire").fill("Réunion tenue avec le PCS ; planning validé.");
        Locator indicators = card.locator("input[name^='indicatorValues']");
        if (indicators.count() > 0) {
            indicators.first().fill("17");
        }
        // a mark on this page: it survives only if the update does not load a new page
        page.evaluate("window.samePage = true");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer la mise à jour")).click();

        // the card alone is redrawn in place: saved, its new %, the objective's roll-up, the form closed
        assertThat(card.getByRole(AriaRole.STATUS)).containsText("La mise à jour a été enregistrée");
        assertThat(card.getByRole(AriaRole.STATUS)).isFocused();
        assertThat(card.locator(".tree__meta .progress__value")).hasText("55 %");
        assertThat(card.locator("details.progress-details")).not().hasAttribute("open", "");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("window.samePage === true")).isEqualTo(true);
        assertThat(page).hasURL(Pattern.compile(".*/mes-actions$"));
        String objectivePercent = card.locator(".work-card__objective .progress__value").textContent().strip();
        assertAccessible();
        screenshot("mes-actions-saved");

        page.locator(".work-card .card__title a").filter(new Locator.FilterOptions().setHasText(
                title.length() > 40 ? title.substring(title.length() - 40) : title)).first().click();
        assertThat(page.locator(".journal li").first()).containsText("Réunion tenue avec le PCS ; planning validé.");
        assertThat(page.locator(".journal li").first()).containsText("55 %");
        assertThat(page.locator(".fiche-progress")).containsText("55 %");
        assertAccessible();
        screenshot("fiche-action");

        // the OO above shows the update in its explanation, and the roll-up the card showed
        page.locator(".breadcrumbs li a").last().click();
        assertThat(page.locator(".fiche-progress")).containsText(objectivePercent);
        page.getByText("Comment ce chiffre est-il calculé ?").click();
        assertThat(page.locator(".explain")).containsText("55 %");
        assertAccessible();
    }

    @Test
    void withoutScriptTheUpdateIsAPlainPostAndRedirect() {
        page.navigate("/login");
        String base = page.url().substring(0, page.url().indexOf('/', 8));
        com.microsoft.playwright.Browser browser = page.context().browser();
        context.close();
        context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL(base).setLocale("fr-BE").setJavaScriptEnabled(false));
        page = context.newPage();
        signInAs("agent");
        int before = journalSize();
        Locator card = page.locator("#" + page.locator(".work-card").first().getAttribute("id"));
        card.locator("summary").click();
        card.getByLabel("Avancement (%)").fill("35");
        card.getByLabel("Commentaire").fill("Mise à jour sans script.");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer la mise à jour")).click();

        assertThat(page).hasURL(Pattern.compile(".*/mes-actions#action-\\d+$"));
        assertThat(card.getByRole(AriaRole.STATUS)).containsText("La mise à jour a été enregistrée");
        assertThat(card.locator(".tree__meta .progress__value")).hasText("35 %");
        org.assertj.core.api.Assertions.assertThat(journalSize()).isEqualTo(before + 1);
    }

    @Test
    void badInputIsRefusedWithFrenchMessagesNextToTheFieldsAndNothingIsSaved() {
        signInAs("agent");
        int before = journalSize();
        Locator card = page.locator(".work-card").filter(new Locator.FilterOptions()
                .setHas(page.locator("input[name^='indicatorValues']"))).first();
        card.getByText("Mettre à jour l’avancement").click();
        card.getByLabel("Avancement (%)").fill("140");
        card.getByLabel("Commentaire").fill("Ce commentaire doit revenir tel quel");
        card.locator("input[name^='indicatorValues']").first().fill("abc");
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer la mise à jour")).click();

        Locator failed = page.locator(".work-card:has(details[open])");
        assertThat(failed.locator(".field-error").first())
                .containsText("L’avancement doit être compris entre 0 et 100 %.");
        assertThat(failed.locator(".field-error").last()).containsText("Nombre illisible : tapez par exemple 1.250");
        assertThat(failed.getByLabel("Commentaire")).hasValue("Ce commentaire doit revenir tel quel");
        assertThat(failed.getByLabel("Avancement (%)")).hasValue("140");
        // each field is described by its refusal (after its help, if it has one), like every form of the application
        assertThat(failed.getByLabel("Avancement (%)"))
                .hasAccessibleDescription("L’avancement doit être compris entre 0 et 100 %.");
        assertThat(failed.locator("input[name^='indicatorValues']").first()).hasAccessibleDescription(
                java.util.regex.Pattern.compile("Indiquez la valeur atteinte à ce jour.*Nombre illisible : tapez par exemple"));
        assertThat(failed.getByLabel("Commentaire")).hasAccessibleDescription(
                java.util.regex.Pattern.compile("^Ce qui a été fait ce mois-ci"));
        assertThat(failed.getByRole(AriaRole.ALERT)).containsText("Rien n’a été enregistré");
        org.assertj.core.api.Assertions.assertThat(journalSize()).isEqualTo(before);
        assertAccessible();
    }

    @Test
    void suspendingWithoutAReasonIsRefused() {
        signInAs("agent");
        int before = journalSize();
        Locator card = page.locator(".work-card").first();
        card.getByText("Mettre à jour l’avancement").click();
        card.getByLabel("État d’avancement").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel("Suspendu"));
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer la mise à jour")).click();

        assertThat(page.locator(".work-card details[open] .field-error"))
                .containsText("Indiquez la raison de la suspension ou de l’abandon.");
        org.assertj.core.api.Assertions.assertThat(journalSize()).isEqualTo(before);
    }
}
