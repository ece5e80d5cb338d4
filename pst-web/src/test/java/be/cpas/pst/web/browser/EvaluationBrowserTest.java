package be.cpas.pst.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import be.cpas.pst.persistence.planfile.PlanImporter;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The DG opens the year's evaluation, writes what it says of an objective, validates it, records its presentation
 * to the council, and hands out the report as PDF and DOCX; the figures frozen at the reference date do not move
 * when the plan changes afterwards.
 */
class EvaluationBrowserTest extends BrowserTestSupport {

    @Autowired
    PlanImporter importer;
    @Autowired
    JdbcClient jdbc;

    private long planId;

    @BeforeEach
    void plan() {
        planId = importer.importPlan("""
                {"format": "pst-plan", "version": 1, "organisation": {"nom": "CPAS de l’Évaluation %d"},
                 "plan": {"titre": "PST évalué", "debut": 2025, "fin": 2030, "statut": "adopte"},
                 "vocabulaires": {"etats": [{"libelle": "En cours", "categorie": "en-cours"},
                                            {"libelle": "Terminé", "categorie": "termine"}]},
                 "objectifs": [{"code": "1", "intitule": "Une administration efficace", "objectifsOperationnels": [
                   {"code": "1.1", "intitule": "Numériser les dossiers", "actions": [
                     {"code": "1.1.1", "intitule": "Scanner les archives", "etat": "Terminé", "avancement": 100},
                     {"code": "1.1.2", "intitule": "Former les agents", "etat": "En cours", "avancement": 40}]}]}]}
                """.formatted(System.nanoTime()).getBytes(StandardCharsets.UTF_8)).planId();
    }

    @Test
    void theDgEvaluatesTheYearAndHandsTheReportToTheCouncil() throws Exception {
        signInAs("dg");
        visit("/plans/" + planId);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Évaluations")).last().click();
        assertThat(page.locator("h1")).hasText("Évaluations du PST");
        assertAccessible();
        page.getByLabel("Année évaluée").selectOption("2026");
        page.getByLabel("Type d’évaluation").selectOption(new SelectOption().setLabel("Évaluation annuelle"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ouvrir l’évaluation")).click();
        assertThat(page.locator("h1")).hasText("Évaluation annuelle du PST 2026");
        assertThat(page.locator("section:has(#titre-bref)")).containsText("Avancement des projets et actions (moyenne pondérée, "
                + "remontée des actions vers les objectifs) : 70 %.");
        assertAccessible();

        long oo = jdbc.sql("select id from plan_node where plan_id = ? and code = '1.1'").param(planId)
                .query(Long.class).single();
        Locator element = page.locator("#element-" + oo);
        element.getByLabel("Appréciation").selectOption(new SelectOption().setLabel("En bonne voie"));
        element.getByLabel("Texte de l’évaluation").fill("Les archives sont numérisées ; la formation continue.");
        element.getByLabel("Décision", new Locator.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Adapter"));
        element.getByLabel("Précision de la décision").fill("Former les agents en deux vagues");
        element.getByRole(AriaRole.BUTTON).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("L’évaluation de cet objectif a été enregistrée.");
        assertThat(page.locator("#element-" + oo + " .report__assessment")).containsText("En bonne voie");
        assertThat(page.locator("section:has(#titre-ajustements)")).containsText("Former les agents en deux vagues");

        // a decision applied to the plan in one step: the OS gets a new OO, both sides keep the link
        long os = jdbc.sql("select id from plan_node where plan_id = ? and code = '1'").param(planId)
                .query(Long.class).single();
        Locator strategic = page.locator("#element-" + os);
        strategic.getByLabel("Décision", new Locator.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Ajouter"));
        strategic.getByLabel("Précision de la décision").fill("Simplifier les démarches en ligne");
        strategic.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(
                "Enregistrer l’évaluation de « 1 Une administration efficace »")).click();
        page.locator("#element-" + os).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(
                "Appliquer : ajouter cet élément au plan")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("La décision a été appliquée au plan.");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                select kind || ' ' || title from plan_node where plan_id = ? and parent_id = ? order by id desc
                limit 1""").param(planId).param(os).query(String.class).single())
                .isEqualTo("OPERATIONAL_OBJECTIVE Simplifier les démarches en ligne");
        assertThat(page.locator("#element-" + os)).containsText("Décision appliquée au plan le");
        assertThat(page.locator("#element-" + os).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Simplifier les démarches en ligne"))).isVisible();

        page.getByLabel("Introduction du rapport").fill("Deuxième année du PST : le numérique avance.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer les textes")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Les textes de l’évaluation ont été enregistrés.");

        // the plan moves on after the reference date: the evaluation's figures do not
        jdbc.sql("update plan_node set progress_percent = 100 where plan_id = ? and code = '1.1.2'").param(planId)
                .update();
        page.reload();
        assertThat(page.locator("section:has(#titre-bref)")).containsText(": 70 %.");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider l’évaluation (CODIR)")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("L’évaluation a été validée par le CODIR.");
        page.getByLabel("Présentée au Conseil le").fill("31/12/2099");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la présentation au Conseil"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("ne peut pas être dans le futur");
        page.getByLabel("Présentée au Conseil le").fill(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        page.getByLabel("Référence de la délibération").fill("Délibération n° 2026/118");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la présentation au Conseil"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("La présentation au Conseil a été enregistrée");
        assertThat(page.locator("#element-" + oo + " form")).hasCount(0);
        assertAccessible();
        screenshot("evaluation");

        Download pdf = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Rapport en PDF")).click());
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.path().toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            org.assertj.core.api.Assertions.assertThat(text).contains("Évaluation annuelle du PST 2026")
                    .contains("Délibération n° 2026/118").contains("Deuxième année du PST : le numérique avance.")
                    .contains("Les archives sont numérisées ; la formation continue.").contains(": 70 %.");
            org.assertj.core.api.Assertions.assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
        Download docx = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Rapport en Word (DOCX)")).click());
        try (InputStream in = Files.newInputStream(docx.path());
                org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            var paragraphs = document.getParagraphs();
            org.assertj.core.api.Assertions.assertThat(paragraphs.get(0).getText()).isEqualTo("Évaluation annuelle du PST 2026");
            org.assertj.core.api.Assertions.assertThat(paragraphs.stream().map(p -> p.getText()))
                    .contains("1.1 Numériser les dossiers", "Les archives sont numérisées ; la formation continue.")
                    .anyMatch(text -> text.contains("70 %"));
        }

        // presented: read-only, and council members read it
        context.clearCookies();
        signInAs("conseiller");
        visit("/plans/" + planId + "/evaluations");
        assertThat(page.locator(".evaluation-list")).containsText("Présentée au Conseil");
    }

    @Test
    void theDemoHasLastYearsEvaluationPresentedAndThisYearsInPreparation() {
        long demo = jdbc.sql("select id from plan where title = 'Programme Stratégique Transversal 2025-2030'")
                .query(Long.class).single();
        int lastYear = java.time.LocalDate.now().getYear() - 1;
        signInAs("conseiller");
        visit("/plans/" + demo + "/evaluations");
        assertThat(page.locator(".evaluation-list")).containsText("Évaluation annuelle du PST " + lastYear);
        assertThat(page.locator(".evaluation-list")).containsText("Présentée au Conseil");
        assertThat(page.locator(".evaluation-list")).not().containsText("En préparation");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Évaluation annuelle du PST " + lastYear))
                .click();
        assertThat(page.locator("section:has(#titre-ajustements)")).containsText(
                "Remplacer l’achat par une mutualisation avec la Commune");
        assertThat(page.locator("form[action*='/elements/']")).hasCount(0);
        assertAccessible();
        screenshot("evaluation-presented");

        context.clearCookies();
        signInAs("dg");
        visit("/plans/" + demo + "/evaluations");
        assertThat(page.locator(".evaluation-list")).containsText("En préparation");
        // this year's evaluation says what moved since last year's, and which of its decisions were carried out
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Évaluation annuelle du PST "
                + (lastYear + 1))).click();
        Locator since = page.locator("section:has(#titre-precedente)");
        assertThat(since.locator("h2")).hasText("Depuis l’évaluation annuelle " + lastYear);
        assertThat(since).containsText("Remplacer l’achat par une mutualisation avec la Commune");
        assertThat(since).containsText("(pas encore appliquée au plan)");
        assertAccessible();
    }
}
