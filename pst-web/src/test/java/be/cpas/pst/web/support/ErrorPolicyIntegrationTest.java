package be.cpas.pst.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.cpas.pst.persistence.planfile.PlanImporter;
import be.cpas.pst.persistence.testsupport.RealPostgres;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The one error policy, tried the way an attacker or a clumsy hand would: every id-taking route with an unknown id
 * and with another plan's id answers the French 404 page; every form of the DG's and the administrator's pages,
 * sent with a NUL byte, with a text over its limit, and with unreadable numbers, answers with a French refusal and
 * saves nothing; duplicates and simultaneous saves are refused in French. Never a server error.
 */
@SpringBootTest(properties = "pst.demo=true")
@AutoConfigureMockMvc
@RealPostgres
class ErrorPolicyIntegrationTest {

    private static final String UNKNOWN = "999999";
    private static final List<String> TEXT_TYPES = List.of("text", "search", "email", "url", "tel", "password",
            "number", "date");

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    UserDetailsService users;
    @Autowired
    PlanImporter importer;
    @Autowired
    JdbcClient jdbc;

    private long planId;
    private long actionId;
    private long foreignPlanId;
    private long foreignActionId;

    @BeforeEach
    void data() {
        planId = jdbc.sql("select min(id) from plan where status = 'ADOPTED'").query(Long.class).single();
        actionId = jdbc.sql("select min(id) from plan_node where plan_id = ? and kind = 'ACTION'").param(planId)
                .query(Long.class).single();
        foreignPlanId = importer.importPlan("""
                {"format": "pst-plan", "version": 1, "organisation": {"nom": "CPAS de La Bruyère"},
                 "plan": {"titre": "Plan d'un autre mandat", "debut": 2031, "fin": 2036, "statut": "brouillon"},
                 "objectifs": [{"code": "9", "intitule": "OS étranger", "objectifsOperationnels": [
                     {"code": "9.1", "intitule": "OO étranger", "actions": [{"intitule": "Action étrangère"}]}]}]}
                """.getBytes(StandardCharsets.UTF_8)).planId();
        foreignActionId = jdbc.sql("select id from plan_node where plan_id = ? and kind = 'ACTION'")
                .param(foreignPlanId).query(Long.class).single();
    }

    @Test
    void everyIdTakingRouteAnswersNotFoundForAnUnknownOrAForeignId() throws Exception {
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (String route : routes()) {
            String[] parts = route.split(" ", 2);
            String pattern = parts[1];
            if (!pattern.matches(".*\\{(planId|nodeId|lineId|stepId|indicatorId|entryId|accountId)}.*")) {
                continue;
            }
            Set<String> paths = new LinkedHashSet<>();
            paths.add(fill(pattern, UNKNOWN, UNKNOWN));
            if (pattern.contains("{nodeId}")) {
                paths.add(fill(pattern, String.valueOf(planId), String.valueOf(foreignActionId)));
            }
            if (pattern.matches(".*\\{(lineId|stepId|indicatorId|entryId)}.*")) {
                paths.add(fill(pattern, String.valueOf(planId), String.valueOf(actionId)));
            }
            for (String path : paths) {
                tried++;
                String username = pattern.startsWith("/admin") ? "admin" : "dg";
                MockHttpServletResponse response = send(parts[0], path, Map.of(), username);
                if (response.getStatus() == 302 && "GET".equals(parts[0])) {
                    // a page that sends a script-less reader to the full page: that page is the answer
                    response = send("GET", response.getRedirectedUrl(), Map.of(), username);
                }
                if (response.getStatus() != 404) {
                    wrong.add(route + " → " + path + " answered " + response.getStatus());
                } else {
                    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(path)
                            .contains("Page introuvable", "CPAS de La Bruyère", "Se déconnecter");
                }
            }
        }
        assertThat(tried).as("id-taking routes tried").isGreaterThan(40);
        assertThat(wrong).isEmpty();
    }

    /** The DG's and the administrator's pages that hold forms, each with who reads it. */
    private Map<String, String> pagesWithForms() {
        Map<String, String> pages = new LinkedHashMap<>();
        String plan = "/plans/" + planId;
        String action = plan + "/elements/" + actionId;
        long oo = jdbc.sql("select parent_id from plan_node where id = ?").param(actionId).query(Long.class).single();
        for (String path : List.of(plan, plan + "/contexte", plan + "/vocabulaires", action, action + "/modifier",
                action + "/structure", action + "/indicateurs", action + "/budget", plan + "/elements/" + oo
                        + "/modifier", plan + "/elements/nouveau?parent=" + oo + "&type=ACTION", "/mes-actions",
                "/compte")) {
            pages.put(path, "dg");
        }
        pages.put("/admin/comptes", "admin");
        pages.put("/admin/comptes/" + jdbc.sql("select id from account where username = 'agent'")
                .query(Long.class).single(), "admin");
        return pages;
    }

    @Test
    void everyFormRefusesUnreadableInputInFrenchAndSavesNothing() throws Exception {
        Map<String, String> pages = pagesWithForms();
        List<String> payloads = List.of("avant\u0000après", "\u202efdp.erutcaf", "x".repeat(50_001), "1e999999999",
                "9".repeat(400), "1" + "0".repeat(30), "0,125");
        List<String> wrong = new ArrayList<>();
        int forms = 0;
        for (Map.Entry<String, String> page : pages.entrySet()) {
            MockHttpServletResponse shown = send("GET", page.getKey(), Map.of(), page.getValue());
            assertThat(shown.getStatus()).as(page.getKey()).isEqualTo(200);
            Document document = Jsoup.parse(shown.getContentAsString(StandardCharsets.UTF_8));
            for (Element form : document.select("form[method=post]")) {
                String target = form.attr("action");
                if (target.isBlank() || target.endsWith("/logout") || textFields(form).isEmpty()) {
                    continue;
                }
                forms++;
                for (String payload : payloads) {
                    boolean numeric = payload.matches("[0-9e,]+");
                    Map<String, String> values = values(form, payload, numeric);
                    if (values == null) {
                        continue; // this form has no number field for a number payload
                    }
                    long before = changes();
                    MockHttpServletResponse response = send("POST", target, values, page.getValue());
                    if (response.getStatus() >= 500 || changes() != before) {
                        wrong.add(target + " on " + page.getKey() + " with " + abbreviate(payload) + " answered "
                                + response.getStatus() + (changes() != before ? " and saved something" : ""));
                    } else if (response.getStatus() == 200) {
                        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                                .as(target + " with " + abbreviate(payload)).containsAnyOf("n’a été enregistré",
                                "field-error", "notice--error");
                    }
                }
            }
        }
        assertThat(forms).as("forms tried").isGreaterThan(12);
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyFormRefusesAValueSentTwiceAndSavesNothing() throws Exception {
        List<String> wrong = new ArrayList<>();
        int forms = 0;
        for (Map.Entry<String, String> page : pagesWithForms().entrySet()) {
            Document document = Jsoup.parse(send("GET", page.getKey(), Map.of(), page.getValue())
                    .getContentAsString(StandardCharsets.UTF_8));
            for (Element form : document.select("form[method=post]")) {
                String target = form.attr("action");
                if (target.isBlank() || target.endsWith("/logout") || textFields(form).isEmpty()) {
                    continue;
                }
                forms++;
                String field = textFields(form).get(0).attr("name");
                Map<String, String> values = values(form, "Une valeur", false);
                long before = changes();
                MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(target).with(csrf())
                        .with(user(users.loadUserByUsername(page.getValue())));
                values.forEach(request::param);
                request.param(field, "Une valeur", "Une autre");
                MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                if (response.getStatus() != 400 || changes() != before) {
                    wrong.add(target + " with " + field + " twice answered " + response.getStatus()
                            + (changes() != before ? " and saved something" : ""));
                } else {
                    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(target)
                            .contains("Demande refusée", "Rien n’a été enregistré");
                }
            }
        }
        assertThat(forms).as("forms tried").isGreaterThan(12);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aFilterSentTwiceIsRefusedButAListOfValuesIsNot() throws Exception {
        assertThat(send("GET", "/audit?actor=dg&actor=df", Map.of(), "dg").getStatus()).isEqualTo(400);

        String username = "deux-roles-" + System.nanoTime();
        MockHttpServletResponse created = mvc.perform(MockMvcRequestBuilders.post("/admin/comptes/nouveau")
                .param("username", username).param("displayName", "Deux rôles").param("roles", "CODIR", "AGENT")
                .with(csrf()).with(user(users.loadUserByUsername("admin")))).andReturn().getResponse();

        assertThat(created.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("""
                select count(*) from account_role r join account a on a.id = r.account_id where a.username = ?""")
                .param(username).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aDateFarOutsideTheMandateIsRefusedNextToItsField() throws Exception {
        String fiche = "/plans/" + foreignPlanId + "/elements/" + foreignActionId + "/modifier";
        Element form = Jsoup.parse(send("GET", fiche, Map.of(), "dg").getContentAsString(StandardCharsets.UTF_8))
                .selectFirst("form[action$=/modifier]");
        Map<String, String> values = new LinkedHashMap<>(proposed(form));
        values.put("plannedStart", "01/01/1900");
        long before = changes();

        MockHttpServletResponse response = send("POST", fiche, values, "dg");

        assertThat(response.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("#plannedStart-erreur").text()).contains("entre 2021 et 2046");
        assertThat(changes()).isEqualTo(before);

        String indicators = "/plans/" + foreignPlanId + "/elements/" + foreignActionId + "/indicateurs";
        MockHttpServletResponse target = send("POST", indicators, Map.of("name", "Dossiers traités", "direction",
                "INCREASE", "targetValue", "10", "targetDate", "31/12/9999"), "dg");
        assertThat(target.getStatus()).isEqualTo(200);
        assertThat(target.getContentAsString(StandardCharsets.UTF_8)).contains("entre 2021 et 2046");
        assertThat(changes()).isEqualTo(before);
    }

    @Test
    void aBelgianNumberIsReadTheSameWayOnEveryForm() throws Exception {
        long indicatorId = jdbc.sql("""
                insert into indicator (node_id, position, name, direction) values (?, 98, 'Indicateur lu', 'INCREASE')
                returning id""").param(actionId).query(Long.class).single();
        long version = jdbc.sql("select version from plan_node where id = ?").param(actionId).query(Long.class)
                .single();
        send("POST", "/plans/" + planId + "/actions/" + actionId + "/progress",
                Map.of("version", String.valueOf(version), "back", "fiche",
                        "indicatorValues[" + indicatorId + "]", "1.250"), "dg");
        assertThat(jdbc.sql("select measured_value from indicator_value where indicator_id = ?").param(indicatorId)
                .query(BigDecimal.class).single()).isEqualByComparingTo("1250");

        long indicatorVersion = jdbc.sql("select version from indicator where id = ?").param(indicatorId)
                .query(Long.class).single();
        send("POST", "/plans/" + planId + "/elements/" + actionId + "/indicateurs/" + indicatorId,
                Map.of("version", String.valueOf(indicatorVersion), "name", "Indicateur lu", "direction", "INCREASE",
                        "targetValue", "1.250"), "dg");
        assertThat(jdbc.sql("select target_value from indicator where id = ?").param(indicatorId)
                .query(BigDecimal.class).single()).isEqualByComparingTo("1250");

        long after = jdbc.sql("select version from plan_node where id = ?").param(actionId).query(Long.class).single();
        MockHttpServletResponse refused = send("POST", "/plans/" + planId + "/actions/" + actionId + "/progress",
                Map.of("version", String.valueOf(after), "back", "fiche", "indicatorValues[" + indicatorId + "]",
                        "0,125"), "dg");
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("Nombre illisible");
        assertThat(jdbc.sql("select count(*) from indicator_value where indicator_id = ?").param(indicatorId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDuplicateNameIsAFieldMessage() throws Exception {
        String existing = jdbc.sql("select min(name) from service_unit where plan_id = ?").param(planId)
                .query(String.class).single();
        long before = changes();

        MockHttpServletResponse response = send("POST", "/plans/" + planId + "/vocabulaires/services",
                Map.of("label", existing), "dg");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("existe déjà dans ce plan");
        assertThat(changes()).isEqualTo(before);
    }

    @Test
    void aPageFarBeyondTheLastOneIsEmptyNotAnError() throws Exception {
        assertThat(send("GET", "/audit?page=2147483647", Map.of(), "dg").getStatus()).isEqualTo(200);
    }

    @Test
    void simultaneousSavesOfTheSameUpdateAreRefusedInFrenchNotWithAnError() throws Exception {
        long version = jdbc.sql("select version from plan_node where id = ?").param(foreignActionId)
                .query(Long.class).single();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String comment = "Mise à jour simultanée " + i;
                posts.add(() -> send("POST", "/plans/" + foreignPlanId + "/actions/" + foreignActionId + "/progress",
                        Map.of("version", String.valueOf(version), "back", "fiche", "percent", "30",
                                "comment", comment), "dg").getStatus());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : pool.invokeAll(posts)) {
                statuses.add(answer.get());
            }
            assertThat(statuses).allMatch(status -> status == 302 || status == 200 || status == 409);
            assertThat(statuses).filteredOn(status -> status == 302).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from progress_entry where node_id = ?").param(foreignActionId)
                .query(Long.class).single()).isEqualTo(1);
    }

    private List<String> routes() {
        Set<String> routes = new LinkedHashSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> methods = new LinkedHashSet<>();
            info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
            if (methods.isEmpty()) {
                methods.add("GET");
            }
            for (String pattern : info.getPatternValues()) {
                methods.forEach(method -> routes.add(method + " " + pattern));
            }
        }
        return List.copyOf(routes);
    }

    /** The path with this plan id, this id for the element, and unknown ids for the rest. */
    private static String fill(String pattern, String plan, String node) {
        return pattern.replace("{planId}", plan).replace("{nodeId}", node).replace("{vocabulary}", "services")
                .replace("{key}", "late").replaceAll("\\{[a-zA-Z]+}", UNKNOWN);
    }

    private static List<Element> textFields(Element form) {
        List<Element> fields = new ArrayList<>(form.select("textarea[name]"));
        for (Element input : form.select("input[name]")) {
            if (TEXT_TYPES.contains(input.attr("type").isBlank() ? "text" : input.attr("type"))) {
                fields.add(input);
            }
        }
        return fields;
    }

    /** The form as the page proposes it. */
    private static Map<String, String> proposed(Element form) {
        return values(form, null, false);
    }

    /**
     * The form as the page proposes it, with the payload in every text field (a text payload) or in every number
     * field (a number payload, {@code null} if the form has none: its other fields keep their proposed values).
     */
    private static Map<String, String> values(Element form, String payload, boolean numeric) {
        Map<String, String> values = new LinkedHashMap<>();
        boolean placed = false;
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String name = field.attr("name");
            if ("_csrf".equals(name)) {
                continue;
            }
            String type = field.attr("type");
            if (field.tagName().equals("select")) {
                Element selected = field.selectFirst("option[selected]");
                Element first = field.selectFirst("option");
                values.put(name, selected != null ? selected.attr("value") : first == null ? "" : first.attr("value"));
            } else if (("checkbox".equals(type) || "radio".equals(type))) {
                if (field.hasAttr("checked")) {
                    values.put(name, field.attr("value"));
                }
            } else if (textFields(form).contains(field)) {
                boolean number = "decimal".equals(field.attr("inputmode")) || "numeric".equals(field.attr("inputmode"))
                        || "number".equals(type);
                if (payload != null && (!numeric || number)) {
                    values.put(name, payload);
                    placed = true;
                } else {
                    values.put(name, field.tagName().equals("textarea") ? field.text() : field.attr("value"));
                }
            } else {
                values.put(name, field.attr("value"));
            }
        }
        return placed || payload == null ? values : null;
    }

    private MockHttpServletResponse send(String method, String path, Map<String, String> params, String username)
            throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path)
                .header("Referer", "http://localhost" + path);
        params.forEach(request::param);
        if ("POST".equals(method)) {
            request.with(csrf());
        }
        UserDetails account = users.loadUserByUsername(username);
        return mvc.perform(request.with(user(account))).andReturn().getResponse();
    }

    /** Every change of plan content or accounts leaves an audit row: none may appear for a refused form. */
    private long changes() {
        return jdbc.sql("select count(*) from audit_event where entity_type <> 'Security'").query(Long.class)
                .single();
    }

    private static String abbreviate(String payload) {
        return (payload.length() > 20 ? payload.substring(0, 20) + "…(" + payload.length() + ")" : payload)
                .replace("\u0000", "\\0");
    }
}
