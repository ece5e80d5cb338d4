package be.cpas.pst.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The published PST as its readers use it: a citizen without an account opens the application's address, reads
 * La Bruyère's adopted plan, searches it, opens an action, its context and the accessibility statement; a council
 * member reads the differences between the adopted and the working version; the DG sees what is published and the
 * preview. Every page is checked with axe-core.
 */
class PublicationBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    be.cpas.pst.persistence.planfile.PlanImporter importer;

    private long demoPlanId;

    @BeforeEach
    void demoPlan() {
        demoPlanId = jdbc.sql("select min(plan_id) from plan_version").query(Long.class).single();
    }

    @Test
    void aCitizenReadsThePublishedPlanWithoutAnAccount() {
        visit("/");
        assertThat(page.locator("h1")).hasText("Le Programme Stratégique Transversal");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Programme Stratégique Transversal 2025-2030"))
                .first().click();
        assertThat(page).hasTitle("Programme Stratégique Transversal 2025-2030 · CPAS de La Bruyère");
        assertThat(page.locator(".public-identity")).containsText("Version 1, adoptée par le Conseil de l’Action "
                + "Sociale le");
        assertThat(page.locator(".public-identity")).containsText("État d’avancement au");
        assertThat(page.locator("meta[name=description]")).hasAttribute("content",
                java.util.regex.Pattern.compile("CPAS de La Bruyère pour 2025-2030"));
        // the working change not yet adopted is not public; the evaluation the council received is
        assertThat(page.getByText("Ouvrir un guichet d’aide aux démarches en ligne")).hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(java.util.regex.Pattern.compile("^Évaluation annuelle \\d{4} \\(PDF\\)$")))).hasCount(1);
        assertAccessible();

        page.getByLabel("Mot ou code").fill("mobilité");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chercher")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("correspond");
        assertAccessible();
        page.locator("#titre-chercher ~ ul a").first().click();
        assertThat(page.locator(".tree__kind").first()).hasText("Action");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Fil d’Ariane")))
                .containsText("Programme Stratégique Transversal 2025-2030");
        assertThat(page.locator("body")).not().containsText("démo)");
        assertAccessible();

        visit("/pst/" + demoPlanId + "/contexte");
        assertThat(page.locator("h1")).hasText("Contexte du plan");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Déclaration de politique sociale"))).isVisible();
        visit("/accessibilite");
        assertThat(page.locator("h1")).hasText("Déclaration d’accessibilité");
        visit("/pst/" + demoPlanId + "/elements/999999999", 404);
    }

    @Test
    void theDownloadsAreThePlanAsADocumentAndAsOpenData() {
        visit("/pst/" + demoPlanId);
        for (String[] download : new String[][] {{"Le PST en PDF (document à imprimer)", "application/pdf"},
                {"Le PST en Word (DOCX)", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
                {"Données ouvertes : le plan en JSON (format « pst-plan »)", "application/json"},
                {"Données ouvertes : un élément par ligne en CSV", "text/csv"}}) {
            String href = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(download[0]))
                    .getAttribute("href");
            com.microsoft.playwright.APIResponse response = context.request().get(href);
            org.assertj.core.api.Assertions.assertThat(response.status()).as(href).isEqualTo(200);
            org.assertj.core.api.Assertions.assertThat(response.headers().get("content-type")).startsWith(download[1]);
            org.assertj.core.api.Assertions.assertThat(response.body().length).as(href).isGreaterThan(1000);
        }
        assertThat(page.locator("#titre-telecharger ~ p")).containsText("Creative Commons Attribution 4.0");
    }

    @Test
    void aCouncilMemberReadsWhatChangedSinceTheAdoption() {
        long planId = ownPlan();
        adoptAsDg(planId);
        workingChange(planId);

        context.clearCookies();
        signInAs("conseiller");
        visit("/plans/" + planId);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Versions et adoption")).click();
        assertThat(page.locator("h1")).hasText("Versions adoptées et modifications");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer l’adoption")))
                .hasCount(0);
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Comparer la version adoptée et la version de travail")).click();
        assertThat(page.locator("h1")).hasText("Ce qui a changé dans le plan");
        assertThat(page.locator(".kpis")).containsText("Ajoutés");
        assertThat(page.locator(".diff-list")).containsText("Ouvrir un guichet numérique");
        assertThat(page.locator(".diff-list")).containsText("Sous « 1.1 Accueillir »");
        assertThat(page.locator(".diff-list")).containsText("Tenir une permanence (avec la Commune)");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Versions du plan")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Version 1").setExact(true)).click();
        assertThat(page.locator(".lead")).containsText("Adoptée par le Conseil de l’Action Sociale le");
        assertAccessible();
    }

    @Test
    void theDgPublishesProgressAndPreviewsTheWorkingVersionAsACitizen() {
        long planId = ownPlan();
        adoptAsDg(planId);
        visit("/plans/" + planId + "/publication");
        assertThat(page.locator("h1")).hasText("Ce que le PST publié montre");
        assertThat(page.getByLabel("Les noms des pilotes et responsables (sinon, seuls les services sont nommés)"))
                .not().isChecked();
        page.getByLabel("Avancement au (jj/mm/aaaa)").fill(today());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier l’avancement")).click();
        assertThat(page.locator("#titre-avancement ~ p").nth(1)).containsText("Dernière publication : avancement au "
                + today());
        assertAccessible();
        workingChange(planId);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Aperçu comme un citoyen le voit")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Aperçu");
        // the preview holds the working version; the public PST, the adopted one
        assertThat(page.getByText("Ouvrir un guichet numérique")).hasCount(1);
        assertAccessible();
        visit("/pst/" + planId);
        assertThat(page.locator(".public-identity")).containsText("État d’avancement au " + today());
        assertThat(page.getByText("Ouvrir un guichet numérique")).hasCount(0);
    }

    /** A plan of this test only: the demo plan is changed by other tests. */
    private long ownPlan() {
        return importer.importPlan(("""
                {"format": "pst-plan", "version": 1, "organisation": {"nom": "CPAS de La Bruyère"},
                 "plan": {"titre": "PST à publier %d", "debut": 2025, "fin": 2030, "statut": "brouillon"},
                 "vocabulaires": {"etats": [{"libelle": "En cours", "categorie": "en-cours"}]},
                 "objectifs": [{"code": "1", "intitule": "Un CPAS ouvert", "objectifsOperationnels": [
                    {"code": "1.1", "intitule": "Accueillir", "actions": [
                       {"intitule": "Tenir une permanence", "etat": "En cours", "avancement": 30}]}]}]}
                """).formatted(System.nanoTime()).getBytes(java.nio.charset.StandardCharsets.UTF_8)).planId();
    }

    /** The DG records the council's adoption of the draft through the versions page. */
    private void adoptAsDg(long planId) {
        signInAs("dg");
        visit("/plans/" + planId + "/versions");
        page.getByLabel("Adoptée par le Conseil le (jj/mm/aaaa)").fill(today());
        page.getByLabel("Référence de la délibération").fill("n° 2026/077");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer l’adoption")).click();
        assertThat(page.locator("h1")).containsText("Version 1");
        assertAccessible();
    }

    /** A change of the working version after the adoption: an action renamed, one added. */
    private void workingChange(long planId) {
        jdbc.sql("update plan_node set title = 'Tenir une permanence (avec la Commune)' where plan_id = ? and kind = 'ACTION'")
                .param(planId).update();
        jdbc.sql("""
                insert into plan_node (plan_id, parent_id, position, kind, title)
                select plan_id, id, 5, 'ACTION', 'Ouvrir un guichet numérique' from plan_node
                where plan_id = ? and code = '1.1'""").param(planId).update();
    }

    private static String today() {
        return java.time.LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
