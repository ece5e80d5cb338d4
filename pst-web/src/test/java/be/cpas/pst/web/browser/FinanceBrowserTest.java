package be.cpas.pst.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import be.cpas.pst.persistence.planfile.PlanImporter;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The directeur financier follows the plan's money on one page, enters a year for several lines at once (a
 * concurrent save is never erased), and exports the follow-up to a workbook whose totals are the page's.
 */
class FinanceBrowserTest extends BrowserTestSupport {

    @Autowired
    PlanImporter importer;
    @Autowired
    JdbcClient jdbc;

    private long planId;

    /** A plan of its own: three actions, four lines, figures for 2026. */
    @BeforeEach
    void plan() {
        planId = importer.importPlan("""
                {"format": "pst-plan", "version": 1,
                 "organisation": {"nom": "CPAS des Finances %d", "codeIns": "25123"},
                 "plan": {"titre": "Plan des finances", "debut": 2025, "fin": 2030, "statut": "brouillon"},
                 "vocabulaires": {"etats": [{"libelle": "En cours", "categorie": "en-cours"}],
                                  "personnes": [{"nom": "Marie Dupont", "fonction": "Cheffe du service social"}]},
                 "objectifs": [
                  {"code": "1", "intitule": "Gouvernance", "objectifsOperationnels": [
                   {"code": "1.1", "intitule": "Numérique", "actions": [
                    {"code": "1.1.1", "intitule": "Logiciel de gestion", "etat": "En cours",
                     "responsable": "Marie Dupont", "budget": [
                     {"montant": 3000, "recurrence": "annuel", "service": "ordinaire", "article": "12101/123-13",
                      "libelleArticle": "Frais informatiques", "financement": "fonds-propres",
                      "suivi": [{"annee": 2026, "inscritInitial": 2500, "inscrit": 3000, "engage": 1200,
                                 "impute": 800}]}]},
                    {"code": "1.1.2", "intitule": "Salle de réunion", "etat": "En cours", "budget": [
                     {"montant": 5000, "montantMax": 10000, "annee": 2026, "service": "extraordinaire",
                      "article": "84010/723-60", "libelleArticle": "Aménagement de bâtiments",
                      "financement": "emprunt",
                      "suivi": [{"annee": 2026, "inscrit": 8000, "engage": 9500.50}]}]}]}]},
                  {"code": "2", "intitule": "Action sociale", "objectifsOperationnels": [
                   {"code": "2.1", "intitule": "Insertion", "actions": [
                    {"code": "2.1.1", "intitule": "Mises à l’emploi", "etat": "En cours", "budget": [
                     {"montant": 30000, "recurrence": "annuel", "service": "ordinaire",
                      "financement": "subside", "pouvoirSubsidiant": "Région wallonne"},
                     {"montant": 1000, "annee": 2026, "service": "ordinaire", "article": "12101/123-13",
                      "libelleArticle": "Frais informatiques", "financement": "fonds-propres"}]}]}]}]}
                """.formatted(System.nanoTime()).getBytes(StandardCharsets.UTF_8)).planId();
    }

    private long line(String article, String action) {
        return jdbc.sql("""
                select l.id from budget_line l join plan_node n on n.id = l.node_id
                where n.plan_id = ? and n.title = ? and l.budget_article is not distinct from ?""")
                .param(planId).param(action).param(article).query(Long.class).single();
    }

    private String figures2026(long lineId) {
        return jdbc.sql("""
                select coalesce(initial_credit::text, '-') || ' ' || coalesce(inscribed::text, '-') || ' '
                       || coalesce(committed::text, '-') || ' ' || coalesce(charged::text, '-') || ' v' || version
                from budget_follow_up where budget_line_id = ? and budget_year = 2026""")
                .param(lineId).query(String.class).optional().orElse("none");
    }

    @Test
    void theDfReadsTheMoneyOfTheYearWithItsSignalsAndTotals() {
        signInAs("df");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Suivi financier").setExact(true)).click();
        assertThat(page.locator("h1")).containsText("Suivi financier de la mandature");
        assertAccessible();

        visit("/plans/" + planId + "/suivi-financier?annee=2026");
        assertThat(page.locator("h1")).hasText("Suivi financier de l’année 2026");
        Locator total = page.locator("table:has(caption:text('Par objectif')) tfoot tr");
        // planned 3.000 + 10.000 (a range counts for its maximum) + 30.000 + 1.000; inscribed 3.000 + 8.000
        assertThat(total).containsText("44.000,00 €");
        assertThat(total).containsText("11.000,00 €");
        assertThat(total).containsText("10.700,50 €");
        assertThat(total).containsText("299,50 €");
        screenshot("finance-year");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("engagé au-delà des crédits inscrits"))
                .click();
        assertThat(page.locator("#titre-lignes")).hasText("Lignes budgétaires (1)");
        assertThat(page.locator(".finance__lines tbody")).containsText("Salle de réunion");
        assertAccessible();

        visit("/plans/" + planId + "/suivi-financier?annee=2026&signal=subside-non-inscrit");
        assertThat(page.locator(".finance__lines tbody")).containsText("Mises à l’emploi");
        assertThat(page.locator(".finance__lines tbody tr")).hasCount(1);

        visit("/plans/" + planId + "/suivi-financier?annee=2026");
        page.locator("table:has(caption:text('Par article'))").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("12101/123-13")).click();
        assertThat(page.locator("#titre-lignes")).hasText("Lignes budgétaires (2)");
        assertThat(page.locator("table:has(caption:text('Par objectif')) tfoot tr")).containsText("4.000,00 €");
    }

    @Test
    void theDfEntersAYearForSeveralLinesAndNothingIsLostOrOverwritten() {
        long software = line("12101/123-13", "Logiciel de gestion");
        long room = line("84010/723-60", "Salle de réunion");
        long subsidy = line(null, "Mises à l’emploi");
        long licences = line("12101/123-13", "Mises à l’emploi");
        String roomBefore = figures2026(room);
        signInAs("df");
        visit("/plans/" + planId + "/suivi-financier?annee=2026");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Saisir l’année 2026")).click();
        assertThat(page.locator("h1")).hasText("Saisie du suivi financier 2026");
        assertAccessible();
        assertThat(page.locator("#committed-" + software)).hasValue("1.200");

        page.locator("#committed-" + software).fill("1.500");
        page.locator("#inscribed-" + subsidy).fill("30.000");
        page.locator("#committed-" + licences).fill("abc");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le suivi 2026")).click();
        assertThat(page.locator("#committed-" + licences + "-erreur")).containsText("Nombre illisible");
        assertThat(page.locator("#committed-" + licences)).hasValue("abc");
        assertThat(page.locator("#committed-" + software)).hasValue("1.500");
        org.assertj.core.api.Assertions.assertThat(figures2026(software)).isEqualTo("2500.00 3000.00 1200.00 800.00 v0");
        org.assertj.core.api.Assertions.assertThat(figures2026(subsidy)).isEqualTo("none");
        assertAccessible();

        page.locator("#committed-" + licences).fill("250,50");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le suivi 2026")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Le suivi financier de l’année a été enregistré.");
        org.assertj.core.api.Assertions.assertThat(figures2026(software)).isEqualTo("2500.00 3000.00 1500.00 800.00 v1");
        org.assertj.core.api.Assertions.assertThat(figures2026(subsidy)).isEqualTo("- 30000.00 - - v0");
        org.assertj.core.api.Assertions.assertThat(figures2026(licences)).isEqualTo("- - 250.50 - v0");
        org.assertj.core.api.Assertions.assertThat(figures2026(room)).as("a line left as it was is not saved")
                .isEqualTo(roomBefore);

        // someone saves the software line while the DF's page is open: the DF's save is refused, nothing is lost
        jdbc.sql("update budget_follow_up set committed = 1700, version = version + 1 where budget_line_id = ? "
                + "and budget_year = 2026").param(software).update();
        page.locator("#committed-" + software).fill("1.600");
        page.locator("#charged-" + room).fill("4.000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le suivi 2026")).click();
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Quelqu’un a enregistré certaines de ces lignes");
        assertThat(page.locator("#ligne-" + software)).containsText("Enregistré entre-temps : budget initial 2.500,00 €, "
                + "inscrit 3.000,00 €, engagé 1.700,00 €, imputé 800,00 €.");
        assertThat(page.locator("#committed-" + software)).hasValue("1.600");
        assertThat(page.locator("#charged-" + room)).hasValue("4.000");
        org.assertj.core.api.Assertions.assertThat(figures2026(software)).isEqualTo("2500.00 3000.00 1700.00 800.00 v2");
        org.assertj.core.api.Assertions.assertThat(figures2026(room)).as("all or nothing").isEqualTo(roomBefore);
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le suivi 2026")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Le suivi financier de l’année a été enregistré.");
        org.assertj.core.api.Assertions.assertThat(figures2026(software)).isEqualTo("2500.00 3000.00 1600.00 800.00 v3");
        org.assertj.core.api.Assertions.assertThat(figures2026(room)).startsWith("- 8000.00 9500.50 4000.00");
        screenshot("finance-grid");
    }

    @Test
    void theWorkbookHasThePagesTotalsAsFormulas() throws Exception {
        signInAs("df");
        visit("/plans/" + planId + "/suivi-financier?annee=2026");
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Exporter en Excel (XLSX)")).click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).startsWith("pst-suivi-financier-2026");

        try (InputStream in = Files.newInputStream(download.path()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            org.assertj.core.api.Assertions.assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Lignes");
            org.assertj.core.api.Assertions.assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            Sheet lines = workbook.getSheet("Lignes");
            Row header = lines.getRow(0);
            Row total = lines.getRow(lines.getLastRowNum());
            org.assertj.core.api.Assertions.assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Total");
            org.assertj.core.api.Assertions.assertThat(lines.getLastRowNum()).as("four lines and the total")
                    .isEqualTo(5);
            int planned = column(header, "Prévu au PST");
            int committed = column(header, "Engagé");
            int remaining = column(header, "Disponible");
            org.assertj.core.api.Assertions.assertThat(total.getCell(committed).getCellFormula())
                    .isEqualTo("SUM(" + letter(committed) + "2:" + letter(committed) + "5)");
            org.assertj.core.api.Assertions.assertThat(evaluator.evaluate(total.getCell(planned)).getNumberValue())
                    .isEqualTo(44000.0);
            org.assertj.core.api.Assertions.assertThat(evaluator.evaluate(total.getCell(committed)).getNumberValue())
                    .isEqualTo(10700.5);
            org.assertj.core.api.Assertions.assertThat(evaluator.evaluate(total.getCell(remaining)).getNumberValue())
                    .isEqualTo(299.5);
            org.assertj.core.api.Assertions.assertThat(total.getCell(committed).getCellStyle().getDataFormatString())
                    .contains("€");
            org.assertj.core.api.Assertions.assertThat(lines.getPaneInformation().getHorizontalSplitPosition())
                    .isEqualTo((short) 1);
            org.assertj.core.api.Assertions.assertThat(lines.getPrintSetup().getLandscape()).isTrue();
            org.assertj.core.api.Assertions.assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) lines).getCTWorksheet()
                    .isSetAutoFilter()).isTrue();

            Sheet articles = workbook.getSheet("Par article");
            Row software = articles.getRow(1);
            org.assertj.core.api.Assertions.assertThat(software.getCell(0).getStringCellValue()).isEqualTo("12101/123-13");
            org.assertj.core.api.Assertions.assertThat(evaluator.evaluate(software.getCell(column(articles.getRow(0),
                    "Prévu au PST"))).getNumberValue()).isEqualTo(4000.0);
        }
        String pageTotal = page.locator("table:has(caption:text('Par objectif')) tfoot tr td").nth(3).textContent();
        org.assertj.core.api.Assertions.assertThat(pageTotal).isEqualTo("10.700,50 €");
    }

    @Test
    void theDgGivesAResponsableTheIdentityTheAccountingAsksFor() throws Exception {
        signInAs("dg");
        visit("/plans/" + planId + "/vocabulaires");
        Locator entry = page.locator("#personnes .vocabulary-entry")
                .filter(new Locator.FilterOptions().setHas(page.locator("input[value='Marie Dupont']")));
        entry.locator("summary").click();
        entry.getByLabel("Civilité").selectOption("MADAME");
        entry.getByLabel("Prénom").fill("Marie");
        entry.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer")).click();

        assertThat(page.locator("#personnes [role=alert]")).containsText("vont ensemble");
        assertThat(entry.getByLabel("Prénom")).hasValue("Marie");
        assertAccessible();
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                select count(*) from person where plan_id = ? and civility is not null""").param(planId)
                .query(Long.class).single()).as("nothing saved").isZero();

        entry.getByLabel("Nom de famille").fill("Dupont");
        entry.getByLabel("Téléphone").fill("071 12 34 56");
        entry.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Le vocabulaire a été enregistré");
        screenshot("person-identity");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter")).click();
        signInAs("df");
        visit("/plans/" + planId + "/suivi-financier/ecomptes");
        page.getByLabel("Exercice").selectOption("2026");
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Télécharger le fichier pour eComptes")).click());
        String xml = Files.readString(download.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(xml).contains("<Responsable><Civilite>MADAME</Civilite>"
                + "<Nom>Dupont</Nom><Prenom>Marie</Prenom><Tel>071 12 34 56</Tel><eMail></eMail></Responsable>");
    }

    @Test
    void theDfExportsThePlanForEcomptesAndAppliesWhatEcomptesSendsBack() throws Exception {
        long software = jdbc.sql("select id from plan_node where plan_id = ? and code = '1.1.1'").param(planId)
                .query(Long.class).single();
        signInAs("df");
        visit("/plans/" + planId + "/suivi-financier");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Échange avec eComptes")).click();
        assertThat(page.locator("h1")).hasText("Échange avec eComptes");
        assertAccessible();
        page.getByLabel("Exercice").selectOption("2026");
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Télécharger le fichier pour eComptes")).click());
        byte[] exported = Files.readAllBytes(download.path());
        be.cpas.pst.reporting.ecomptes.EcomptesReader.validate(exported,
                be.cpas.pst.reporting.ecomptes.EcomptesReader.IMPORT_SCHEMA);

        byte[] answer = be.cpas.pst.web.finance.EcomptesAnswer.to(exported, java.util.Map.of("E" + software,
                "<Articles>" + be.cpas.pst.web.finance.EcomptesAnswer.article(2026, "O", "D", "12101/124-02",
                        "Fournitures informatiques", "750") + "</Articles><Projections/>"));
        page.getByLabel("Fichier d’eComptes (XML)").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                "ecomptes-2026.xml", "application/xml", answer));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voir l’aperçu du fichier eComptes"))
                .click();
        assertThat(page.locator("h1")).hasText("Aperçu : ecomptes-2026.xml");
        assertThat(page.locator("table:has(caption:text('Articles budgétaires')) tbody")).containsText("Nouvelle ligne");
        assertAccessible();
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from budget_line where node_id = ?")
                .param(software).query(Long.class).single()).as("nothing saved by the preview").isEqualTo(1);
        screenshot("ecomptes-preview");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Appliquer ces changements")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Le fichier d’eComptes a été appliqué");
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("""
                select l.budget_article || ' ' || f.inscribed from budget_line l
                join budget_follow_up f on f.budget_line_id = l.id and f.budget_year = 2026
                where l.node_id = ? and l.budget_article = '12101/124-02'""").param(software).query(String.class)
                .single()).isEqualTo("12101/124-02 750.00");

        // a table from another accounting: each row previewed with its number, a bad one refused with its reason
        visit("/plans/" + planId + "/suivi-financier/ecomptes");
        page.getByLabel("Tableau des chiffres d’exécution (CSV ou XLSX)").setInputFiles(
                new com.microsoft.playwright.options.FilePayload("execution.csv", "text/csv",
                        "article;année;engagé\n84010/723-60;2026;9.600\n84010/723-60;2026;abc\n"
                                .getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Voir l’aperçu du tableau")).click();
        assertThat(page.locator("h1")).hasText("Aperçu : execution.csv");
        assertThat(page.locator("tbody tr").nth(1)).containsText("montant illisible");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Appliquer ces changements")))
                .hasCount(0);
        assertAccessible();
    }

    @Test
    void theDfWritesHisReportAndHandsItOutAsPdfAndWord() throws Exception {
        signInAs("df");
        visit("/plans/" + planId + "/suivi-financier");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rapport financier sur le PST")).click();
        page.getByLabel("Année budgétaire").selectOption("2026");
        page.getByLabel("Rapport", new Page.GetByLabelOptions().setExact(true)).selectOption("mi-mandature");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afficher")).click();
        assertThat(page.locator("h1")).hasText(
                "Rapport financier sur le PST à mi-mandature — évolution jusqu’à l’exercice 2026");
        assertAccessible();
        page.getByLabel("Rédiger ou corriger le commentaire").fill(
                "Les crédits du numérique sont inscrits.\nLa salle attend une modification budgétaire.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le commentaire")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Le commentaire du rapport financier a été enregistré.");
        assertThat(page.locator("#titre-commentaire ~ p").nth(1)).hasText("La salle attend une modification budgétaire.");
        Locator byYear = page.locator("table:has(caption:text('Dépenses par année'))");
        // the yearly lines plan 3.000 + 30.000 in 2025; 2026 adds the room (10.000) and the licences (1.000)
        assertThat(byYear.locator("tbody tr").nth(0)).containsText("33.000,00 €");
        assertThat(byYear.locator("tbody tr").nth(1)).containsText("44.000,00 €");
        assertThat(byYear.locator("tfoot")).containsText("77.000,00 €");
        assertAccessible();
        screenshot("financial-report");

        Download pdf = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Télécharger en PDF")).click());
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(
                pdf.path().toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            org.assertj.core.api.Assertions.assertThat(text).contains("La salle attend une modification budgétaire.")
                    .contains("77.000,00 €").contains("Depuis le début de la mandature");
        }
        Download docx = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Télécharger en Word (DOCX)")).click());
        try (InputStream in = Files.newInputStream(docx.path());
                org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            org.assertj.core.api.Assertions.assertThat(document.getParagraphs().get(0).getText())
                    .isEqualTo("Rapport financier sur le PST à mi-mandature — évolution jusqu’à l’exercice 2026");
            org.assertj.core.api.Assertions.assertThat(document.getParagraphs().stream()
                    .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText))
                    .contains("Les crédits du numérique sont inscrits.");
            var years = document.getTables().get(1);
            org.assertj.core.api.Assertions.assertThat(years.getRow(years.getNumberOfRows() - 1).getCell(1).getText())
                    .isEqualTo("77.000,00 €");
        }
    }

    private static int column(Row header, String name) {
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if (name.equals(header.getCell(c).getStringCellValue())) {
                return c;
            }
        }
        throw new AssertionError("No column " + name);
    }

    private static String letter(int column) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(column);
    }
}
