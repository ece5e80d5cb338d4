package be.cpas.pst.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import be.cpas.pst.domain.access.Role;
import be.cpas.pst.domain.audit.AuditSearch;
import be.cpas.pst.domain.indicator.IndicatorStatus;
import be.cpas.pst.domain.plan.PlanStatus;
import be.cpas.pst.domain.plan.SwotQuadrant;
import be.cpas.pst.domain.planning.BudgetRecurrence;
import be.cpas.pst.domain.planning.BudgetService;
import be.cpas.pst.domain.planning.CostBasis;
import be.cpas.pst.domain.planning.Financing;
import be.cpas.pst.domain.planning.IndicatorDirection;
import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.planning.SynergyStatus;
import be.cpas.pst.domain.planning.VoletScope;
import be.cpas.pst.domain.progress.Rollup;
import be.cpas.pst.domain.vocabulary.StateCategory;
import be.cpas.pst.reporting.figures.WorkSelector;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Every message key a template builds at run time ({@code #{'node.kind.' + ${kind.name()}}}) exists for every
     * value it can be built from: enums, ODD and enjeu numbers, audited types, and the drill-down lists' kinds.
     */
    @Test
    void keysBuiltAtRunTimeExistForEveryValue() {
        List<String> missing = new ArrayList<>();
        Map<String, List<? extends Enum<?>>> enums = new LinkedHashMap<>();
        enums.put("role.", List.of(Role.values()));
        enums.put("node.kind.", List.of(NodeKind.values()));
        enums.put("node.kind.plural.", List.of(NodeKind.values()));
        enums.put("synergy.", List.of(SynergyStatus.values()));
        enums.put("scope.", List.of(VoletScope.values()));
        enums.put("rollup.basis.", List.of(Rollup.Basis.values()));
        enums.put("plan.status.", List.of(PlanStatus.values()));
        enums.put("indicators.direction.", List.of(IndicatorDirection.values()));
        enums.put("indicator.status.", List.of(IndicatorStatus.values()));
        enums.put("dashboard.category.", List.of(StateCategory.values()));
        enums.put("context.swot.", List.of(SwotQuadrant.values()));
        enums.put("budget.service.", List.of(BudgetService.values()));
        enums.put("budget.recurrence.", List.of(BudgetRecurrence.values()));
        enums.put("budget.financing.", List.of(Financing.values()));
        enums.put("budget.costBasis.", List.of(CostBasis.values()));
        enums.forEach((prefix, values) -> values.stream().map(value -> prefix + value.name())
                .filter(key -> !messages.containsKey(key)).forEach(missing::add));
        for (int number = 1; number <= 17; number++) {
            check("sdg." + number, missing);
        }
        for (int number = 1; number <= 4; number++) {
            check("enjeu." + number, missing);
        }
        AuditSearch.TYPES.forEach(type -> check("audit.type." + type, missing));
        List.of("CREATE", "UPDATE", "DELETE").forEach(action -> check("audit.action." + action, missing));
        List<WorkSelector> lists = List.of(WorkSelector.ALL, WorkSelector.LATE, WorkSelector.STALE,
                WorkSelector.DUE_SOON, WorkSelector.STOPPED, new WorkSelector.DueWithin(30),
                new WorkSelector.DueWithin(90), new WorkSelector.WithPriority(1L), new WorkSelector.WithPriority(null),
                new WorkSelector.ServingSdg(1), new WorkSelector.ServingEnjeu(1));
        for (WorkSelector list : lists) {
            check("dashboard.list." + list.kind(), missing);
        }
        for (StateCategory category : StateCategory.values()) {
            check("dashboard.list." + new WorkSelector.InCategory(category).kind(), missing);
        }
        assertThat(missing).as("message keys built at run time, missing from i18n/messages.properties").isEmpty();
    }

    private static void check(String key, List<String> missing) {
        if (!messages.containsKey(key)) {
            missing.add(key);
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
