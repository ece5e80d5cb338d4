package be.cpas.pst.web.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.cpas.pst.domain.planning.PlanNode;
import be.cpas.pst.domain.vocabulary.Person;
import be.cpas.pst.persistence.planfile.PlanImporter;
import be.cpas.pst.persistence.testsupport.RealPostgres;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The automatic notices: the deadline close and the work without update go to the person who answers for it, the
 * weekly summary to the pilotes and the DG, "you are now responsable" after a person changed it; each once per
 * reason and week however often the job runs; each kind turned off by the DG for a plan or by a person for themselves.
 */
@SpringBootTest(properties = "pst.demo=true")
@AutoConfigureMockMvc
@RealPostgres
class NoticeTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanImporter importer;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NoticeMessages notices;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transactions;

    private final List<Long> plans = new java.util.ArrayList<>();

    /** Nobody acts any more, and the demo accounts follow their own plan again: other tests count what they follow. */
    @AfterEach
    void nobodyActs() {
        SecurityContextHolder.clearContext();
        plans.forEach(plan -> jdbc.sql("update person set account_id = null where plan_id = ?").param(plan).update());
    }

    @Test
    void eachNoticeGoesToWhoAnswersForTheWorkOncePerWeek() {
        long plan = plan();
        long assigned = node(plan, "1.1.3");
        // the DG makes the agent responsable of 1.1.3, through the model as the fiche page does
        actAs("dg");
        transactions.executeWithoutResult(status -> entityManager.find(PlanNode.class, assigned).assign(null,
                entityManager.createQuery("select p from Person p where p.plan.id = :plan and p.name = 'Agent des avis'",
                        Person.class).setParameter("plan", plan).getSingleResult(), null));
        SecurityContextHolder.clearContext();

        notices.sendAll(LocalDate.now(), Instant.now());
        notices.sendAll(LocalDate.now(), Instant.now());

        assertThat(messages(plan)).containsExactlyInAnyOrder(
                "NOTICE_ASSIGNED agent", "NOTICE_DUE_SOON agent", "NOTICE_STALE agent", "NOTICE_STALE codir",
                "NOTICE_WEEKLY codir", "NOTICE_WEEKLY dg");
        String dueSoon = jdbc.sql("""
                        select m.plain from mail_message m join account a on a.id = m.account_id
                        where m.reason = 'NOTICE_DUE_SOON' and m.reason_key like ? and a.username = 'agent'""")
                .param("notice:due:" + plan + ":%").query(String.class).single();
        assertThat(dueSoon).contains("« 1.1.1 Permanence du lundi » (échéance : "
                        + LocalDate.now().plusDays(5).format(DAY) + ")",
                "/plans/" + plan + "/elements/" + node(plan, "1.1.1") + "#mise-a-jour", "/compte/notifications")
                .doesNotContain("1.1.2");
    }

    @Test
    void theDgTurnsAKindOffForThePlanAndEachPersonForThemselves() throws Exception {
        long plan = plan();
        post("/plans/" + plan + "/notifications", "dg", plan, "ASSIGNED", "STALE", "WEEKLY");
        post("/compte/notifications", "codir", plan, "ASSIGNED", "DUE_SOON", "STALE");

        notices.sendAll(LocalDate.now(), Instant.now());

        assertThat(messages(plan)).containsExactlyInAnyOrder("NOTICE_STALE agent", "NOTICE_STALE codir",
                "NOTICE_WEEKLY dg");
    }

    private long plan() {
        long stamp = System.nanoTime();
        long plan = importer.importPlan(("""
                {"format": "pst-plan", "version": 1, "organisation": {"nom": "CPAS de La Bruyère"},
                 "plan": {"titre": "PST des avis %d", "debut": 2025, "fin": 2030, "statut": "adopte",
                          "dateAdoption": "%s"},
                 "vocabulaires": {"etats": [{"libelle": "En cours", "categorie": "en-cours"}],
                   "personnes": [{"nom": "Agent des avis"}, {"nom": "Cheffe des avis"}]},
                 "objectifs": [{"code": "1", "intitule": "Objectif", "objectifsOperationnels": [
                    {"code": "1.1", "intitule": "OO", "actions": [
                       {"code": "1.1.1", "intitule": "Permanence du lundi", "etat": "En cours",
                        "responsable": "Agent des avis", "echeance": "%s"},
                       {"code": "1.1.2", "intitule": "Comité en retard", "etat": "En cours",
                        "pilote": "Cheffe des avis", "responsable": "Cheffe des avis", "echeance": "%s"},
                       {"code": "1.1.3", "intitule": "Action confiée", "etat": "En cours"}]}]}]}
                """).formatted(stamp, LocalDate.now().minusDays(100), LocalDate.now().plusDays(5).format(DAY),
                LocalDate.now().minusDays(3).format(DAY)).getBytes(StandardCharsets.UTF_8)).planId();
        jdbc.sql("update account set email = username || '@cpas-labruyere.example' where username in ('agent', 'codir', 'dg')")
                .update();
        for (String[] link : new String[][] {{"Agent des avis", "agent"}, {"Cheffe des avis", "codir"}}) {
            jdbc.sql("update person set account_id = (select id from account where username = ?) "
                    + "where plan_id = ? and name = ?").param(link[1]).param(plan).param(link[0]).update();
        }
        plans.add(plan);
        return plan;
    }

    private long node(long plan, String code) {
        return jdbc.sql("select id from plan_node where plan_id = ? and code = ?").param(plan).param(code)
                .query(Long.class).single();
    }

    /** "reason username" of every notice about this plan. */
    private List<String> messages(long plan) {
        return jdbc.sql("""
                        select m.reason || ' ' || a.username from mail_message m join account a on a.id = m.account_id
                        where m.reason like 'NOTICE_%' and (m.reason_key ~ ? or m.reason_key like 'notice:assigned:%'
                          and m.plain like ?)""")
                .param("^notice:(due|stale|weekly):" + plan + ":").param("%/plans/" + plan + "/%")
                .query(String.class).list();
    }

    private void post(String path, String username, long plan, String... kinds) throws Exception {
        var request = MockMvcRequestBuilders.post(path).param("plans", String.valueOf(plan));
        for (String kind : kinds) {
            request.param("on", plan + ":" + kind);
        }
        assertThat(mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername(username)))).andReturn()
                .getResponse().getStatus()).isEqualTo(302);
    }

    private void actAs(String username) {
        UserDetails principal = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }
}
