package be.cpas.pst.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import be.cpas.pst.domain.access.Actor;
import be.cpas.pst.domain.access.CurrentActor;
import be.cpas.pst.domain.access.Role;
import be.cpas.pst.domain.account.Account;
import be.cpas.pst.domain.account.AccountRepository;
import be.cpas.pst.domain.planning.PlanNode;
import be.cpas.pst.domain.vocabulary.ProgressState;
import be.cpas.pst.domain.vocabulary.ServiceUnit;
import be.cpas.pst.persistence.planfile.PlanImporter;
import be.cpas.pst.persistence.planfile.SamplePlan;
import be.cpas.pst.persistence.testsupport.RealPostgres;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Every change of plan content and accounts leaves who, when, what, old and new value in audit_event. */
@SpringBootTest
@RealPostgres
@Import(AuditTrailTest.Agent.class)
class AuditTrailTest {

    @TestConfiguration
    static class Agent {
        @Bean
        CurrentActor currentActor() {
            return () -> new Actor("Assistant social (test)", 99L, java.util.Set.of(be.cpas.pst.domain.access.Role.AGENT));
        }
    }

    @Autowired
    PlanImporter importer;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountRepository accounts;

    private record Event(String actor, String action, String type, String label, String changes) {
    }

    private List<Event> eventsOf(String type, long entityId) {
        return jdbc.sql("""
                select actor, action, entity_type, entity_label, changes::text from audit_event
                where entity_type = ? and entity_id = ? order by id""").param(type).param(entityId)
                .query((rs, row) -> new Event(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
    }

    private long firstActionOf(long planId) {
        return jdbc.sql("select min(id) from plan_node where plan_id = ? and kind = 'ACTION'").param(planId)
                .query(Long.class).single();
    }

    @Test
    void creationsUpdatesCollectionChangesAndDeletionsAreRecorded() {
        long planId = importer.importPlan(SamplePlan.SOUMAGNE.bytes()).planId();
        long actionId = firstActionOf(planId);
        assertThat(eventsOf("PlanNode", actionId)).singleElement().satisfies(created -> {
            assertThat(created.action()).isEqualTo("CREATE");
            assertThat(created.actor()).isEqualTo("Assistant social (test)");
            assertThat(created.changes()).contains("\"field\": \"title\"", "Centraliser la communication");
        });

        transactions.executeWithoutResult(status -> {
            PlanNode action = entityManager.find(PlanNode.class, actionId);
            ProgressState inProgress = entityManager.createQuery(
                            "select s from ProgressState s where s.plan = :plan and s.label = 'En cours de réalisation'",
                            ProgressState.class).setParameter("plan", action.getPlan()).getSingleResult();
            action.rename("1.1.1.1", "Centraliser la communication sur une seule page");
            entityManager.persist(action.recordProgress(inProgress, 30, "Pages recensées", "A", null,
                    LocalDate.of(2026, 11, 2)));
            ServiceUnit service = new ServiceUnit(action.getPlan(), 0, "Communication");
            entityManager.persist(service);
            action.involve(List.of(service), List.of());
        });

        List<Event> events = eventsOf("PlanNode", actionId);
        assertThat(events).extracting(Event::action).containsExactly("CREATE", "UPDATE", "UPDATE");
        Event update = events.get(1);
        assertThat(update.changes()).contains("\"field\": \"title\"",
                "\"old\": \"Centraliser la communication en regroupant les différentes pages existantes\"",
                "\"new\": \"Centraliser la communication sur une seule page\"",
                "\"field\": \"progressPercent\"", "\"new\": 30",
                "\"field\": \"state\"", "En cours de réalisation");
        assertThat(update.changes()).doesNotContain("\"field\": \"description\"");
        assertThat(events.get(2).changes()).contains("\"field\": \"services\"", "Communication");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'ProgressEntry' and node_id = ?")
                .param(actionId).query(Integer.class).single()).isEqualTo(1);

        transactions.executeWithoutResult(status -> {
            PlanNode action = entityManager.find(PlanNode.class, actionId);
            entityManager.createQuery("delete from ProgressEntry e where e.node = :node").setParameter("node", action)
                    .executeUpdate();
            entityManager.remove(action);
        });
        Event deleted = eventsOf("PlanNode", actionId).get(3);
        assertThat(deleted.action()).isEqualTo("DELETE");
        assertThat(deleted.label()).isEqualTo("1.1.1.1 Centraliser la communication sur une seule page");
        assertThat(deleted.changes()).contains("\"old\": \"Centraliser la communication sur une seule page\"");
    }

    @Test
    void accountChangesAreRecordedWithoutThePasswordHash() {
        long accountId = transactions.execute(status -> accounts.save(new Account("audit-" + System.nanoTime(),
                "Personne auditée", "{bcrypt}$2a$10$secretsecretsecretsecretsecretsecretsecretsecret",
                EnumSet.of(Role.AGENT))).getId());

        assertThat(eventsOf("Account", accountId)).singleElement().satisfies(created -> {
            assertThat(created.changes()).contains("\"field\": \"passwordHash\"", "\"new\": \"***\"");
            assertThat(created.changes()).doesNotContain("bcrypt");
        });

        // a new password leaves its row in the history, never its hash
        transactions.executeWithoutResult(status -> accounts.findById(accountId).orElseThrow()
                .changePasswordHash("{bcrypt}$2a$10$otherotherotherotherotherotherotherotherotherot"));
        assertThat(eventsOf("Account", accountId)).hasSize(2).last().satisfies(changed -> {
            assertThat(changed.changes()).contains("\"field\": \"passwordHash\"", "*** (nouveau)");
            assertThat(changed.changes()).doesNotContain("bcrypt", "other");
        });
    }
}
