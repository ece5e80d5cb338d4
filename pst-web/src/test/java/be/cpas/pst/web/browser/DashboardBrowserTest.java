package be.cpas.pst.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class DashboardBrowserTest extends BrowserTestSupport {

    private static final String DEMO_PLAN = "(select id from plan where title = 'Programme Stratégique Transversal 2025-2030')";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    be.cpas.pst.persistence.planfile.PlanImporter importer;

    private Locator kpi(String label) {
        return page.locator(".kpi").filter(new Locator.FilterOptions().setHas(
                page.locator("dt", new Page.LocatorOptions().setHasText(label)))).locator("dd");
    }

    @Test
    void theDgReadsTheDashboardFiltersItAndDrillsDownToTheLateActions() {
        long actions = jdbc.sql("select count(*) from plan_node where kind = 'ACTION' and plan_id = " + DEMO_PLAN)
                .query(Long.class).single();
        long planId = jdbc.sql("select " + DEMO_PLAN).query(Long.class).single();
        signInAs("dg");
        // the menu leads to the dashboard of the most recent plan (other tests may have imported newer ones)
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tableau de bord").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Tableau de bord — ");
        page.navigate("/plans/" + planId + "/tableau-de-bord");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Tableau de bord — Programme Stratégique Transversal 2025-2030");
        assertAccessible();
        screenshot("dashboard");
        assertThat(kpi("Projets et actions")).hasText(String.valueOf(actions));
        int late = Integer.parseInt(kpi("En retard").textContent().strip());
        org.assertj.core.api.Assertions.assertThat(late).as("the demo plan has late actions").isPositive();
        assertThat(page.locator("svg.chart--states title")).containsText(actions + " projets et actions");

        // a filter narrows every figure, refreshes in place and stays in the address
        page.getByLabel("Objectif stratégique", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setIndex(1));
        assertThat(page).hasURL(Pattern.compile(".*[?&]os=\\d+.*"));
        assertThat(page.locator("#resultats .notice")).containsText("Vue filtrée");
        int filtered = Integer.parseInt(kpi("Projets et actions").textContent().strip());
        org.assertj.core.api.Assertions.assertThat(filtered).isPositive().isLessThan((int) actions);
        assertAccessible();

        // the same address opened afresh gives the same figures (a bookmark)
        page.navigate(page.url());
        assertThat(kpi("Projets et actions")).hasText(String.valueOf(filtered));

        page.navigate("/plans/" + planId + "/tableau-de-bord");
        kpi("En retard").locator("a").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("En retard");
        assertThat(page.locator("tbody tr")).hasCount(late);
        assertThat(page.locator("tbody tr .badge--late").first()).containsText("jours de retard");
        assertAccessible();

        APIResponse csv = page.request().get(page.url().replace("/liste/late", "/liste/late.csv"));
        org.assertj.core.api.Assertions.assertThat(csv.status()).isEqualTo(200);
        byte[] body = csv.body();
        org.assertj.core.api.Assertions.assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String[] lines = new String(body, StandardCharsets.UTF_8).substring(1).split("\r\n");
        org.assertj.core.api.Assertions.assertThat(lines[0]).startsWith("Code;Intitulé;Objectif;État");
        org.assertj.core.api.Assertions.assertThat(lines).hasSize(late + 1);

        APIResponse xlsx = page.request().get(page.url().replace("/liste/late", "/liste/late.xlsx"));
        org.assertj.core.api.Assertions.assertThat(xlsx.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(xlsx.body()).startsWith('P', 'K');
    }

    @Test
    void aCouncilMemberReadsTheDashboardAndAnAgentDoesNot() {
        long planId = jdbc.sql("select " + DEMO_PLAN).query(Long.class).single();
        signInAs("conseiller");
        visit("/plans/" + planId + "/tableau-de-bord");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Tableau de bord");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter")).click();

        signInAs("agent");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tableau de bord")
                .setExact(true))).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(page.navigate("/plans/" + planId + "/tableau-de-bord").status())
                .isEqualTo(403);
    }

    @Test
    void onALargePlanEachOsOpensInPlaceAndEveryIndicatorIsOneClickAway() {
        long planId = importer.importPlan(be.cpas.pst.persistence.synthetic.SyntheticPlan.LARGE.withActions(120)
                .toPlanFile(5, "PST de synthèse (tableau de bord)")).planId();
        long indicators = jdbc.sql("select count(*) from indicator i join plan_node n on n.id = i.node_id "
                + "where n.plan_id = ?").param(planId).query(Long.class).single();
        signInAs("dg");
        visit("/plans/" + planId + "/tableau-de-bord");

        // 8 OS and 60 OO: the OS rows come first, each opens on demand
        Locator table = page.locator("table.objectives");
        assertThat(table.locator("tr.objectives-os")).hasCount(8);
        assertThat(table.locator("tr.objectives-oo")).hasCount(0);
        Locator firstOs = table.locator("tbody").first();
        String osCode = firstOs.locator("tr.objectives-os th a").first().textContent().strip().split(" ")[0];
        page.evaluate("window.samePage = true");
        firstOs.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("Voir ses \\d+ OO")))
                .click();
        Locator opened = table.locator("tbody").first();
        assertThat(opened.locator("tr.objectives-oo").first()).containsText(osCode + ".");
        org.assertj.core.api.Assertions.assertThat(opened.locator("tr.objectives-oo").count()).isPositive();
        assertThat(opened.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Masquer ses OO")))
                .isFocused();
        org.assertj.core.api.Assertions.assertThat(page.evaluate("window.samePage === true")).isEqualTo(true);
        assertAccessible();
        opened.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Masquer ses OO")).click();
        assertThat(table.locator("tr.objectives-oo")).hasCount(0);

        // the dashboard shows the most worrying indicators; all of them are on their own page, exportable
        assertThat(page.locator("#titre-indicateurs ~ .table-wrap tbody tr")).hasCount(15);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile(
                "voir les " + indicators + " indicateurs"))).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Tous les indicateurs");
        assertThat(page.locator("tbody tr")).hasCount((int) Math.min(indicators, 50));
        assertThat(page.locator("tbody tr svg.sparkline").first()).isVisible();
        assertAccessible();
        APIResponse csv = page.request().get("/plans/" + planId + "/tableau-de-bord/indicateurs.csv");
        org.assertj.core.api.Assertions.assertThat(new String(csv.body(), StandardCharsets.UTF_8).substring(1)
                .split("\r\n")).hasSize((int) indicators + 1);

        // without script, opening an OS narrows the dashboard to it
        page.navigate("/plans/" + planId + "/tableau-de-bord/objectifs/"
                + jdbc.sql("select min(id) from plan_node where plan_id = ? and kind = 'STRATEGIC_OBJECTIVE'")
                .param(planId).query(Long.class).single());
        assertThat(page).hasURL(Pattern.compile(".*/tableau-de-bord\\?os=\\d+$"));
        org.assertj.core.api.Assertions.assertThat(page.locator("table.objectives tr.objectives-oo").count())
                .isPositive();
    }
}
