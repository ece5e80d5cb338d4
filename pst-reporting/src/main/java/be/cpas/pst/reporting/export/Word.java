package be.cpas.pst.reporting.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** The few shapes the Word documents are written with: real headings (for the outline and screen readers), paragraphs. */
public final class Word {

    private static final Locale BELGIUM = Locale.forLanguageTag("fr-BE");

    private Word() {
    }

    /** A heading of the document's outline (level 1 to 3). */
    public static void heading(XWPFDocument document, String value, int level) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle("Heading" + level);
        XWPFRun run = paragraph.createRun();
        run.setBold(true);
        run.setFontSize(level == 1 ? 16 : level == 2 ? 13 : 11);
        run.setText(value);
    }

    public static void paragraph(XWPFDocument document, String value, boolean bold) {
        XWPFRun run = document.createParagraph().createRun();
        run.setBold(bold);
        run.setText(value);
    }

    /** A text of several lines as as many paragraphs; {@code whenEmpty} (if any) when there is no text. */
    public static void paragraphs(XWPFDocument document, String text, String whenEmpty) {
        if (text == null || text.isBlank()) {
            if (whenEmpty != null) {
                paragraph(document, whenEmpty, false);
            }
            return;
        }
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                paragraph(document, line.strip(), false);
            }
        }
    }

    /** A message of the application's bundle with its arguments, the Belgian way. */
    public static String format(Function<String, String> text, String key, Object... arguments) {
        return new MessageFormat(text.apply(key), BELGIUM).format(arguments);
    }
}
