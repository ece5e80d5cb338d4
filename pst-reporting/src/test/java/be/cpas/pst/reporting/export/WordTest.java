package be.cpas.pst.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;

/** The Word documents' headings are Word's own heading styles, which its table of contents and outline read. */
class WordTest {

    @Test
    void headingsCarryWordsHeadingStylesWithTheirOutlineLevel() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            Word.heading(document, "Évaluation annuelle du PST 2026", 1);
            Word.paragraph(document, "Chiffres arrêtés au 31/12/2026.", false);
            Word.heading(document, "1 Une administration efficace", 2);
            Word.heading(document, "1.1 Numériser les dossiers", 3);
            Word.heading(document, "1.1.1 Scanner les archives", 4);
            Word.heading(document, "2 Un CPAS proche", 2);
            document.write(out);
        }
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(read.getParagraphs()).extracting(p -> p.getStyleID())
                    .containsExactly("Heading1", null, "Heading2", "Heading3", "Heading4", "Heading2");
            for (int level = 1; level <= 4; level++) {
                XWPFStyle style = read.getStyles().getStyle("Heading" + level);
                assertThat(style).as("style of level " + level).isNotNull();
                assertThat(style.getName()).isEqualTo("heading " + level);
                assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(level - 1);
            }
        }
    }
}
