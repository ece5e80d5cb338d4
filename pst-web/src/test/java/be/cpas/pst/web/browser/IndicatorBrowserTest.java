package be.cpas.pst.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The DG defines an indicator with its baseline and target; a date that does not exist is refused. */
class IndicatorBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    private long named(long nodeId, String name) {
        return jdbc.sql("select count(*) from indicator where node_id = ? and name = ?").param(nodeId).param(name)
                .query(Long.class).single();
    }

    @Test
    void theDgDefinesAnIndicatorThenRemovesItWhileItHasNoValue() {
        long nodeId = jdbc.sql("""
                select max(n.id) from plan_node n join plan p on p.id = n.plan_id
                where n.kind = 'ACTION' and p.title = 'Programme Stratégique Transversal 2025-2030'""")
                .query(Long.class).single();
        long planId = jdbc.sql("select plan_id from plan_node where id = ?").param(nodeId).query(Long.class).single();
        signInAs("dg");
        visit("/plans/" + planId + "/elements/" + nodeId);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Indicateurs").setExact(true)).click();
        assertAccessible();

        Locator creation = page.locator("section.card").last();
        creation.getByLabel("Nom").fill("Nombre de permanences tenues");
        creation.getByLabel("Valeur de référence").fill("0");
        creation.getByLabel("Date de référence").fill("31/02/2026");
        creation.getByLabel("Cible", new Locator.GetByLabelOptions().setExact(true)).fill("12");
        creation.getByLabel("Date de la cible").fill("31/12/2026");
        creation.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ajouter l’indicateur")).click();
        creation = page.locator("section.card").last();
        assertThat(creation.locator("#ind-baselineDate-0-erreur")).containsText("Date invalide");
        assertThat(creation.getByLabel("Nom")).hasValue("Nombre de permanences tenues");
        org.assertj.core.api.Assertions.assertThat(named(nodeId, "Nombre de permanences tenues")).isZero();
        assertAccessible();

        creation.getByLabel("Date de référence").fill("01/01/2026");
        creation.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ajouter l’indicateur")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("L’indicateur a été enregistré.");
        org.assertj.core.api.Assertions.assertThat(named(nodeId, "Nombre de permanences tenues")).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql(
                "select target_value from indicator where node_id = ? and name = 'Nombre de permanences tenues'")
                .param(nodeId).query(BigDecimal.class).single()).isEqualByComparingTo("12");

        // the monthly update on the fiche names the indicator, says what was last measured and what the target is
        visit("/plans/" + planId + "/elements/" + nodeId);
        Locator field = page.getByLabel("Nouvelle valeur : Nombre de permanences tenues", new Page.GetByLabelOptions()
                .setExact(false));
        assertThat(field).isVisible();
        assertThat(page.locator("#" + field.getAttribute("id") + "-aide")).containsText(
                "Aucune valeur mesurée jusqu’ici. Cible : 12,00 au 31/12/2026.");
        page.goBack();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retirer Nombre de permanences tenues"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("L’indicateur a été retiré.");
        org.assertj.core.api.Assertions.assertThat(named(nodeId, "Nombre de permanences tenues")).isZero();
    }
}
