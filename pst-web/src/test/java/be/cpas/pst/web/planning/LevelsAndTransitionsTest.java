package be.cpas.pst.web.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.cpas.pst.persistence.planfile.PlanImporter;
import be.cpas.pst.persistence.testsupport.RealPostgres;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Each level's form changes only what it shows, and every path to a state has the same effects: an objective's fiche
 * saved as the page proposes it keeps what the plan file gave it; suspending through the structure page writes the
 * same journal entry as the monthly update; two simultaneous saves of a fiche never end in a server error.
 */
@SpringBootTest(properties = "pst.demo=true")
@AutoConfigureMockMvc
@RealPostgres
class LevelsAndTransitionsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    PlanImporter importer;
    @Autowired
    JdbcClient jdbc;

    private long planId;
    private long ooId;
    private long actionId;

    @BeforeEach
    void plan() {
        planId = importer.importPlan("""
                {"format": "pst-plan", "version": 1, "organisation": {"nom": "CPAS de La Bruyère"},
                 "plan": {"titre": "Plan des niveaux", "debut": 2025, "fin": 2030, "statut": "brouillon"},
                 "vocabulaires": {"services": ["Service social"], "partenaires": ["PCS"],
                                  "etats": [{"libelle": "En cours", "categorie": "en-cours"},
                                            {"libelle": "Suspendu", "categorie": "suspendu"},
                                            {"libelle": "Abandonné", "categorie": "abandonne"}]},
                 "objectifs": [{"code": "1", "intitule": "OS", "objectifsOperationnels": [
                     {"code": "1.1", "intitule": "OO avec ses liens", "services": ["Service social"],
                      "partenaires": ["PCS"], "risques": ["Départ de l’agent formé"],
                      "synergie": {"statut": "a-envisager", "details": "Avec la commune"},
                      "actions": [{"intitule": "Action suivie", "etat": "En cours"}]}]}]}
                """.getBytes(StandardCharsets.UTF_8)).planId();
        ooId = jdbc.sql("select id from plan_node where plan_id = ? and kind = 'OPERATIONAL_OBJECTIVE'")
                .param(planId).query(Long.class).single();
        actionId = jdbc.sql("select id from plan_node where plan_id = ? and kind = 'ACTION'").param(planId)
                .query(Long.class).single();
    }

    @Test
    void anObjectivesFicheSavedAsProposedKeepsWhatThePlanFileGaveIt() throws Exception {
        MockHttpServletRequestBuilder save = formAsProposed("/plans/" + planId + "/elements/" + ooId + "/modifier",
                Map.of());

        int status = mvc.perform(save).andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(302);
        assertThat(count("select count(*) from node_service where node_id = ?")).isEqualTo(1);
        assertThat(count("select count(*) from node_partner where node_id = ?")).isEqualTo(1);
        assertThat(count("select count(*) from node_risk where node_id = ?")).isEqualTo(1);
        assertThat(jdbc.sql("select synergy_details from plan_node where id = ?").param(ooId).query(String.class)
                .single()).isEqualTo("Avec la commune");
    }

    @Test
    void suspendingFromTheStructurePageWritesTheJournalLikeTheMonthlyUpdate() throws Exception {
        long before = journal();

        mvc.perform(MockMvcRequestBuilders.post("/plans/" + planId + "/elements/" + actionId + "/suspendre")
                .param("decision", "suspend").param("reason", "Faute de levier activable").with(csrf())
                .with(user(users.loadUserByUsername("dg"))));

        assertThat(journal()).isEqualTo(before + 1);
        assertThat(jdbc.sql("""
                select e.comment || ' / ' || s.label from progress_entry e join progress_state s on s.id = e.state_id
                where e.node_id = ? order by e.id desc limit 1""").param(actionId).query(String.class).single())
                .isEqualTo("Faute de levier activable / Suspendu");

        mvc.perform(MockMvcRequestBuilders.post("/plans/" + planId + "/elements/" + actionId + "/reprendre")
                .with(csrf()).with(user(users.loadUserByUsername("dg"))));

        assertThat(journal()).isEqualTo(before + 2);
        assertThat(jdbc.sql("select state_reason from plan_node where id = ?").param(actionId).query(String.class)
                .optional()).isEmpty();
    }

    @Test
    void simultaneousSavesOfAFicheEndInOneSaveAndFrenchRefusals() throws Exception {
        List<Callable<Integer>> saves = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            MockHttpServletRequestBuilder save = formAsProposed("/plans/" + planId + "/elements/" + actionId
                    + "/modifier", Map.of("title", "Titre enregistré par la personne " + i));
            saves.add(() -> mvc.perform(save).andReturn().getResponse().getStatus());
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> answer : pool.invokeAll(saves)) {
                statuses.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(statuses).allMatch(status -> status == 302 || status == 200 || status == 409);
        assertThat(statuses).filteredOn(status -> status == 302).hasSize(1);
    }

    /**
     * The page's form with every value it proposes, as a person who saves without changing anything sends it, but
     * for the values changed (each field sent once, as a browser does).
     */
    private MockHttpServletRequestBuilder formAsProposed(String path, Map<String, String> changed) throws Exception {
        Document page = Jsoup.parse(mvc.perform(MockMvcRequestBuilders.get(path)
                .with(user(users.loadUserByUsername("dg")))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        Element form = page.selectFirst("form[method=post][action=" + path + "]");
        assertThat(form).as("the form of " + path).isNotNull();
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf())
                .with(user(users.loadUserByUsername("dg")));
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String name = field.attr("name");
            String type = field.attr("type");
            boolean choice = "checkbox".equals(type) || "radio".equals(type);
            if ("_csrf".equals(name) || choice && !field.hasAttr("checked") || changed.containsKey(name)) {
                continue;
            }
            if ("select".equals(field.tagName())) {
                Element selected = field.selectFirst("option[selected]");
                request.param(name, selected == null ? "" : selected.attr("value"));
            } else {
                request.param(name, "textarea".equals(field.tagName()) ? field.wholeText().strip()
                        : field.attr("value"));
            }
        }
        changed.forEach(request::param);
        return request;
    }

    private long count(String sql) {
        return jdbc.sql(sql).param(ooId).query(Long.class).single();
    }

    private long journal() {
        return jdbc.sql("select count(*) from progress_entry where node_id = ?").param(actionId).query(Long.class)
                .single();
    }
}
