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
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who writes what in an evaluation, in the browser: the responsable of an action comments on it, its pilote evaluates
 * it, the DG presents the evaluation to the council and then corrects it with an erratum; the report (page, tagged
 * PDF, DOCX) carries all three, and what was presented does not change.
 */
class EvaluationWritingBrowserTest extends BrowserTestSupport {

    @Autowired
    PlanImporter importer;
    @Autowired
    JdbcClient jdbc;

    private long planId;
    private long action;
    private long otherAction;
    private long operational;

    @BeforeEach
    void planWithAPiloteAndAResponsable() {
        planId = importer.importPlan("""
                {"format": "pst-plan", "version": 1, "organisation": {"nom": "CPAS de la Rédaction %d"},
                 "plan": {"titre": "PST rédigé à plusieurs", "debut": 2025, "fin": 2030, "statut": "adopte"},
                 "vocabulaires": {"etats": [{"libelle": "En cours", "categorie": "en-cours"},
                                            {"libelle": "Terminé", "categorie": "termine"}],
                                  "personnes": [{"nom": "Agente rédactrice"}, {"nom": "Pilote rédacteur"}]},
                 "objectifs": [{"code": "1", "intitule": "Un accueil de qualité", "objectifsOperationnels": [
                   {"code": "1.1", "intitule": "Ouvrir un guichet unique", "pilote": "Pilote rédacteur", "actions": [
                     {"code": "1.1.1", "intitule": "Aménager le guichet", "etat": "En cours", "avancement": 60,
                      "pilote": "Pilote rédacteur", "responsable": "Agente rédactrice",
                      "synergie": {"statut": "existante", "details": "Guichet partagé avec la Commune"}},
                     {"code": "1.1.2", "intitule": "Former l’équipe d’accueil", "etat": "Terminé",
                      "avancement": 100}]}]}]}
                """.formatted(System.nanoTime()).getBytes(StandardCharsets.UTF_8)).planId();
        link("Agente rédactrice", "agent");
        link("Pilote rédacteur", "codir");
        action = node("1.1.1");
        otherAction = node("1.1.2");
        operational = node("1.1");
    }

    /** The demo accounts follow their own plan again: other tests count what they follow. */
    @AfterEach
    void unlinkThePeople() {
        jdbc.sql("update person set account_id = null where plan_id = ?").param(planId).update();
    }

    @Test
    void theResponsableCommentsThePiloteEvaluatesAndTheDgCorrectsAfterTheCouncil() throws Exception {
        signInAs("dg");
        visit("/plans/" + planId + "/evaluations");
        // the plan words its appreciation scale its own way and leaves out a level it does not use
        for (String level : List.of("Atteint", "En bonne voie", "À renforcer", "Non atteint")) {
            page.getByLabel("Niveau « " + level + " » employé").uncheck();
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer l’échelle")).click();
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Gardez au moins deux niveaux");
        for (String level : List.of("Atteint", "En bonne voie", "À renforcer", "Non atteint")) {
            page.getByLabel("Niveau « " + level + " » employé").check();
        }
        page.getByLabel("Niveau « Sans objet » employé").uncheck();
        page.getByLabel("Formulation du niveau « À renforcer »").fill("À consolider");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer l’échelle")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("L’échelle d’appréciation du plan a été enregistrée.");
        assertThat(page.getByLabel("Formulation du niveau « À renforcer »")).hasValue("À consolider");
        assertAccessible();
        page.getByLabel("Année évaluée").selectOption("2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ouvrir l’évaluation")).click();
        assertThat(page.locator("h1")).hasText("Évaluation annuelle du PST 2026");
        String evaluation = page.url().replaceAll("^https?://[^/]+", "").replaceAll("[?#].*$", "");

        // the responsable finds her action at the top of the evaluation, and only hers
        context.clearCookies();
        signInAs("agent");
        visit("/mes-actions");
        Locator notice = page.locator(".notice").filter(new Locator.FilterOptions().setHasText("PST rédigé à plusieurs"));
        assertThat(notice).containsText("Évaluation annuelle du PST 2026 (PST rédigé à plusieurs) : en préparation.");
        notice.getByRole(AriaRole.LINK).click();
        org.assertj.core.api.Assertions.assertThat(page.url()).endsWith(evaluation);
        Locator mine = page.locator("section:has(#titre-a-ecrire)");
        assertThat(mine).containsText("1.1.1 Aménager le guichet (à commenter)");
        assertThat(mine).not().containsText("1.1.2");
        assertThat(page.getByLabel("Appréciation")).hasCount(0);
        assertAccessible();
        mine.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("1.1.1 Aménager le guichet")).click();
        assertThat(page.locator("h1")).hasText("1.1.1 Aménager le guichet");
        assertThat(page.locator(".evaluation")).containsText("État : En cours ; avancement 60 %");
        assertThat(page.getByLabel("Appréciation")).hasCount(0);
        page.getByLabel("Commentaire du responsable").fill("Le mobilier arrive en janvier ; il manque un écran.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer mon commentaire")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Votre commentaire a été enregistré.");
        assertThat(page.locator(".report__comment")).containsText("Commentaire du responsable, Assistant social (démo)");
        assertThat(page.locator(".report__comment")).containsText("Le mobilier arrive en janvier ; il manque un écran.");
        assertAccessible();
        screenshot("evaluation-element");
        // another action is hers to read, not to write
        visit(evaluation + "/elements/" + otherAction);
        assertThat(page.locator("form[action$='/commentaire']")).hasCount(0);
        assertThat(page.locator(".evaluation")).containsText("seuls le pilote, le responsable et le directeur général");

        // the pilote reads the comment and evaluates the action
        context.clearCookies();
        signInAs("codir");
        visit(evaluation + "/elements/" + action);
        assertThat(page.locator(".report__comment")).containsText("il manque un écran");
        assertThat(page.locator("form[action$='/commentaire']")).hasCount(0);
        assertThat(page.getByLabel("Appréciation").locator("option")).hasText(new String[] {"—", "Atteint",
                "En bonne voie", "À consolider", "Non atteint"});
        page.getByLabel("Appréciation").selectOption(new SelectOption().setLabel("En bonne voie"));
        page.getByLabel("Texte de l’évaluation").fill("Le guichet ouvrira au printemps, l’écran est commandé.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                "Enregistrer l’évaluation de « 1.1.1 Aménager le guichet »")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText(
                "L’évaluation de ce projet ou de cette action a été enregistrée.");
        assertThat(page.locator(".report__assessment")).containsText("En bonne voie");
        // its synergy with the commune is reviewed on the same page, for the report's synergy chapter
        page.getByLabel("Revue de cette synergie Commune/CPAS").fill("Le guichet est commun depuis septembre.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la revue de la synergie"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("La revue de cette synergie a été enregistrée.");
        assertAccessible();

        // the DG sees both under the OO, validates, presents, and corrects with an erratum
        context.clearCookies();
        signInAs("dg");
        visit(evaluation);
        Locator work = page.locator("section.report__work:has(#element-titre-" + action + ")");
        assertThat(work).containsText("Le guichet ouvrira au printemps, l’écran est commandé.");
        assertThat(work).containsText("Le mobilier arrive en janvier ; il manque un écran.");
        Locator synergies = page.locator("section:has(#titre-synergies)");
        assertThat(synergies.locator("h3")).hasText("Synergies « Existante » (1)");
        assertThat(synergies).containsText("1.1.1 Aménager le guichet — Guichet partagé avec la Commune");
        assertThat(synergies).containsText("Le guichet est commun depuis septembre.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider l’évaluation (CODIR)")).click();
        page.getByLabel("Présentée au Conseil le").fill(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        page.getByLabel("Référence de la délibération").fill("Délibération n° 2026/140");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la présentation au Conseil"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("La présentation au Conseil a été enregistrée");

        page.getByText("Ajouter un erratum").click();
        page.getByLabel("Ce que l’erratum corrige").selectOption(new SelectOption().setLabel("1.1 Ouvrir un guichet unique"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter l’erratum")).click();
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Écrivez la correction.");
        assertThat(page.getByLabel("Ce que l’erratum corrige")).hasValue(String.valueOf(operational));
        org.assertj.core.api.Assertions.assertThat(errata()).isZero();
        page.getByLabel("Correction", new Page.GetByLabelOptions().setExact(true))
                .fill("Le guichet ouvrira en avril, pas en mars.");
        page.getByLabel("Motif (facultatif)").fill("Date du marché de mobilier confirmée après la séance");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter l’erratum")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("L’erratum a été ajouté au rapport.");
        org.assertj.core.api.Assertions.assertThat(errata()).isEqualTo(1);
        assertThat(page.locator("section:has(#titre-errata)")).containsText("1.1 Ouvrir un guichet unique");
        assertThat(page.locator("#element-" + operational + " .erratum")).containsText(
                "Le guichet ouvrira en avril, pas en mars.");
        // the text the council received is as it was: the evaluation itself is read-only
        assertThat(page.locator("form[action$='/elements/" + action + "']")).hasCount(0);
        assertAccessible();
        visit(evaluation + "/elements/" + action);
        assertThat(page.locator("form[action$='/commentaire']")).hasCount(0);
        assertThat(page.getByLabel("Appréciation")).hasCount(0);
        assertThat(page.locator("section:has(#titre-synergie)")).containsText("Le guichet est commun depuis septembre.");

        visit(evaluation);
        Download pdf = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Rapport en PDF")).click());
        try (PDDocument document = Loader.loadPDF(pdf.path().toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            org.assertj.core.api.Assertions.assertThat(text)
                    .contains("Errata").contains("Le guichet ouvrira en avril, pas en mars.")
                    .contains("Motif : Date du marché de mobilier confirmée après la séance")
                    .contains("Le guichet ouvrira au printemps, l’écran est commandé.")
                    .contains("Le mobilier arrive en janvier ; il manque un écran.")
                    .contains("Synergies « Existante » (1)").contains("Le guichet est commun depuis septembre.");
            // tagged for screen readers, in French, titled, every font embedded
            org.assertj.core.api.Assertions.assertThat(document.getDocumentCatalog().getMarkInfo().isMarked())
                    .isTrue();
            org.assertj.core.api.Assertions.assertThat(document.getDocumentCatalog().getStructureTreeRoot())
                    .isNotNull();
            org.assertj.core.api.Assertions.assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr");
            org.assertj.core.api.Assertions.assertThat(document.getDocumentInformation().getTitle())
                    .startsWith("Évaluation annuelle du PST 2026");
            for (PDPage onePage : document.getPages()) {
                for (var name : onePage.getResources().getFontNames()) {
                    PDFont font = onePage.getResources().getFont(name);
                    org.assertj.core.api.Assertions.assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
        Download docx = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Rapport en Word (DOCX)")).click());
        try (InputStream in = Files.newInputStream(docx.path()); XWPFDocument document = new XWPFDocument(in)) {
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            org.assertj.core.api.Assertions.assertThat(paragraphs).contains("Errata",
                    "Le guichet ouvrira en avril, pas en mars.", "1.1.1 Aménager le guichet",
                    "Le guichet ouvrira au printemps, l’écran est commandé.",
                    "Le mobilier arrive en janvier ; il manque un écran.", "Synergies « Existante » (1)",
                    "Le guichet est commun depuis septembre.");
            XWPFParagraph heading = document.getParagraphs().stream()
                    .filter(p -> p.getText().equals("1.1.1 Aménager le guichet")).findFirst().orElseThrow();
            org.assertj.core.api.Assertions.assertThat(heading.getStyleID()).isEqualTo("Heading4");
        }
        // published with the PST, the report reaches anyone: the texts, never the names of the people
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier avec le PST")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("publiée");
        String evaluationId = evaluation.substring(evaluation.lastIndexOf('/') + 1);
        String origin = page.url().replaceAll("^(https?://[^/]+).*$", "$1");
        context.clearCookies();
        com.microsoft.playwright.APIResponse published = page.request().get(origin + "/pst/" + planId
                + "/evaluations/" + evaluationId + "/rapport.pdf");
        org.assertj.core.api.Assertions.assertThat(published.status()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(published.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            org.assertj.core.api.Assertions.assertThat(text)
                    .contains("Le mobilier arrive en janvier ; il manque un écran.")
                    .contains("Le guichet ouvrira en avril, pas en mars.")
                    .doesNotContain("Assistant social").doesNotContain("Directrice générale");
        }
    }

    private int errata() {
        return jdbc.sql("select count(*) from evaluation_erratum e join evaluation v on v.id = e.evaluation_id "
                + "where v.plan_id = ?").param(planId).query(Integer.class).single();
    }

    private long node(String code) {
        return jdbc.sql("select id from plan_node where plan_id = ? and code = ?").param(planId).param(code)
                .query(Long.class).single();
    }

    private void link(String person, String username) {
        jdbc.sql("""
                update person set account_id = (select id from account where username = ?)
                where plan_id = ? and name = ?""").param(username).param(planId).param(person).update();
    }
}
