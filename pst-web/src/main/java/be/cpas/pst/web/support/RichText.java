package be.cpas.pst.web.support;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * The small HTML subset of descriptions and context texts (paragraphs, bold, italics, lists, links), cleaned by the
 * OWASP sanitizer before it reaches a page: whatever a file or a form carried, no script, style or attribute other
 * than a link's address survives. Templates call {@code @richText.safe(...)}.
 */
@Component("richText")
public class RichText {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "ul", "ol", "li", "a")
            .allowUrlProtocols("https", "http", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    public String safe(String html) {
        return html == null ? "" : POLICY.sanitize(html);
    }
}
