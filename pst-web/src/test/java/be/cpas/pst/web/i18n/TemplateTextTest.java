package be.cpas.pst.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import be.cpas.pst.domain.access.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every text a person reads comes from {@code i18n/messages.properties}: a template may not carry a literal text, and
 * every message key a template names must exist.
 */
class TemplateTextTest {

    private static final Path TEMPLATES = Paths.get("src/main/resources/templates");
    /** Text that needs no translation: punctuation, symbols, digits. */
    private static final Pattern NEUTRAL = Pattern.compile("[\\p{Punct}\\p{S}\\p{N}\\s·…–—’«»]*");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");
    private static final List<String> TEXT_ATTRIBUTES = List.of("title", "alt", "placeholder", "aria-label",
            "aria-description", "label");

    private static Properties messages;
    private static List<Path> templates;

    @BeforeAll
    static void load() throws IOException {
        messages = new Properties();
        try (InputStream in = TemplateTextTest.class.getResourceAsStream("/i18n/messages.properties");
                Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            templates = files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void templatesHoldNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path template : templates) {
            Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
            for (Element element : document.getAllElements()) {
                if (replacesItsText(element) || "script".equals(element.tagName())
                        || "style".equals(element.tagName())) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    if (!NEUTRAL.matcher(text.text()).matches()) {
                        literals.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> \""
                                + text.text().strip() + "\"");
                    }
                }
                for (Attribute attribute : element.attributes()) {
                    if (TEXT_ATTRIBUTES.contains(attribute.getKey())
                            && !NEUTRAL.matcher(attribute.getValue()).matches()) {
                        literals.add(TEMPLATES.relativize(template) + ": " + attribute.getKey() + "=\""
                                + attribute.getValue() + "\"");
                    }
                }
            }
        }
        assertThat(literals).as("literal texts in templates; use th:text=\"#{key}\"").isEmpty();
    }

    private static boolean replacesItsText(Element element) {
        return element.hasAttr("th:text") || element.hasAttr("th:utext") || element.hasAttr("th:replace")
                || element.hasAttr("th:insert");
    }

    @Test
    void everyMessageKeyUsedByATemplateExists() throws IOException {
        TreeSet<String> missing = new TreeSet<>();
        for (Path template : templates) {
            Matcher keys = MESSAGE_KEY.matcher(Files.readString(template));
            while (keys.find()) {
                if (!messages.containsKey(keys.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + keys.group(1));
                }
            }
        }
        assertThat(missing).as("message keys missing from i18n/messages.properties").isEmpty();
    }

    @Test
    void keysBuiltFromEnumsExist() {
        for (Role role : Role.values()) {
            assertThat(messages).containsKey("role." + role.name());
        }
    }

    @Test
    void theCheckFindsALiteralWhenThereIsOne() {
        Document document = Jsoup.parse("<p>Bonjour <span th:text=\"#{x}\">ignoré</span> · 12</p>", "",
                Parser.xmlParser());
        Element paragraph = document.selectFirst("p");

        assertThat(paragraph.textNodes()).anyMatch(text -> !NEUTRAL.matcher(text.text()).matches());
        assertThat(replacesItsText(document.selectFirst("span"))).isTrue();
    }
}
