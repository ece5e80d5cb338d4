package be.cpas.pst.web.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.cpas.pst.persistence.planfile.PlanImporter;
import be.cpas.pst.persistence.testsupport.RealPostgres;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** The plan page costs the same number of SQL statements for a 50-action plan and for a 1,000-action plan. */
@SpringBootTest(properties = {"pst.demo=true", "spring.jpa.properties.hibernate.generate_statistics=true"})
@AutoConfigureMockMvc
@RealPostgres
class PlanPageStatementCountTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanImporter importer;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    UserDetailsService users;

    @Test
    void thePlanPageCostsTheSameWhateverThePlanSize() throws Exception {
        long small = importer.importPlan(plan(50)).planId();
        long large = importer.importPlan(plan(1000)).planId();

        long smallCount = statementsFor("/plans/" + small);
        long largeCount = statementsFor("/plans/" + large);

        assertThat(largeCount).isEqualTo(smallCount);
        // plan with its organisation, the nodes with their references, the étape counts, the layout's organisation,
        // and the filters' choices (volets, services, people, priorities, states)
        assertThat(largeCount).isBetween(3L, 11L);
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theFichePageCostsTheSameWhateverThePlanSize() throws Exception {
        long small = importer.importPlan(plan(50)).planId();
        long large = importer.importPlan(plan(1000)).planId();

        long smallCount = statementsFor(ficheOfLastAction(small));
        long largeCount = statementsFor(ficheOfLastAction(large));

        assertThat(largeCount).isEqualTo(smallCount);
        assertThat(largeCount).isLessThanOrEqualTo(20);
    }

    /**
     * "Mes actions" shows each action's and its objective's roll-up, computed on the plan's tree: with the same five
     * actions to follow, a person pays the same in a plan of 50 actions and in one of 1,000.
     */
    @Test
    void myActionsCostTheSameWhateverThePlanSize() throws Exception {
        long small = importer.importPlan(plan(50)).planId();
        long large = importer.importPlan(plan(1000)).planId();
        long account = jdbc.sql("select id from account where username = 'dg'").query(Long.class).single();

        long smallCount = myActionsOfDgIn(small, large, account);
        long largeCount = myActionsOfDgIn(large, small, account);

        assertThat(largeCount).isEqualTo(smallCount);
        assertThat(largeCount).isLessThanOrEqualTo(25);
    }

    /** The statements of the DG's "mes actions" when the DG is responsable of five actions of that plan only. */
    private long myActionsOfDgIn(long planId, long otherPlanId, long account) throws Exception {
        // the DG's own demo actions stay as they are: only the measured plan changes between the two counts
        jdbc.sql("update person set account_id = null where plan_id = ?").param(otherPlanId).update();
        long person = jdbc.sql("select id from person where plan_id = ? and name = 'Pilote 0'").param(planId)
                .query(Long.class).single();
        jdbc.sql("update person set account_id = ? where id = ?").param(account).param(person).update();
        jdbc.sql("update plan_node set responsable_id = null where responsable_id = ?").param(person).update();
        jdbc.sql("update plan_node set pilote_id = null where pilote_id = ?").param(person).update();
        jdbc.sql("""
                update plan_node set responsable_id = ? where id in (
                    select id from plan_node where plan_id = ? and kind = 'ACTION' order by id desc limit 5)""")
                .param(person).param(planId).update();
        long count = statementsFor("/mes-actions");
        // the page did list them, each with its objective's roll-up
        List<?> actions = (List<?>) mvc.perform(get("/mes-actions").with(user(users.loadUserByUsername("dg"))))
                .andReturn().getModelAndView().getModel().get("actions");
        assertThat(actions.stream().map(be.cpas.pst.domain.progress.WorkFollowUp.MyAction.class::cast)
                .filter(action -> action.node().plan().id() == planId)
                .filter(action -> action.objective() != null && action.percent() >= 0)).hasSize(5);
        return count;
    }

    private String ficheOfLastAction(long planId) {
        long nodeId = jdbc.sql("select max(id) from plan_node where plan_id = ? and kind = 'ACTION'").param(planId)
                .query(Long.class).single();
        return "/plans/" + planId + "/elements/" + nodeId;
    }

    private long statementsFor(String path) throws Exception {
        var dg = users.loadUserByUsername("dg");
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        mvc.perform(get(path).with(user(dg))).andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }

    /** A plan file with 2 volets, 8 OS, 4 OO per OS and {@code actions} actions spread over them. */
    private static byte[] plan(int actions) {
        List<Map<String, Object>> volets = new ArrayList<>();
        int made = 0;
        for (int v = 1; v <= 2; v++) {
            List<Map<String, Object>> objectives = new ArrayList<>();
            for (int o = 1; o <= 4; o++) {
                List<Map<String, Object>> operational = new ArrayList<>();
                for (int oo = 1; oo <= 4; oo++) {
                    List<Map<String, Object>> list = new ArrayList<>();
                    int share = actions / 32 + (made < actions % 32 ? 1 : 0);
                    for (int a = 0; a < share; a++, made++) {
                        Map<String, Object> action = new LinkedHashMap<>();
                        action.put("intitule", "Action " + made);
                        action.put("priorite", "P" + (made % 3));
                        action.put("etat", made % 2 == 0 ? "En cours" : "Terminé");
                        action.put("pilote", "Pilote " + (made % 5));
                        action.put("responsable", "Pilote " + ((made + 1) % 5));
                        action.put("echeance", made % 3 == 0 ? "fin 2025" : "1x/trimestre");
                        action.put("etapes", List.of(Map.of("intitule", "Étape 1", "faite", true,
                                "faiteLe", "2025-01-01"), Map.of("intitule", "Étape 2")));
                        list.add(action);
                    }
                    operational.add(Map.of("code", v + "." + o + "." + oo, "intitule", "OO " + oo, "actions", list));
                }
                objectives.add(Map.of("code", v + "." + o, "intitule", "OS " + o, "objectifsOperationnels",
                        operational));
            }
            volets.add(Map.of("code", String.valueOf(v), "intitule", "Volet " + v, "portee",
                    v == 1 ? "externe" : "interne", "objectifs", objectives));
        }
        List<Map<String, Object>> people = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            people.add(Map.of("nom", "Pilote " + p));
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("format", "pst-plan");
        file.put("version", 1);
        file.put("organisation", Map.of("nom", "CPAS de Mesure"));
        file.put("plan", Map.of("titre", "PST de " + actions + " actions", "debut", 2025, "fin", 2030));
        file.put("vocabulaires", Map.of(
                "priorites", List.of(Map.of("code", "P0", "libelle", "Fait"), Map.of("code", "P1", "libelle", "Urgent"),
                        Map.of("code", "P2", "libelle", "Moyen")),
                "etats", List.of(Map.of("libelle", "En cours", "categorie", "en-cours"),
                        Map.of("libelle", "Terminé", "categorie", "termine")),
                "personnes", people));
        file.put("volets", volets);
        return JsonMapper.builder().build().writeValueAsBytes(file);
    }
}
