package be.cpas.pst.persistence.revision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cpas.pst.persistence.planfile.PlanImporter;
import be.cpas.pst.persistence.synthetic.SyntheticPlan;
import be.cpas.pst.persistence.testsupport.RealPostgres;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The plan data's revision (migration V5) changes once per committed transaction that changed plan content, whoever
 * wrote it, and never otherwise; every table of plan content carries the trigger that bumps it.
 */
@SpringBootTest
@RealPostgres
class PlanDataRevisionTest {

    /** Tables that are not plan content: accounts, reference lists, the audit trail, the schema history. */
    private static final Set<String> NOT_PLAN_CONTENT = Set.of("flyway_schema_history", "organisation", "account",
            "account_role", "service_member", "sdg", "walloon_enjeu", "audit_event", "plan_data_revision",
            "mail_message", "shedlock");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    PlanImporter importer;

    private long importPlan(String title) {
        return importer.importPlan(SyntheticPlan.LARGE.withActions(6).toPlanFile(3, title)).planId();
    }

    private long revision() {
        return jdbc.sql("select revision from plan_data_revision").query(Long.class).single();
    }

    @Test
    void everyTableOfPlanContentBumpsTheRevision() {
        List<String> tables = jdbc.sql("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name""")
                .query(String.class).list();
        List<String> bumping = jdbc.sql("""
                select distinct event_object_table from information_schema.triggers
                where trigger_schema = current_schema() and action_statement like '%bump_plan_data_revision%'""")
                .query(String.class).list();

        assertThat(tables).contains("plan_node", "progress_entry", "indicator_value", "budget_follow_up");
        assertThat(tables.stream().filter(table -> !NOT_PLAN_CONTENT.contains(table)))
                .as("tables of plan content without the revision trigger: add it in a migration")
                .allSatisfy(table -> assertThat(bumping).contains(table));
    }

    @Test
    void aCommittedTransactionBumpsItOnceWhateverItWrote() {
        long planId = importPlan("Révision : une transaction");
        List<Long> nodes = jdbc.sql("select id from plan_node where plan_id = ? order by id limit 3").param(planId)
                .query(Long.class).list();
        long before = revision();

        transactions.executeWithoutResult(status -> {
            for (long node : nodes) {
                jdbc.sql("update plan_node set title = title || ' (revu)' where id = ?").param(node).update();
                jdbc.sql("insert into node_risk (node_id, position, text) values (?, 99, 'Risque ajouté')")
                        .param(node).update();
            }
        });

        assertThat(revision()).isEqualTo(before + 1);
    }

    @Test
    void aWriteOutsideTheApplicationBumpsItToo() {
        long planId = importPlan("Révision : hors application");
        long before = revision();

        // no transaction of the application: the statement commits on its own, as at an SQL prompt
        jdbc.sql("update plan set title = title || ' (corrigé)' where id = ?").param(planId).update();

        assertThat(revision()).isEqualTo(before + 1);
    }

    @Test
    void readingOrARolledBackWriteLeavesItAlone() {
        long planId = importPlan("Révision : lecture et annulation");
        long before = revision();

        transactions.executeWithoutResult(status -> jdbc.sql("select count(*) from plan_node where plan_id = ?")
                .param(planId).query(Long.class).single());
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            jdbc.sql("update plan set title = 'Titre abandonné' where id = ?").param(planId).update();
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        assertThat(revision()).isEqualTo(before);
        assertThat(jdbc.sql("select title from plan where id = ?").param(planId).query(String.class).single())
                .isNotEqualTo("Titre abandonné");
    }
}
