package be.cpas.pst.persistence.setup;

import static org.assertj.core.api.Assertions.assertThat;

import be.cpas.pst.domain.setup.InitialSetup;
import be.cpas.pst.persistence.testsupport.RealPostgres;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@RealPostgres
@Transactional
class DemoPlanLoaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Autowired
    DemoPlanLoader loader;
    @Autowired
    InitialSetup initialSetup;
    @Autowired
    JdbcClient jdbc;

    private long planId;

    @BeforeEach
    void emptyDatabaseWithDemoAccounts() {
        jdbc.sql("delete from plan").update();
        initialSetup.loadDemoFoundation();
        planId = loader.loadIfNoPlan(TODAY);
    }

    private int count(String sql) {
        return jdbc.sql(sql).param("plan", planId).param("today", TODAY).query(Integer.class).single();
    }

    @Test
    void theDemoPlanIsLaBruyereWithAYearOfFollowUp() {
        assertThat(planId).isPositive();
        assertThat(jdbc.sql("select title from plan where id = ?").param(planId).query(String.class).single())
                .isEqualTo("Programme Stratégique Transversal 2025-2030");
        assertThat(count("select count(*) from progress_entry e join plan_node n on n.id = e.node_id "
                + "where n.plan_id = :plan")).isGreaterThan(60);
        assertThat(count("select count(*) from indicator_value v join indicator i on i.id = v.indicator_id "
                + "join plan_node n on n.id = i.node_id where n.plan_id = :plan")).isGreaterThanOrEqualTo(20);
        assertThat(count("select count(*) from budget_follow_up f join budget_line b on b.id = f.budget_line_id "
                + "join plan_node n on n.id = b.node_id where n.plan_id = :plan and f.committed > 0")).isPositive();
    }

    @Test
    void theYearOfFollowUpIsSignedByItsPeopleOnTheDaysItClaims() {
        assertThat(count("""
                select count(*) from audit_event a join progress_entry e on e.id = a.entity_id
                join plan_node n on n.id = e.node_id
                where n.plan_id = :plan and a.entity_type = 'ProgressEntry'
                  and (a.actor <> e.author or (a.occurred_at at time zone 'Europe/Brussels')::date <> e.recorded_on)"""))
                .as("monthly updates signed otherwise").isZero();
        assertThat(count("""
                select count(*) from audit_event a join progress_entry e on e.id = a.entity_id
                join plan_node n on n.id = e.node_id where n.plan_id = :plan and a.entity_type = 'ProgressEntry'"""))
                .isGreaterThan(60);
        assertThat(count("""
                select count(*) from audit_event a join indicator_value v on v.id = a.entity_id
                join indicator i on i.id = v.indicator_id join plan_node n on n.id = i.node_id
                where n.plan_id = :plan and a.entity_type = 'IndicatorValue'
                  and (a.occurred_at at time zone 'Europe/Brussels')::date <> v.measured_on""")).isZero();
        assertThat(count("""
                select count(*) from audit_event a join progress_entry e on e.id = a.entity_id
                join plan_node n on n.id = e.node_id
                where n.plan_id = :plan and a.entity_type = 'ProgressEntry' and a.actor = 'système'""")).isZero();
    }

    @Test
    void theDemoPlanWasAdoptedAsVersionOneAndHasAWorkingChangeSince() {
        assertThat(jdbc.sql("select kind || ' ' || number || ' ' || deliberation from plan_version where plan_id = :plan")
                .param("plan", planId).query(String.class).list()).singleElement().asString()
                .startsWith("ADOPTED 1 n° ");
        String content = jdbc.sql("select content from plan_version where plan_id = :plan").param("plan", planId)
                .query(String.class).single();
        long added = jdbc.sql("select id from plan_node where plan_id = :plan and title = :title")
                .param("plan", planId).param("title", "Ouvrir un guichet d’aide aux démarches en ligne")
                .query(Long.class).single();
        assertThat(content).contains("\"identifiant\" : " + (added - 1)).doesNotContain("\"identifiant\" : " + added)
                .doesNotContain("guichet d’aide aux démarches");
    }

    @Test
    void theDemoOrganisationHasItsInsCodeAndItsLinesTheirArticles() {
        // eComptes recognises the CPAS by the INS code the sample gives, even for an organisation created before it
        assertThat(jdbc.sql("select o.ins_code from organisation o join plan p on p.organisation_id = o.id "
                + "where p.id = ?").param(planId).query(String.class).single()).isEqualTo("92141");
        assertThat(count("select count(*) from budget_line b join plan_node n on n.id = b.node_id "
                + "where n.plan_id = :plan and b.budget_article like '84010/%'")).isPositive();
        assertThat(count("select count(*) from budget_line b join plan_node n on n.id = b.node_id "
                + "where n.plan_id = :plan and b.budget_article is null")).as("a line left without article")
                .isPositive();
    }

    @Test
    void someActionsAreLateSomeStaleOneDoneOneSuspendedOneAbandoned() {
        assertThat(count("""
                select count(*) from plan_node n join progress_state s on s.id = n.state_id
                where n.plan_id = :plan and n.deadline_due_date < :today
                and s.category not in ('DONE', 'ABANDONED', 'SUSPENDED')""")).isGreaterThanOrEqualTo(2);
        assertThat(count("""
                select count(*) from plan_node n join progress_state s on s.id = n.state_id
                where n.plan_id = :plan and s.category in ('IN_PROGRESS', 'NOT_STARTED')
                and (select max(e.recorded_on) from progress_entry e where e.node_id = n.id) < :today - 45"""))
                .isGreaterThanOrEqualTo(2);
        for (String category : new String[] {"DONE", "SUSPENDED", "ABANDONED"}) {
            assertThat(jdbc.sql("""
                    select count(*) from plan_node n join progress_state s on s.id = n.state_id
                    where n.plan_id = :plan and s.category = :category
                    and (s.category = 'DONE' or n.state_reason is not null)""")
                    .param("plan", planId).param("category", category).query(Integer.class).single())
                    .as(category).isEqualTo(1);
        }
    }

    @Test
    void theDemoAccountsArePeopleOfThePlan() {
        assertThat(count("""
                select count(*) from person p join account a on a.id = p.account_id
                where p.plan_id = :plan and a.username in ('dg', 'df', 'codir', 'agent')""")).isEqualTo(4);
        assertThat(count("""
                select count(*) from plan_node n join person p on p.id = n.responsable_id
                join account a on a.id = p.account_id where n.plan_id = :plan and a.username = 'agent'"""))
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void aSecondStartLoadsNothing() {
        assertThat(loader.loadIfNoPlan(TODAY)).isEqualTo(-1);
    }
}
