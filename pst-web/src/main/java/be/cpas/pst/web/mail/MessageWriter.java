package be.cpas.pst.web.mail;

import be.cpas.pst.domain.account.Account;
import be.cpas.pst.domain.mail.MailMessage;
import be.cpas.pst.domain.mail.Outbox;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Writes a message to one person, in French, as HTML (real headings, links that say where they go) with its
 * plain-text part, and records it in the outbox once for its reason. Links are absolute, from {@code pst.public-url}.
 */
@Component
public class MessageWriter {

    private static final Locale BELGIUM = Locale.forLanguageTag("fr-BE");

    private final Outbox outbox;
    private final ObjectProvider<SpringTemplateEngine> templates;
    private final ApplicationContext application;
    private final String publicUrl;

    MessageWriter(Outbox outbox, ObjectProvider<SpringTemplateEngine> templates, ApplicationContext application,
            @Value("${pst.public-url:http://localhost:8080}") String publicUrl) {
        this.outbox = outbox;
        this.templates = templates;
        this.application = application;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** A line of a message: what it is about, the address it links to (absolute), a note after it (or none). */
    public record Line(String label, String url, String note) {
    }

    /**
     * What a message says.
     *
     * @param heading the heading of the list of lines
     * @param linkText the text of the closing link (to "Mes actions", the dashboard…), {@code linkUrl} its address
     * @param optional whether the person may turn this kind of message off: the message then says where
     */
    public record Letter(String reasonKey, String reason, Long campaignId, Account to, String organisation,
            String subject, String title, String greeting, String intro, String message, String heading,
            List<Line> lines, String linkText, String linkUrl, boolean optional, String optionalText,
            String signature) {
    }

    /** The application's address as recipients open it, for the links. */
    public String url(String path) {
        return publicUrl + path;
    }

    /** Records the message unless one was recorded for the same reason, or the person has no address. */
    @Transactional
    public boolean record(Letter letter) {
        if (letter.to() == null || !letter.to().isActive() || letter.to().getEmail() == null) {
            return false;
        }
        return outbox.record(new MailMessage.Draft(letter.reasonKey(), letter.reason(), letter.campaignId(),
                letter.to().getId(), letter.to().getEmail(), letter.subject(), html(letter), plain(letter)));
    }

    private String html(Letter letter) {
        Context context = new Context(BELGIUM, Map.of("letter", letter, "preferences", url("/compte/notifications")));
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        return templates.getObject().process("mail/message", context);
    }

    private String plain(Letter letter) {
        StringBuilder text = new StringBuilder();
        text.append(letter.greeting()).append("\n\n").append(letter.intro()).append("\n\n");
        if (letter.message() != null) {
            text.append(letter.message()).append("\n\n");
        }
        text.append(letter.heading()).append("\n");
        for (Line line : letter.lines()) {
            text.append("- ").append(line.label()).append(line.note() == null ? "" : " " + line.note()).append("\n  ")
                    .append(line.url()).append("\n");
        }
        text.append("\n").append(letter.linkText()).append(" : ").append(letter.linkUrl()).append("\n\n");
        if (letter.optional()) {
            text.append(letter.optionalText()).append(" : ").append(url("/compte/notifications")).append("\n\n");
        }
        text.append(letter.signature()).append("\n");
        return text.toString();
    }
}
