package be.cpas.pst.web.support;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Documents printed to PDF from a page template (the same French texts, formatters and figures as the page), with
 * openhtmltopdf: the template is drawn by Thymeleaf into a temporary file (never one string in memory), read by jsoup
 * into a DOM, laid out for A4 by its own print CSS and written straight to where it goes.
 *
 * <p>Every PDF is tagged for accessibility (PDF/UA: headings, tables, lists and reading order a screen reader
 * follows; the title and the language of the page), which asks for embedded fonts: the DejaVu family, whose glyphs
 * cover French, is embedded as subsets. Inline SVG (the report's charts) is drawn as vector graphics.
 */
@Component
public class PdfDocuments {

    private static final Locale BELGIUM = Locale.forLanguageTag("fr-BE");
    /** The family the print templates ask for. */
    public static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private final ObjectProvider<SpringTemplateEngine> templates;
    private final ApplicationContext application;
    private final ObjectProvider<ConversionService> conversions;

    /**
     * The template engine and the forms' conversion service exist only in the web application, not on the command
     * line.
     */
    public PdfDocuments(ObjectProvider<SpringTemplateEngine> templates, ApplicationContext application,
            @Qualifier("mvcConversionService") ObjectProvider<ConversionService> conversions) {
        this.templates = templates;
        this.application = application;
        this.conversions = conversions;
    }

    /** The PDF of a template drawn with these variables, in memory (for what is kept in a cache). */
    public byte[] pdf(String template, Map<String, Object> variables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf(template, variables, out);
        return out.toByteArray();
    }

    /** The PDF of a template drawn with these variables, written to {@code out} as it is produced. */
    public void pdf(String template, Map<String, Object> variables, OutputStream out) {
        Context context = new Context(BELGIUM, variables);
        // a printed document has no links into the application (and no web context to build them)
        context.setVariable("print", true);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, conversions.getIfAvailable()));
        Path html = null;
        try {
            html = Files.createTempFile("pst-document-", ".html");
            try (Writer writer = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
                templates.getObject().process(template, context, writer);
            }
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessbility(true);
            builder.useSVGDrawer(new BatikSVGDrawer());
            font(builder, "DejaVuSans.ttf", 400, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "DejaVuSans-Bold.ttf", 700, BaseRendererBuilder.FontStyle.NORMAL);
            font(builder, "DejaVuSans-Oblique.ttf", 400, BaseRendererBuilder.FontStyle.ITALIC);
            font(builder, "DejaVuSans-BoldOblique.ttf", 700, BaseRendererBuilder.FontStyle.ITALIC);
            builder.withProducer("PST");
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html.toFile(), "UTF-8")), "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (html != null) {
                try {
                    Files.deleteIfExists(html);
                } catch (IOException e) {
                    html.toFile().deleteOnExit();
                }
            }
        }
    }

    /**
     * One face of the family, also under the generic names: a tagged PDF may not fall back to the fonts a reader
     * lends, so whatever asks for "serif" or "monospace" (a browser default, the charts' text) gets DejaVu too.
     */
    private static void font(PdfRendererBuilder builder, String file, int weight,
            BaseRendererBuilder.FontStyle style) {
        for (String family : new String[] {FONT_FAMILY, "sans-serif", "serif", "monospace"}) {
            builder.useFont(() -> {
                InputStream font = PdfDocuments.class.getResourceAsStream(FONTS + file);
                if (font == null) {
                    throw new IllegalStateException("Font missing from the class path: " + file);
                }
                return font;
            }, family, weight, style, true);
        }
    }
}
