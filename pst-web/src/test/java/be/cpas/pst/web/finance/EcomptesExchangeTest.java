package be.cpas.pst.web.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import be.cpas.pst.domain.finance.AccountingFile;
import be.cpas.pst.domain.finance.AccountingImport;
import be.cpas.pst.domain.finance.ExecutionImport;
import be.cpas.pst.domain.shared.RuleViolation;
import be.cpas.pst.persistence.planfile.PlanImporter;
import be.cpas.pst.persistence.testsupport.RealPostgres;
import be.cpas.pst.reporting.ecomptes.EcomptesReader;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Document;

/**
 * The exchange with eComptes on a plan of its own: the export follows the format's schema and says what the format
 * says (CPAS, INS code, statuses, progress, identifiers), keeps internal notes at home; what eComptes sends back is
 * previewed, then applied all or nothing.
 */
@SpringBootTest(properties = "pst.demo=true")
@AutoConfigureMockMvc
@RealPostgres
class EcomptesExchangeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanImporter importer;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    be.cpas.pst.persistence.planfile.PlanExporter exporter;

    private long planId;

    @BeforeEach
    void plan() {
        planId = importer.importPlan("""
                {"format": "pst-plan", "version": 1,
                 "organisation": {"nom": "CPAS d’Échange %d", "codeIns": "57081"},
                 "plan": {"titre": "PST à échanger", "debut": 2025, "fin": 2030, "statut": "adopte"},
                 "vocabulaires": {"services": ["Service social"], "partenaires": ["FOREM", "ALE"],
                                  "personnes": [{"nom": "Marie Dupont", "fonction": "Cheffe du service social",
                                                 "civilite": "madame", "prenom": "Marie", "nomDeFamille": "Dupont",
                                                 "telephone": "071 12 34 56"},
                                                {"nom": "Le président"}],
                                  "etats": [{"libelle": "En cours", "categorie": "en-cours"},
                                            {"libelle": "Terminé", "categorie": "termine"},
                                            {"libelle": "Suspendu", "categorie": "suspendu"},
                                            {"libelle": "Abandonné", "categorie": "abandonne"}]},
                 "volets": [{"intitule": "Volet interne", "objectifs": [
                  {"code": "1", "intitule": "Gouvernance", "objectifsOperationnels": [
                   {"code": "1.1", "intitule": "Numérique", "actions": [
                    {"code": "1.1.1", "intitule": "Logiciel", "etat": "Terminé", "avancement": 100,
                     "responsable": "Marie Dupont",
                     "noteInterne": "SECRET-INTERNE", "services": ["Service social"],
                     "partenaires": ["FOREM", "ALE"], "budget": [
                      {"montant": 3000, "recurrence": "annuel", "service": "ordinaire", "article": "12101/123-13",
                       "suivi": [{"annee": 2026, "inscrit": 2500, "engage": 1000, "impute": 400}]}]},
                    {"code": "1.1.2", "intitule": "Salle", "etat": "Suspendu", "motifEtat": "En attente du permis",
                     "responsable": "Le président"},
                    {"code": "1.1.3", "intitule": "Ancien projet", "etat": "Abandonné", "motifEtat": "Plus utile"}]}]}]}]}
                """.formatted(System.nanoTime()).getBytes(StandardCharsets.UTF_8)).planId();
    }

    private long node(String code) {
        return jdbc.sql("select id from plan_node where plan_id = ? and code = ?").param(planId).param(code)
                .query(Long.class).single();
    }

    private byte[] exported(int year) throws Exception {
        MvcResult result = mvc.perform(get("/plans/" + planId + "/suivi-financier/ecomptes.xml?exercice=" + year)
                .with(user(users.loadUserByUsername("df")))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsByteArray();
    }

    private static String xpath(byte[] xml, String expression) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml));
        XPath path = XPathFactory.newInstance().newXPath();
        return path.evaluate(expression, document);
    }

    @Test
    void theExportFollowsTheFormatsSchemaAndSaysWhatTheFormatSays() throws Exception {
        byte[] xml = exported(2026);

        EcomptesReader.validate(xml, EcomptesReader.IMPORT_SCHEMA);
        assertThat(xpath(xml, "/dataroot/Identifiants/TypeAdmin")).isEqualTo("CPAS");
        assertThat(xpath(xml, "/dataroot/Identifiants/INS")).isEqualTo("57081");
        assertThat(xpath(xml, "/dataroot/Identifiants/Version")).isEqualTo("201805V1");
        assertThat(xpath(xml, "/dataroot/Identifiants/Exercice")).isEqualTo("2026");
        assertThat(xpath(xml, "/dataroot/PST/DescriptionPST/IdPST")).isEqualTo("PST-" + planId);
        assertThat(xpath(xml, "count(//Volet)")).isEqualTo("1");
        assertThat(xpath(xml, "count(//Action)")).isEqualTo("3");
        String done = "//Action[@ElementId='E" + node("1.1.1") + "']";
        assertThat(xpath(xml, done + "/Statut")).isEqualTo("TERMINE");
        assertThat(xpath(xml, done + "/TauxAvancement")).isEqualTo("100");
        assertThat(xpath(xml, done + "/Departement")).isEqualTo("Service social");
        assertThat(xpath(xml, done + "/Partenaires/Partenaire[2]")).isEqualTo("ALE");
        assertThat(xpath(xml, done + "/Responsable/Civilite")).isEqualTo("MADAME");
        assertThat(xpath(xml, done + "/Responsable/Nom")).isEqualTo("Dupont");
        assertThat(xpath(xml, done + "/Responsable/Prenom")).isEqualTo("Marie");
        assertThat(xpath(xml, done + "/Responsable/Tel")).isEqualTo("071 12 34 56");
        // a responsable the plan knows only by a name is not given to the accounting: the format needs the identity
        assertThat(xpath(xml, "count(//Action[@ElementId='E" + node("1.1.2") + "']/Responsable)")).isEqualTo("0");
        assertThat(xpath(xml, done + "/@Exercice")).isEqualTo("2026");
        assertThat(xpath(xml, "//Action[@ElementId='E" + node("1.1.2") + "']/Statut")).isEqualTo("EN_ATTENTE");
        assertThat(xpath(xml, "//Action[@ElementId='E" + node("1.1.2") + "']/RemarqueStatut/Valeur"))
                .isEqualTo("En attente du permis");
        assertThat(xpath(xml, "//Action[@ElementId='E" + node("1.1.3") + "']/Statut")).isEqualTo("ANNULE_ABANDONNE");
        assertThat(new String(xml, StandardCharsets.UTF_8)).doesNotContain("SECRET-INTERNE");
    }

    @Test
    void withoutAnInsCodeTheExportSaysWhatIsMissing() throws Exception {
        jdbc.sql("update organisation set ins_code = null where id = (select organisation_id from plan where id = ?)")
                .param(planId).update();

        MvcResult result = mvc.perform(get("/plans/" + planId + "/suivi-financier/ecomptes.xml")
                .with(user(users.loadUserByUsername("df")))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString()).contains("Le code INS de l’organisation manque");
    }

    @Test
    void whatEcomptesSendsBackIsPreviewedThenAppliedAllOrNothing() throws Exception {
        long action = node("1.1.1");
        long objective = node("1.1");
        byte[] answer = EcomptesAnswer.to(exported(2026), Map.of(
                "E" + action, "<Articles>"
                        + EcomptesAnswer.article(2026, "O", "D", "12101/123-13", "Frais informatiques", "3200.00")
                        + EcomptesAnswer.article(2026, "O", "R", "12101/465-01", "Subside numérique", "1500")
                        + "</Articles><Projections><Projection><Service>O</Service><Type>D</Type>"
                        + "<GroupeEco>12</GroupeEco><Libelle>Fonctionnement</Libelle><Exercices>"
                        + "<Exercice Valeur=\"2027\"><Montant>3300</Montant></Exercice>"
                        + "<Exercice Valeur=\"2028\"><Montant>3400</Montant></Exercice>"
                        + "</Exercices></Projection></Projections>",
                "E" + objective, "<Articles>"
                        + EcomptesAnswer.article(2026, "O", "D", "12101/124-02", "Fournitures", "100")
                        + "</Articles><Projections/>"));
        MockHttpSession session = new MockHttpSession();

        MvcResult preview = mvc.perform(multipart("/plans/" + planId + "/suivi-financier/ecomptes/apercu")
                .file(new MockMultipartFile("fichier", "ecomptes.xml", "application/xml", answer)).session(session)
                .with(csrf()).with(user(users.loadUserByUsername("df")))).andReturn();

        assertThat(preview.getResponse().getStatus()).isEqualTo(200);
        AccountingImport.Preview seen = (AccountingImport.Preview) preview.getModelAndView().getModel().get("preview");
        assertThat(seen.count(AccountingImport.Outcome.CHANGED)).isEqualTo(1);
        assertThat(seen.count(AccountingImport.Outcome.NEW_LINE)).as("a recette and two projections").isEqualTo(3);
        assertThat(seen.count(AccountingImport.Outcome.NOT_WORK)).isEqualTo(1);
        assertThat(lines(action)).as("nothing saved by the preview").isEqualTo(1);
        String token = (String) preview.getModelAndView().getModel().get("token");

        // someone changes the plan between the preview and the apply: nothing is applied
        jdbc.sql("update plan set title = title where id = ?").param(planId).update();
        MvcResult late = mvc.perform(post("/plans/" + planId + "/suivi-financier/ecomptes/appliquer")
                .param("token", token).param("revision", String.valueOf(seen.revision())).session(session)
                .with(csrf()).with(user(users.loadUserByUsername("df")))).andReturn();
        assertThat(late.getResponse().getContentAsString()).contains("Le plan a changé depuis l’aperçu");
        assertThat(inscribed2026(action, "12101/123-13")).isEqualByComparingTo("2500");

        preview = mvc.perform(multipart("/plans/" + planId + "/suivi-financier/ecomptes/apercu")
                .file(new MockMultipartFile("fichier", "ecomptes.xml", "application/xml", answer)).session(session)
                .with(csrf()).with(user(users.loadUserByUsername("df")))).andReturn();
        seen = (AccountingImport.Preview) preview.getModelAndView().getModel().get("preview");
        MvcResult applied = mvc.perform(post("/plans/" + planId + "/suivi-financier/ecomptes/appliquer")
                .param("token", (String) preview.getModelAndView().getModel().get("token"))
                .param("revision", String.valueOf(seen.revision())).session(session)
                .with(csrf()).with(user(users.loadUserByUsername("df")))).andReturn();

        assertThat(applied.getResponse().getStatus()).isEqualTo(302);
        assertThat(inscribed2026(action, "12101/123-13")).isEqualByComparingTo("3200");
        assertThat(jdbc.sql("select committed from budget_follow_up f join budget_line l on l.id = f.budget_line_id "
                + "where l.node_id = ? and l.budget_article = '12101/123-13' and f.budget_year = 2026").param(action)
                .query(BigDecimal.class).single()).as("the DF's other figures are kept").isEqualByComparingTo("1000");
        assertThat(jdbc.sql("select flow || ' ' || article_label || ' ' || budget_service from budget_line "
                + "where node_id = ? and budget_article = '12101/465-01'").param(action).query(String.class).single())
                .isEqualTo("REVENUE Subside numérique ORDINARY");
        assertThat(inscribed2026(action, "12101/465-01")).isEqualByComparingTo("1500");
        assertThat(jdbc.sql("select string_agg(budget_year || ':' || amount, ' ' order by budget_year) "
                + "from budget_projection where node_id = ?").param(action).query(String.class).single())
                .isEqualTo("2027:3300.00 2028:3400.00");
        assertThat(jdbc.sql("select count(*) from budget_line where node_id = ?").param(objective)
                .query(Long.class).single()).isZero();

        // the DF reads them on the follow-up page, per year with their total, and they travel in the plan file
        org.jsoup.nodes.Element projections = org.jsoup.Jsoup.parse(mvc.perform(get("/plans/" + planId
                + "/suivi-financier").with(user(users.loadUserByUsername("df")))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).selectFirst("#projections");
        assertThat(projections.select("thead th").eachText()).containsExactly("Projet ou action · groupe économique",
                "2027", "2028", "Total");
        assertThat(projections.select("tbody th").text()).contains("1.1.1 Logiciel", "12", "Fonctionnement");
        assertThat(projections.select("tfoot td").eachText()).containsExactly("3.300,00 €", "3.400,00 €",
                "6.700,00 €");
        String planFile = new String(exporter.exportPlan(planId), StandardCharsets.UTF_8);
        assertThat(planFile).contains("\"projections\"", "\"groupe\" : \"12\"", "\"exercice\" : 2028");
        assertThat(jdbc.sql("select count(*) from audit_event where plan_id = ? and entity_type = 'BudgetFollowUp'")
                .param(planId).query(Long.class).single()).as("audited like any change").isPositive();
    }

    @Test
    void aFileThatIsNotEcomptesOrNotThisPlansIsRefusedAndNothingIsRead() throws Exception {
        assertThatThrownBy(() -> EcomptesReader.read("<dataroot><Identifiants/></dataroot>"
                .getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("ecomptes.file.invalid"));
        assertThatThrownBy(() -> EcomptesReader.read(("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM "
                + "\"file:///etc/passwd\">]><dataroot>&e;</dataroot>").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("ecomptes.file.invalid"));

        byte[] answer = EcomptesAnswer.to(exported(2026), Map.of());
        AccountingFile read = EcomptesReader.read(answer);
        assertThat(read.planReference()).isEqualTo("PST-" + planId);
        MvcResult other = mvc.perform(multipart("/plans/" + otherPlan() + "/suivi-financier/ecomptes/apercu")
                .file(new MockMultipartFile("fichier", "ecomptes.xml", "application/xml", answer))
                .with(csrf()).with(user(users.loadUserByUsername("df")))).andReturn();
        assertThat(other.getResponse().getContentAsString()).contains("Ce fichier concerne un autre PST (PST-" + planId);

        byte[] negative = EcomptesAnswer.to(exported(2026), Map.of("E" + node("1.1.1"), "<Articles>"
                + EcomptesAnswer.article(2026, "O", "D", "12101/123-13", "Frais", "-10") + "</Articles><Projections/>"));
        MvcResult refused = mvc.perform(multipart("/plans/" + planId + "/suivi-financier/ecomptes/apercu")
                .file(new MockMultipartFile("fichier", "ecomptes.xml", "application/xml", negative))
                .with(csrf()).with(user(users.loadUserByUsername("df")))).andReturn();
        AccountingImport.Preview preview = (AccountingImport.Preview) refused.getModelAndView().getModel()
                .get("preview");
        assertThat(preview.count(AccountingImport.Outcome.REFUSED)).isEqualTo(1);
        assertThat(preview.applicable()).isFalse();
        assertThat(refused.getResponse().getContentAsString()).contains("montant négatif");
    }

    @Test
    void executionFiguresFromAnotherAccountingArePreviewedRowByRowThenApplied() throws Exception {
        long action = node("1.1.1");
        String bad = "\uFEFFArticle;Année;Engagé;Imputé\r\n"
                + "12101/123-13;2026;1.500,50;700\r\n"
                + "99999/999-99;2026;10;\r\n"
                + "12101/123-13;2027;douze;\r\n";
        MockHttpSession session = new MockHttpSession();
        MvcResult refused = executionPreview(bad.getBytes(StandardCharsets.UTF_8), "execution.csv", session);
        ExecutionImport.Preview preview = (ExecutionImport.Preview) refused.getModelAndView().getModel()
                .get("preview");
        assertThat(preview.changes()).extracting(change -> change.row().number() + " " + change.outcome() + " "
                + change.refusal()).containsExactly("2 CHANGED null", "3 REFUSED execution.refusal.noLine",
                "4 REFUSED execution.refusal.amount");
        assertThat(preview.applicable()).isFalse();
        assertThat(refused.getResponse().getContentAsString()).contains("aucune ligne budgétaire du plan ne porte");

        // the same figures from a workbook, numbers as numbers
        byte[] workbook;
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = book.createSheet("Exécution");
            var header = sheet.createRow(0);
            String[] names = {"Exercice", "Code", "Article budgétaire", "Engagé", "Imputé"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(2026);
            row.createCell(1).setCellValue("1.1.1");
            row.createCell(2).setCellValue("12101/123-13");
            row.createCell(3).setCellValue(1500.5);
            row.createCell(4).setCellValue(700);
            var out = new java.io.ByteArrayOutputStream();
            book.write(out);
            workbook = out.toByteArray();
        }
        MvcResult good = executionPreview(workbook, "execution.xlsx", session);
        preview = (ExecutionImport.Preview) good.getModelAndView().getModel().get("preview");
        assertThat(preview.applicable()).isTrue();
        assertThat(inscribed2026(action, "12101/123-13")).isEqualByComparingTo("2500");
        mvc.perform(post("/plans/" + planId + "/suivi-financier/execution/appliquer")
                .param("token", (String) good.getModelAndView().getModel().get("token"))
                .param("revision", String.valueOf(preview.revision())).session(session)
                .with(csrf()).with(user(users.loadUserByUsername("df"))));

        assertThat(jdbc.sql("select inscribed || ' ' || committed || ' ' || charged from budget_follow_up f "
                + "join budget_line l on l.id = f.budget_line_id where l.node_id = ? and f.budget_year = 2026")
                .param(action).query(String.class).single()).as("an empty cell keeps the stored figure")
                .isEqualTo("2500.00 1500.50 700.00");
    }

    private MvcResult executionPreview(byte[] content, String name, MockHttpSession session) throws Exception {
        return mvc.perform(multipart("/plans/" + planId + "/suivi-financier/execution/apercu")
                .file(new MockMultipartFile("tableau", name, "application/octet-stream", content)).session(session)
                .with(csrf()).with(user(users.loadUserByUsername("df")))).andReturn();
    }

    private long otherPlan() {
        return jdbc.sql("select min(id) from plan where id <> ?").param(planId).query(Long.class).single();
    }

    private long lines(long nodeId) {
        return jdbc.sql("select count(*) from budget_line where node_id = ?").param(nodeId).query(Long.class)
                .single();
    }

    private BigDecimal inscribed2026(long nodeId, String article) {
        return jdbc.sql("select f.inscribed from budget_follow_up f join budget_line l on l.id = f.budget_line_id "
                + "where l.node_id = ? and l.budget_article = ? and f.budget_year = 2026").param(nodeId)
                .param(article).query(BigDecimal.class).single();
    }
}
