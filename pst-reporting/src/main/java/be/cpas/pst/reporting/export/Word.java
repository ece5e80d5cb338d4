package be.cpas.pst.reporting.export;

import java.math.BigInteger;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** The few shapes the Word documents are written with: real headings (for the outline and screen readers), paragraphs. */
public final class Word {

    private static final Locale BELGIUM = Locale.forLanguageTag("fr-BE");

    private Word() {
    }

    /**
     * A heading of the document's outline (level 1 to 4), in Word's own heading style: its table of contents, its
     * navigation pane and screen readers find it.
     */
    public static void heading(XWPFDocument document, String value, int level) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(headingStyle(document, level));
        XWPFRun run = paragraph.createRun();
        run.setText(value);
    }

    /**
     * The style "heading N" (id HeadingN), added to the document the first time it is used: a new document has no
     * style, and a paragraph naming a style that does not exist is a plain paragraph to Word.
     */
    private static String headingStyle(XWPFDocument document, int level) {
        String id = "Heading" + level;
        XWPFStyles styles = document.getStyles() == null ? document.createStyles() : document.getStyles();
        if (!styles.styleExist(id)) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId(id);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("heading " + level);
            style.addNewQFormat();
            style.addNewUiPriority().setVal(BigInteger.valueOf(9));
            CTPPrGeneral paragraph = style.addNewPPr();
            paragraph.addNewKeepNext();
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
            paragraph.addNewSpacing().setBefore(BigInteger.valueOf(level == 1 ? 360 : 240));
            CTRPr run = style.addNewRPr();
            run.addNewB();
            run.addNewSz().setVal(BigInteger.valueOf(level == 1 ? 32 : level == 2 ? 26 : level == 3 ? 22 : 20));
            run.addNewColor().setVal("1F3A5F");
            styles.addStyle(new XWPFStyle(style, styles));
        }
        return id;
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
