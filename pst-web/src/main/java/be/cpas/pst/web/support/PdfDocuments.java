package be.cpas.pst.web.support;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * openhtmltopdf: the template is drawn by Thymeleaf, read by jsoup into a DOM, laid out for A4 by its own print CSS.
 */
@Component
public class PdfDocuments {

    private static final Locale BELGIUM = Locale.forLanguageTag("fr-BE");

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

    /** The PDF of a template drawn with these variables; {@code title} becomes the document's title. */
    public byte[] pdf(String template, Map<String, Object> variables) {
        Context context = new Context(BELGIUM, variables);
        // a printed document has no links into the application (and no web context to build them)
        context.setVariable("print", true);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, conversions.getIfAvailable()));
        String html = templates.getObject().process(template, context);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
