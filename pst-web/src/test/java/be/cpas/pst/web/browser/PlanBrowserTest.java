package be.cpas.pst.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class PlanBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoPlanIsListedAndItsTreeShowsObjectivesActionsAndProgress() {
        signInAs("dg");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Plans").setExact(true)).click();
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Programme Stratégique Transversal 2025-2030")).first().click();
        assertAccessible();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Programme Stratégique Transversal 2025-2030");
        Locator summary = page.locator(".summary");
        assertThat(summary).containsText("Objectifs stratégiques");
        // the demo plan's 37 actions, and any other tests have added to it
        long actions = jdbc.sql("""
                select count(*) from plan_node n join plan p on p.id = n.plan_id
                where n.kind = 'ACTION' and p.title = 'Programme Stratégique Transversal 2025-2030'""")
                .query(Long.class).single();
        org.assertj.core.api.Assertions.assertThat(actions).isGreaterThanOrEqualTo(37);
        assertThat(summary.locator("div", new Locator.LocatorOptions().setHasText("Actions")).locator("dd"))
                .hasText(String.valueOf(actions));
        assertThat(page.locator(".tree__node--strategic_objective")).hasCount(2);
        assertThat(page.locator(".tree__node--strategic_objective > summary").first())
                .containsText("Être un CPAS qui favorise la bonne gouvernance");
        assertThat(page.locator(".badge--late").first()).isAttached();
        screenshot("plan-tree");
    }

    @Test
    void operationalObjectivesUnfoldToShowTheirActions() {
        signInAs("agent");
        page.navigate("/plans");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Programme Stratégique Transversal 2025-2030")).first().click();

        Locator firstOo = page.locator("details.tree__node--operational_objective").first();
        assertThat(firstOo).not().hasAttribute("open", "");
        firstOo.locator("summary").first().click();
        assertThat(firstOo.locator(".tree__node--action").first()).isVisible();
        assertAccessible();
    }

    @Test
    void aCouncilMemberSeesNoEditControlAnywhere() {
        signInAs("conseiller");
        for (String path : new String[] {"/", "/plans"}) {
            page.navigate(path);
            assertNoEditControl();
        }
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Programme Stratégique Transversal 2025-2030")).first().click();
        assertNoEditControl();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Comptes").setExact(true)))
                .hasCount(0);
    }

    /** The only form that sends anything is signing out (searching and filtering only read). */
    private void assertNoEditControl() {
        Locator posting = page.locator("form[method=post]");
        org.assertj.core.api.Assertions.assertThat(posting.count()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(posting.getAttribute("action")).endsWith("/logout");
        org.assertj.core.api.Assertions.assertThat(page.locator("form:not([method])").count()).isZero();
    }

    @org.springframework.beans.factory.annotation.Autowired
    be.cpas.pst.persistence.planfile.PlanImporter importer;

    @Test
    void aCouncilMemberNeitherSeesNorOpensADraftPlan() {
        long draft = importer.importPlan("""
                {"format": "pst-plan", "version": 1, "organisation": {"nom": "CPAS de La Bruyère"},
                 "plan": {"titre": "Projet de PST confidentiel", "debut": 2031, "fin": 2036}}"""
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).planId();

        signInAs("dg");
        page.navigate("/plans");
        assertThat(page.locator(".card-list")).containsText("Projet de PST confidentiel");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter")).click();

        signInAs("conseiller");
        page.navigate("/plans");
        assertThat(page.locator(".card-list")).not().containsText("Projet de PST confidentiel");
        org.assertj.core.api.Assertions.assertThat(page.navigate("/plans/" + draft).status()).isEqualTo(403);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Accès refusé");
    }

    @Test
    void aLargePlansPageLoadsTheActionsOfAnObjectiveWhenItIsOpened() {
        long large = importer.importPlan(be.cpas.pst.persistence.synthetic.SyntheticPlan.LARGE.withActions(300)
                .toPlanFile(11, "PST de 300 actions")).planId();
        signInAs("dg");
        visit("/plans/" + large);
        assertThat(page.locator(".tree__node--action")).hasCount(0);

        Locator firstOo = page.locator("details.tree__node--operational_objective").first();
        firstOo.locator("summary").first().click();
        assertThat(firstOo.locator(".tree__node--action").first()).isVisible();
        org.assertj.core.api.Assertions.assertThat(firstOo.locator(".tree__node--action").count()).isEqualTo(5);
        assertAccessible();
    }

    @Test
    void aFicheDrawsEachIndicatorsValuesAgainstItsTarget() {
        var indicator = jdbc.sql("""
                select i.id, i.name, n.id as node_id, n.plan_id, count(v.id) as values_count from indicator i
                join plan_node n on n.id = i.node_id join indicator_value v on v.indicator_id = i.id
                where i.target_value is not null group by i.id, i.name, n.id, n.plan_id order by i.id limit 1""")
                .query().singleRow();
        signInAs("dg");
        visit("/plans/" + indicator.get("plan_id") + "/elements/" + indicator.get("node_id"));

        Locator chart = page.locator(".card.indicator").filter(new Locator.FilterOptions()
                .setHas(page.locator("h3", new Page.LocatorOptions().setHasText((String) indicator.get("name")))))
                .first().locator("svg.sparkline--large");
        assertThat(chart).hasAttribute("role", "img");
        assertThat(chart.locator("line.sparkline__target")).hasCount(1);
        String points = chart.locator("polyline").getAttribute("points");
        org.assertj.core.api.Assertions.assertThat(points.split(" "))
                .hasSize(((Number) indicator.get("values_count")).intValue());
    }

    @Test
    void anUnknownPlanIsNotFound() {
        signInAs("dg");

        int status = page.navigate("/plans/999999").status();

        org.assertj.core.api.Assertions.assertThat(status).isEqualTo(404);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Page introuvable");
        // the error's own (English) message never reaches the page as an unresolved text
        org.assertj.core.api.Assertions.assertThat(page.locator("main").textContent()).doesNotContain("??");
    }
}
