package be.cpas.pst.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the CODIR prints, measured on Chromium's own PDF of the demo plan: the dashboard is an A4 landscape handout
 * that says when it was drawn, whose every page carries content (never a title alone or one row); a fiche fits in two
 * pages; the plan prints as a document with every element and its description, and no button or form.
 */
class PrintBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    private long planId;

    @BeforeEach
    void demoPlan() {
        planId = jdbc.sql("select min(id) from plan where status = 'ADOPTED'").query(Long.class).single();
        signInAs("dg");
    }

    /** The page as Chromium prints it, one text per printed page. */
    private List<String> printed(String path) throws IOException {
        visit(path);
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        byte[] pdf = page.pdf(new Page.PdfOptions().setPreferCSSPageSize(true).setFormat("A4"));
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int number = 1; number <= document.getNumberOfPages(); number++) {
                stripper.setStartPage(number);
                stripper.setEndPage(number);
                pages.add(stripper.getText(document));
            }
            if (!pages.isEmpty()) {
                float width = document.getPage(0).getMediaBox().getWidth();
                float height = document.getPage(0).getMediaBox().getHeight();
                pages.set(0, (width > height ? "[paysage]" : "[portrait]") + "\n" + pages.get(0));
            }
        }
        return pages;
    }

    private static long lines(String text) {
        return text.lines().filter(line -> !line.isBlank()).count();
    }

    @Test
    void theDashboardPrintsAsALandscapeHandoutWithContentOnEveryPage() throws IOException {
        List<String> pages = printed("/plans/" + planId + "/tableau-de-bord");

        assertThat(pages.get(0)).startsWith("[paysage]").contains("Situation au", "En un coup d’œil");
        assertThat(pages).as("every page carries more than a title or one row")
                .allSatisfy(text -> assertThat(lines(text)).isGreaterThan(6));
        // (how many pages depends on what the other tests added to the demo plan: each must carry content)
        assertThat(String.join("\n", pages)).doesNotContain("Filtrer", "Se déconnecter")
                .doesNotContainPattern("\\d,\\d{2}\\s*\\n€");
    }

    @Test
    void aFichePrintsInAtMostTwoPortraitPagesWithoutItsForms() throws IOException {
        long action = jdbc.sql("""
                select n.id from plan_node n where n.plan_id = ? and n.kind = 'ACTION'
                order by (select count(*) from progress_entry e where e.node_id = n.id) desc, n.id limit 1""")
                .param(planId).query(Long.class).single();

        List<String> pages = printed("/plans/" + planId + "/elements/" + action);

        assertThat(pages).hasSizeLessThanOrEqualTo(2);
        assertThat(pages.get(0)).startsWith("[portrait]");
        assertThat(String.join("\n", pages)).contains("Journal de suivi")
                .doesNotContain("Mettre à jour l’avancement", "Modifier la fiche", "Historique des modifications");
    }

    @Test
    void thePlanPrintsAsADocumentWithEveryElementAndItsDescription() throws IOException {
        List<String> pages = printed("/plans/" + planId + "/document");
        // as a reader sees it: lines joined, a word broken at its hyphen made whole again
        String all = String.join("\n", pages).replaceAll("\\s+", " ").replace("- ", "-");

        List<String> titles = jdbc.sql("select title from plan_node where plan_id = ? order by id").param(planId)
                .query(String.class).list();
        assertThat(titles).allSatisfy(title -> assertThat(all)
                .contains(title.replaceAll("\\s+", " ").replace("- ", "-")));
        String description = jdbc.sql("""
                select regexp_replace(description, '<[^>]+>', '', 'g') from plan_node
                where plan_id = ? and kind = 'STRATEGIC_OBJECTIVE' and description is not null order by id limit 1""")
                .param(planId).query(String.class).single();
        assertThat(all).contains(description.strip().substring(0, 40));
        assertThat(all).contains("Situation au").doesNotContain("Modifier la fiche", "Filtrer", "Se déconnecter");
        long objectives = jdbc.sql("select count(*) from plan_node where plan_id = ? and kind = 'STRATEGIC_OBJECTIVE'")
                .param(planId).query(Long.class).single();
        assertThat(pages).as("each strategic objective starts a page").hasSizeGreaterThanOrEqualTo((int) objectives);
        assertThat(pages).allSatisfy(text -> assertThat(lines(text)).isGreaterThan(3));
    }
}
