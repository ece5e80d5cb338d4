package be.cpas.pst.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import be.cpas.pst.persistence.planfile.PlanImporter;
import be.cpas.pst.persistence.testsupport.RealPostgres;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The DG follows the drafting of an evaluation: the objectifs opérationnels still without an appréciation or a text,
 * by pilote (most left first), until every one is written.
 */
@SpringBootTest(properties = "pst.demo=true")
@AutoConfigureMockMvc
@RealPostgres
class EvaluationDraftingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    PlanImporter importer;
    @Autowired
    JdbcClient jdbc;

    private long planId;
    private String evaluation;

    @BeforeEach
    void planAndEvaluation() throws Exception {
        planId = importer.importPlan("""
                {"format": "pst-plan", "version": 1, "organisation": {"nom": "CPAS de La Bruyère"},
                 "plan": {"titre": "PST à évaluer", "debut": 2025, "fin": 2030, "statut": "adopte"},
                 "vocabulaires": {"etats": [{"libelle": "En cours", "categorie": "en-cours"}],
                                  "personnes": [{"nom": "Marie Dupont"}, {"nom": "Jean Lambert"}]},
                 "objectifs": [{"code": "1", "intitule": "OS", "objectifsOperationnels": [
                   {"code": "1.1", "intitule": "Premier", "pilote": "Marie Dupont", "actions": [{"intitule": "A"}]},
                   {"code": "1.2", "intitule": "Deuxième", "pilote": "Marie Dupont", "actions": [{"intitule": "B"}]},
                   {"code": "1.3", "intitule": "Troisième", "pilote": "Jean Lambert", "actions": [{"intitule": "C"}]},
                   {"code": "1.4", "intitule": "Quatrième", "actions": [{"intitule": "D"}]}]}]}
                """.getBytes(StandardCharsets.UTF_8)).planId();
        evaluation = mvc.perform(post("/plans/" + planId + "/evaluations").param("year", "2026")
                .param("kind", "ANNUAL").with(csrf()).with(user(users.loadUserByUsername("dg")))).andReturn()
                .getResponse().getRedirectedUrl();
        assertThat(evaluation).matches("/plans/\\d+/evaluations/\\d+");
    }

    private Element remaining() throws Exception {
        return Jsoup.parse(mvc.perform(get(evaluation).with(user(users.loadUserByUsername("dg")))).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8)).selectFirst(".evaluation__remaining");
    }

    @Test
    void theDgSeesWhoStillHasToWriteWhat() throws Exception {
        assertThat(remaining().select("li").eachText()).containsExactly(
                "Marie Dupont : 2 objectifs opérationnels (1.1, 1.2)",
                "Jean Lambert : 1 objectif opérationnel (1.3)",
                "Sans pilote désigné : 1 objectif opérationnel (1.4)");

        long first = jdbc.sql("select id from plan_node where plan_id = ? and code = '1.1'").param(planId)
                .query(Long.class).single();
        mvc.perform(post(evaluation + "/elements/" + first).param("appreciation", "ON_TRACK")
                .param("text", "Les conventions sont signées.").with(csrf())
                .with(user(users.loadUserByUsername("dg"))));

        assertThat(remaining().select("li").eachText()).containsExactly(
                "Marie Dupont : 1 objectif opérationnel (1.2)",
                "Jean Lambert : 1 objectif opérationnel (1.3)",
                "Sans pilote désigné : 1 objectif opérationnel (1.4)");
    }
}
