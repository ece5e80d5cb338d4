package be.cpas.pst.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The directeur financier encodes a budget line and its follow-up, the Belgian way, in the browser. */
class BudgetBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    private long lines(long nodeId) {
        return jdbc.sql("select count(*) from budget_line where node_id = ?").param(nodeId).query(Long.class).single();
    }

    @Test
    void theDfAddsABudgetLineAndItsFollowUpAndBadAmountsAreRefused() {
        long nodeId = jdbc.sql("""
                select min(n.id) from plan_node n join plan p on p.id = n.plan_id
                where n.kind = 'ACTION' and p.title = 'Programme Stratégique Transversal 2025-2030'""")
                .query(Long.class).single();
        long planId = jdbc.sql("select plan_id from plan_node where id = ?").param(nodeId).query(Long.class).single();
        long before = lines(nodeId);
        signInAs("df");
        visit("/plans/" + planId + "/elements/" + nodeId);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Budget et suivi financier")).click();
        assertAccessible();

        Locator newLine = page.locator("section.card").last();
        newLine.getByLabel("Montant (ou minimum de la fourchette)").fill("abc");
        newLine.getByLabel("Commentaire").fill("Gardé tel quel");
        newLine.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ajouter la ligne")).click();
        newLine = page.locator("section.card").last();
        assertThat(newLine.locator("#minimum-0-erreur")).hasText(
                "Nombre illisible : tapez par exemple 1.250 ou 1.250,50 (douze chiffres au plus avant la virgule, deux après).");
        assertThat(newLine.getByLabel("Commentaire")).hasValue("Gardé tel quel");
        org.assertj.core.api.Assertions.assertThat(lines(nodeId)).isEqualTo(before);
        assertAccessible();

        newLine.getByLabel("Montant (ou minimum de la fourchette)").fill("5.000");
        newLine.getByLabel("Maximum de la fourchette").fill("10.000");
        newLine.getByLabel("Année budgétaire").fill("2026");
        newLine.getByLabel("Financement").selectOption(new SelectOption().setLabel("Subside"));
        newLine.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ajouter la ligne")).click();
        newLine = page.locator("section.card").last();
        assertThat(newLine.locator("#subsidisingBody-0-erreur")).hasText("Un subside doit indiquer le pouvoir subsidiant.");
        org.assertj.core.api.Assertions.assertThat(lines(nodeId)).isEqualTo(before);

        newLine.getByLabel("Pouvoir subsidiant").fill("SPW Intérieur et Action sociale");
        newLine.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ajouter la ligne")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("La ligne budgétaire a été enregistrée.");
        org.assertj.core.api.Assertions.assertThat(lines(nodeId)).isEqualTo(before + 1);
        long lineId = jdbc.sql("select max(id) from budget_line where node_id = ?").param(nodeId)
                .query(Long.class).single();
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select amount_max from budget_line where id = ?")
                .param(lineId).query(BigDecimal.class).single()).isEqualByComparingTo("10000");

        page.getByLabel("Année du suivi financier").selectOption("2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afficher cette année")).click();
        Locator saved = page.locator("#ligne-" + lineId);
        saved.getByLabel("Inscrit après modifications budgétaires").fill("10.000");
        saved.getByLabel("Engagé").fill("2.500,50");
        saved.getByLabel("Imputé").fill("1 000 €");
        saved.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer le suivi 2026")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Le suivi financier a été enregistré.");
        assertThat(page.locator("#ligne-" + lineId + " table")).containsText("2.500,50 €");
        screenshot("budget");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql(
                "select committed from budget_follow_up where budget_line_id = ? and budget_year = 2026")
                .param(lineId).query(BigDecimal.class).single()).isEqualByComparingTo("2500.50");

        // the form of the year shows what is stored: typing "engagé" alone keeps the two other figures
        saved = page.locator("#ligne-" + lineId);
        assertThat(saved.getByLabel("Inscrit après modifications budgétaires")).hasValue("10.000");
        assertThat(saved.getByLabel("Imputé")).hasValue("1.000");
        saved.getByLabel("Engagé").fill("3.000");
        saved.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer le suivi 2026")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Le suivi financier a été enregistré.");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                select inscribed || ' ' || committed || ' ' || charged from budget_follow_up
                where budget_line_id = ? and budget_year = 2026""").param(lineId).query(String.class).single())
                .isEqualTo("10000.00 3000.00 1000.00");

        // someone else saves the same year in the meantime: nothing is erased, their figures are shown, input kept
        jdbc.sql("""
                update budget_follow_up set committed = 4000, version = version + 1
                where budget_line_id = ? and budget_year = 2026""").param(lineId).update();
        saved = page.locator("#ligne-" + lineId);
        saved.getByLabel("Imputé").fill("1.500");
        saved.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer le suivi 2026")).click();
        saved = page.locator("#ligne-" + lineId);
        assertThat(saved.getByRole(AriaRole.ALERT)).containsText("Quelqu’un a enregistré le suivi de cette année entre-temps");
        assertThat(saved.getByRole(AriaRole.ALERT)).containsText("4.000,00 €");
        assertThat(saved.getByLabel("Imputé")).hasValue("1.500");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                select committed || ' ' || charged from budget_follow_up
                where budget_line_id = ? and budget_year = 2026""").param(lineId).query(String.class).single())
                .isEqualTo("4000.00 1000.00");
        assertAccessible();
        // saving again applies this person's figures knowingly
        saved.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer le suivi 2026")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Le suivi financier a été enregistré.");
        assertAccessible();
    }
}
