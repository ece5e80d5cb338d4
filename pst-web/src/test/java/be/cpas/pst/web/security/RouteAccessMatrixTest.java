package be.cpas.pst.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.cpas.pst.domain.access.Role;
import be.cpas.pst.domain.account.Account;
import be.cpas.pst.domain.account.AccountRepository;
import be.cpas.pst.persistence.planfile.PlanImporter;
import be.cpas.pst.persistence.testsupport.RealPostgres;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every request mapping of the application, for anonymous visitors and each role: allowed, sent to the login page,
 * or refused (403). A new route that is not in {@link #EXPECTED} fails this test, so none can be forgotten.
 */
@SpringBootTest(properties = "pst.demo=true")
@AutoConfigureMockMvc
@RealPostgres
class RouteAccessMatrixTest {

    /** What each kind of visitor gets. */
    enum Outcome { ALLOWED, LOGIN, FORBIDDEN }

    private static final List<String> VISITORS = List.of("anonymous", "admin", "dg", "df", "codir", "agent",
            "conseiller");

    private static final Outcome A = Outcome.ALLOWED;
    private static final Outcome L = Outcome.LOGIN;
    private static final Outcome F = Outcome.FORBIDDEN;

    /** Route → outcome for anonymous, admin, dg, df, codir, agent, conseiller. */
    private static final Map<String, List<Outcome>> EXPECTED = new LinkedHashMap<>();

    static {
        // the published PST: for everyone, no account needed; a signed-in person's "/" leads to their own page
        EXPECTED.put("GET /", List.of(A, A, A, A, A, A, A));
        EXPECTED.put("GET /pst", List.of(A, A, A, A, A, A, A));
        EXPECTED.put("GET /pst/{planId}", List.of(A, A, A, A, A, A, A));
        EXPECTED.put("GET /pst/{planId}/contexte", List.of(A, A, A, A, A, A, A));
        EXPECTED.put("GET /pst/{planId}/elements/{elementId}", List.of(A, A, A, A, A, A, A));
        EXPECTED.put("GET /pst/{planId}/pst.pdf", List.of(A, A, A, A, A, A, A));
        EXPECTED.put("GET /pst/{planId}/pst.docx", List.of(A, A, A, A, A, A, A));
        EXPECTED.put("GET /pst/{planId}/donnees.json", List.of(A, A, A, A, A, A, A));
        EXPECTED.put("GET /pst/{planId}/donnees.csv", List.of(A, A, A, A, A, A, A));
        EXPECTED.put("GET /pst/{planId}/evaluations/{evaluationId}/rapport.pdf", List.of(A, A, A, A, A, A, A));
        EXPECTED.put("GET /accessibilite", List.of(A, A, A, A, A, A, A));
        // versions and differences: whoever reads the plan (council members: adopted plans only); the DG records
        EXPECTED.put("GET /plans/{planId}/versions", List.of(L, A, A, A, A, A, A));
        EXPECTED.put("GET /plans/{planId}/versions (draft)", List.of(L, A, A, A, A, A, F));
        EXPECTED.put("POST /plans/{planId}/versions", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/versions/mineures", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("GET /plans/{planId}/versions/{number}", List.of(L, A, A, A, A, A, A));
        EXPECTED.put("GET /plans/{planId}/versions/{number}/deliberation.pdf", List.of(L, A, A, A, A, A, A));
        EXPECTED.put("GET /plans/{planId}/differences", List.of(L, A, A, A, A, A, A));
        EXPECTED.put("GET /plans/{planId}/differences (draft)", List.of(L, A, A, A, A, A, F));
        // what the public PST shows, and the progress published: the DG
        EXPECTED.put("GET /plans/{planId}/publication", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/publication", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/publication/avancement", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("GET /plans/{planId}/publication/apercu", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/evaluations/{evaluationId}/publier", List.of(L, F, A, F, F, F, F));
        // update campaigns: the DG opens, reminds and closes; the DF and the CODIR follow them
        EXPECTED.put("GET /plans/{planId}/campagnes", List.of(L, F, A, A, A, F, F));
        EXPECTED.put("POST /plans/{planId}/campagnes", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("GET /plans/{planId}/campagnes/{campaignId}", List.of(L, F, A, A, A, F, F));
        EXPECTED.put("POST /plans/{planId}/campagnes/{campaignId}/rappel", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/campagnes/{campaignId}/cloturer", List.of(L, F, A, F, F, F, F));
        // the outbox: the administrator; one's own e-mail address: everyone signed in
        EXPECTED.put("GET /admin/courriels", List.of(L, A, F, F, F, F, F));
        EXPECTED.put("GET /admin/courriels/{messageId}", List.of(L, A, F, F, F, F, F));
        EXPECTED.put("GET /compte/courriel", List.of(L, A, A, A, A, A, A));
        EXPECTED.put("GET /compte/notifications", List.of(L, A, A, A, A, A, A));
        EXPECTED.put("POST /compte/notifications", List.of(L, A, A, A, A, A, A));
        EXPECTED.put("GET /plans/{planId}/notifications", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/notifications", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /compte/courriel", List.of(L, A, A, A, A, A, A));
        EXPECTED.put("GET /login", List.of(A, A, A, A, A, A, A));
        EXPECTED.put("GET /error", List.of(A, A, A, A, A, A, A));
        EXPECTED.put("GET /actuator/health (actuator)", List.of(A, A, A, A, A, A, A));
        EXPECTED.put("GET /plans", List.of(L, A, A, A, A, A, A));
        EXPECTED.put("GET /plans/{planId}", List.of(L, A, A, A, A, A, A));
        EXPECTED.put("GET /plans/{planId}/document", List.of(L, A, A, A, A, A, A));
        EXPECTED.put("GET /plans/{planId} (draft)", List.of(L, A, A, A, A, A, F));
        EXPECTED.put("GET /audit", List.of(L, A, A, F, F, F, F));
        EXPECTED.put("GET /mes-actions", List.of(L, A, A, A, A, A, A));
        EXPECTED.put("GET /plans/{planId}/elements/{nodeId}", List.of(L, A, A, A, A, A, A));
        EXPECTED.put("POST /plans/{planId}/actions/{nodeId}/progress", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/actions/{nodeId}/progress (agent's own)", List.of(L, F, A, F, F, A, F));
        // the social service's actions are piloted by the demo CODIR member
        EXPECTED.put("POST /plans/{planId}/actions/{nodeId}/progress (agent's service)", List.of(L, F, A, F, A, A, F));
        EXPECTED.put("GET /plans/{planId}/elements/{nodeId}/modifier", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/elements/{nodeId}/modifier", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("GET /plans/{planId}/elements/nouveau", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/elements/nouveau", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("GET /plans/{planId}/elements/{nodeId}/structure", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/elements/{nodeId}/monter", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/elements/{nodeId}/descendre", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/elements/{nodeId}/deplacer", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/elements/{nodeId}/suspendre", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/elements/{nodeId}/reprendre", List.of(L, F, A, F, F, F, F));
        // on a node made for the test: the DG really deletes it
        EXPECTED.put("POST /plans/{planId}/elements/{nodeId}/supprimer", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/elements/{nodeId}/etapes", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/elements/{nodeId}/etapes/{stepId}/cocher", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/elements/{nodeId}/etapes/{stepId}/monter", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/elements/{nodeId}/etapes/{stepId}/descendre", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/elements/{nodeId}/etapes/{stepId}/supprimer", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("GET /plans/{planId}/elements/{nodeId}/budget", List.of(L, F, A, A, F, F, F));
        EXPECTED.put("POST /plans/{planId}/elements/{nodeId}/budget", List.of(L, F, A, A, F, F, F));
        EXPECTED.put("POST /plans/{planId}/elements/{nodeId}/budget/{lineId}", List.of(L, F, A, A, F, F, F));
        EXPECTED.put("POST /plans/{planId}/elements/{nodeId}/budget/{lineId}/suivi", List.of(L, F, A, A, F, F, F));
        EXPECTED.put("POST /plans/{planId}/elements/{nodeId}/budget/{lineId}/supprimer", List.of(L, F, A, A, F, F, F));
        EXPECTED.put("GET /plans/{planId}/contexte", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/contexte", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("GET /plans/{planId}/elements/{nodeId}/indicateurs", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/elements/{nodeId}/indicateurs", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/elements/{nodeId}/indicateurs/{indicatorId}", List.of(L, F, A, F, F, F, F));
        // a measured value (recorded before accounts were kept, so nobody's own): the DG corrects or withdraws it
        EXPECTED.put("GET /plans/{planId}/elements/{nodeId}/indicateurs/{indicatorId}/valeurs/{valueId}",
                List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/elements/{nodeId}/indicateurs/{indicatorId}/valeurs/{valueId}",
                List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/elements/{nodeId}/indicateurs/{indicatorId}/valeurs/{valueId}/retirer",
                List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/elements/{nodeId}/indicateurs/{indicatorId}/supprimer",
                List.of(L, F, A, F, F, F, F));
        EXPECTED.put("GET /plans/{planId}/branches/{nodeId}", List.of(L, A, A, A, A, A, A));
        EXPECTED.put("GET /plans/{planId}/vocabulaires", List.of(L, A, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/vocabulaires/{vocabulary}", List.of(L, A, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/vocabulaires/{vocabulary}/{entryId}", List.of(L, A, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/vocabulaires/{vocabulary}/{entryId}/supprimer",
                List.of(L, A, A, F, F, F, F));
        EXPECTED.put("GET /tableau-de-bord", List.of(L, F, A, A, A, F, A));
        EXPECTED.put("GET /plans/{planId}/tableau-de-bord", List.of(L, F, A, A, A, F, A));
        EXPECTED.put("GET /plans/{planId}/tableau-de-bord (draft)", List.of(L, F, A, A, A, F, F));
        EXPECTED.put("GET /plans/{planId}/tableau-de-bord/liste/{key}", List.of(L, F, A, A, A, F, A));
        EXPECTED.put("GET /plans/{planId}/tableau-de-bord/liste/{key}.csv", List.of(L, F, A, A, A, F, A));
        EXPECTED.put("GET /plans/{planId}/tableau-de-bord/liste/{key}.xlsx", List.of(L, F, A, A, A, F, A));
        // {nodeId} is an action, not an OS: readers get 404 after the access check, others 403
        EXPECTED.put("GET /plans/{planId}/tableau-de-bord/objectifs/{nodeId}", List.of(L, F, A, A, A, F, A));
        EXPECTED.put("GET /plans/{planId}/tableau-de-bord/indicateurs", List.of(L, F, A, A, A, F, A));
        EXPECTED.put("GET /plans/{planId}/tableau-de-bord/indicateurs.csv", List.of(L, F, A, A, A, F, A));
        EXPECTED.put("GET /plans/{planId}/tableau-de-bord/indicateurs.xlsx", List.of(L, F, A, A, A, F, A));
        // the financial follow-up: the DG, the DF and the CODIR read it; the DG and the DF enter figures
        EXPECTED.put("GET /suivi-financier", List.of(L, F, A, A, A, F, F));
        EXPECTED.put("GET /plans/{planId}/suivi-financier", List.of(L, F, A, A, A, F, F));
        EXPECTED.put("GET /plans/{planId}/suivi-financier (draft)", List.of(L, F, A, A, A, F, F));
        EXPECTED.put("GET /plans/{planId}/suivi-financier.xlsx", List.of(L, F, A, A, A, F, F));
        EXPECTED.put("GET /plans/{planId}/suivi-financier.csv", List.of(L, F, A, A, A, F, F));
        EXPECTED.put("GET /plans/{planId}/suivi-financier/saisie", List.of(L, F, A, A, F, F, F));
        EXPECTED.put("POST /plans/{planId}/suivi-financier/saisie", List.of(L, F, A, A, F, F, F));
        EXPECTED.put("GET /plans/{planId}/suivi-financier/ecomptes", List.of(L, F, A, A, A, F, F));
        EXPECTED.put("GET /plans/{planId}/suivi-financier/ecomptes.xml", List.of(L, F, A, A, A, F, F));
        EXPECTED.put("POST /plans/{planId}/suivi-financier/ecomptes/apercu", List.of(L, F, A, A, F, F, F));
        EXPECTED.put("POST /plans/{planId}/suivi-financier/ecomptes/appliquer", List.of(L, F, A, A, F, F, F));
        EXPECTED.put("POST /plans/{planId}/suivi-financier/execution/apercu", List.of(L, F, A, A, F, F, F));
        EXPECTED.put("POST /plans/{planId}/suivi-financier/execution/appliquer", List.of(L, F, A, A, F, F, F));
        EXPECTED.put("GET /plans/{planId}/suivi-financier/rapport", List.of(L, F, A, A, A, F, F));
        EXPECTED.put("POST /plans/{planId}/suivi-financier/rapport", List.of(L, F, A, A, F, F, F));
        EXPECTED.put("GET /plans/{planId}/suivi-financier/rapport.pdf", List.of(L, F, A, A, A, F, F));
        EXPECTED.put("GET /plans/{planId}/suivi-financier/rapport.docx", List.of(L, F, A, A, A, F, F));
        // evaluations: staff read them all, council members those presented (another one is "not found"); the DG
        // opens, validates and presents; the DG or the CODIR member who pilots an element writes its evaluation
        EXPECTED.put("GET /plans/{planId}/evaluations", List.of(L, A, A, A, A, A, A));
        EXPECTED.put("POST /plans/{planId}/evaluations", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/evaluations/echelle", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("GET /plans/{planId}/evaluations/{evaluationId}", List.of(L, A, A, A, A, A, A));
        EXPECTED.put("POST /plans/{planId}/evaluations/{evaluationId}/elements/{nodeId}", List.of(L, F, A, F, F, F, F));
        // one element of an evaluation on its own page; its responsable comments on it (the DG too); the DG adds
        // errata once it is presented (the matrix's evaluation is in preparation: refused with a message)
        EXPECTED.put("GET /plans/{planId}/evaluations/{evaluationId}/elements/{nodeId}", List.of(L, A, A, A, A, A, A));
        EXPECTED.put("POST /plans/{planId}/evaluations/{evaluationId}/elements/{nodeId}/commentaire",
                List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/evaluations/{evaluationId}/elements/{nodeId}/commentaire (agent's own)",
                List.of(L, F, A, F, F, A, F));
        EXPECTED.put("POST /plans/{planId}/evaluations/{evaluationId}/errata", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/evaluations/{evaluationId}/elements/{nodeId}/synergie",
                List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/evaluations/{evaluationId}/elements/{nodeId}/appliquer",
                List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/evaluations/{evaluationId}/description", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/evaluations/{evaluationId}/figer", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/evaluations/{evaluationId}/valider", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/evaluations/{evaluationId}/rouvrir", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("POST /plans/{planId}/evaluations/{evaluationId}/presenter", List.of(L, F, A, F, F, F, F));
        EXPECTED.put("GET /plans/{planId}/evaluations/{evaluationId}/rapport", List.of(L, A, A, A, A, A, A));
        EXPECTED.put("GET /plans/{planId}/evaluations/{evaluationId}/rapport.pdf", List.of(L, A, A, A, A, A, A));
        EXPECTED.put("GET /plans/{planId}/evaluations/{evaluationId}/rapport.docx", List.of(L, A, A, A, A, A, A));
        EXPECTED.put("GET /compte", List.of(L, A, A, A, A, A, A));
        EXPECTED.put("GET /compte/mot-de-passe", List.of(L, A, A, A, A, A, A));
        EXPECTED.put("POST /compte/mot-de-passe", List.of(L, A, A, A, A, A, A));
        EXPECTED.put("GET /admin/comptes", List.of(L, A, F, F, F, F, F));
        EXPECTED.put("GET /admin/comptes/nouveau", List.of(L, A, F, F, F, F, F));
        EXPECTED.put("POST /admin/comptes/nouveau", List.of(L, A, F, F, F, F, F));
        EXPECTED.put("GET /admin/comptes/{accountId}", List.of(L, A, F, F, F, F, F));
        EXPECTED.put("POST /admin/comptes/{accountId}", List.of(L, A, F, F, F, F, F));
        EXPECTED.put("POST /admin/comptes/{accountId}/desactiver", List.of(L, A, F, F, F, F, F));
        EXPECTED.put("POST /admin/comptes/{accountId}/reactiver", List.of(L, A, F, F, F, F, F));
        EXPECTED.put("POST /admin/comptes/{accountId}/mot-de-passe", List.of(L, A, F, F, F, F, F));
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    AccountRepository accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    PlanImporter importer;
    @Autowired
    JdbcClient jdbc;

    private long adoptedPlanId;
    private long draftPlanId;
    private long targetAccountId;
    /** An action of the demo plan whose responsable is the demo agent, and one that is neither agent's nor codir's. */
    private long agentActionId;
    private long serviceActionId;
    private long deletableActionId;
    private long stepId;
    private long lineId;
    private long serviceEntryId;
    private long indicatorId;
    private long valueId;
    private long otherActionId;
    private long evaluationId;
    private long campaignId;
    @Autowired
    be.cpas.pst.reporting.evaluation.EvaluationFigures evaluationFigures;

    @BeforeEach
    void data() {
        adoptedPlanId = jdbc.sql("select min(id) from plan where status = 'ADOPTED'").query(Long.class).single();
        draftPlanId = importer.importPlan("""
                {"format": "pst-plan", "version": 1, "organisation": {"nom": "CPAS de La Bruyère"},
                 "plan": {"titre": "Projet de PST", "debut": 2031, "fin": 2036, "statut": "brouillon"}}"""
                .getBytes(StandardCharsets.UTF_8)).planId();
        agentActionId = jdbc.sql("""
                select min(n.id) from plan_node n join person p on p.id = n.responsable_id
                join account a on a.id = p.account_id where a.username = 'agent' and n.plan_id = ?""")
                .param(adoptedPlanId).query(Long.class).single();
        otherActionId = jdbc.sql("""
                select min(n.id) from plan_node n left join person r on r.id = n.responsable_id
                left join person pi on pi.id = n.pilote_id
                where n.plan_id = ? and n.kind = 'ACTION'
                and coalesce(r.account_id, 0) not in (select id from account where username in ('agent', 'codir'))
                and coalesce(pi.account_id, 0) not in (select id from account where username in ('agent', 'codir'))
                and not exists (select 1 from node_service ns join service_member m on m.service_id = ns.service_id
                                where ns.node_id = n.id)""")
                .param(adoptedPlanId).query(Long.class).single();
        serviceActionId = jdbc.sql("""
                select min(n.id) from plan_node n left join person r on r.id = n.responsable_id
                where n.plan_id = ? and n.kind = 'ACTION'
                and coalesce(r.account_id, 0) not in (select id from account where username = 'agent')
                and exists (select 1 from node_service ns join service_member m on m.service_id = ns.service_id
                            join account a on a.id = m.account_id where ns.node_id = n.id and a.username = 'agent')""")
                .param(adoptedPlanId).query(Long.class).single();
        deletableActionId = jdbc.sql("""
                insert into plan_node (plan_id, parent_id, position, kind, title)
                select plan_id, parent_id, 999, 'ACTION', 'Action à supprimer' from plan_node where id = ?
                returning id""").param(otherActionId).query(Long.class).single();
        stepId = jdbc.sql("""
                insert into plan_step (node_id, position, title) values (?, 99, 'Étape de la matrice') returning id""")
                .param(otherActionId).query(Long.class).single();
        lineId = jdbc.sql("""
                insert into budget_line (node_id, position, amount_min) values (?, 99, 1000) returning id""")
                .param(otherActionId).query(Long.class).single();
        serviceEntryId = jdbc.sql("""
                insert into service_unit (plan_id, position, name) values (?, 99, ?) returning id""")
                .param(adoptedPlanId).param("Service de la matrice " + System.nanoTime()).query(Long.class).single();
        indicatorId = jdbc.sql("""
                insert into indicator (node_id, position, name, direction) values (?, 99, 'Indicateur de la matrice',
                'INCREASE') returning id""").param(otherActionId).query(Long.class).single();
        valueId = jdbc.sql("""
                insert into indicator_value (indicator_id, measured_on, measured_value, recorded_at)
                values (?, current_date, 5, now()) returning id""").param(indicatorId).query(Long.class).single();
        evaluationId = jdbc.sql("""
                insert into evaluation (plan_id, evaluation_year, kind, reference_date, frozen_figures)
                values (?, 2026, 'MID_TERM', current_date, ?)
                on conflict (plan_id, evaluation_year, kind) do update set status = 'PREPARATION'
                returning id""").param(adoptedPlanId)
                .param(evaluationFigures.figuresAsOf(adoptedPlanId, java.time.LocalDate.now())).query(Long.class)
                .single();
        campaignId = jdbc.sql("select min(id) from update_campaign where plan_id = ?").param(adoptedPlanId)
                .query(Long.class).single();
        targetAccountId = accounts.save(new Account("cible-" + System.nanoTime(), "Compte cible",
                passwordEncoder.encode("une phrase de passe"), EnumSet.of(Role.AGENT))).getId();
    }

    @Test
    void everyRouteOfTheApplicationIsInTheMatrix() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
            if (methods.isEmpty()) {
                methods.add("GET");
            }
            for (String pattern : info.getPatternValues()) {
                methods.forEach(method -> routes.add(method + " " + pattern));
            }
        }
        assertThat(EXPECTED.keySet()).containsAll(routes);
        assertThat(routes).as("routes of the matrix that no longer exist").containsAll(
                EXPECTED.keySet().stream().filter(route -> !route.endsWith(")")).toList());
    }

    @Test
    void eachVisitorGetsTheExpectedOutcomeOnEachRoute() throws Exception {
        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, List<Outcome>> route : EXPECTED.entrySet()) {
            for (int v = 0; v < VISITORS.size(); v++) {
                Outcome actual = outcome(route.getKey(), VISITORS.get(v));
                if (actual != route.getValue().get(v)) {
                    mismatches.add(route.getKey() + " as " + VISITORS.get(v) + ": expected " + route.getValue().get(v)
                            + ", got " + actual);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private Outcome outcome(String route, String visitor) throws Exception {
        String[] parts = route.replaceAll(" \\(.*\\)$", "").split(" ", 2);
        String path = parts[1]
                .replace("{planId}", String.valueOf(route.endsWith("(draft)") ? draftPlanId : adoptedPlanId))
                .replace("{accountId}", String.valueOf(targetAccountId))
                .replace("{key}", "late")
                .replace("{stepId}", String.valueOf(stepId))
                .replace("{lineId}", String.valueOf(lineId))
                .replace("{evaluationId}", String.valueOf(evaluationId))
                .replace("{elementId}", String.valueOf(otherActionId))
                .replace("{number}", "1")
                .replace("{campaignId}", String.valueOf(campaignId))
                .replace("{messageId}", String.valueOf(Long.MAX_VALUE))
                .replace("{vocabulary}", "services")
                .replace("{indicatorId}", String.valueOf(indicatorId))
                .replace("{valueId}", String.valueOf(valueId))
                .replace("{entryId}", String.valueOf(serviceEntryId))
                .replace("{nodeId}", String.valueOf(route.endsWith("{nodeId}/supprimer") ? deletableActionId
                        : route.endsWith("(agent's own)") ? agentActionId
                        : route.endsWith("(agent's service)") ? serviceActionId : otherActionId));
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(parts[0]), path);
        if ("/error".equals(path)) {
            // as the container forwards a real error
            request.requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 404);
        }
        if ("POST".equals(parts[0])) {
            request.with(csrf());
        }
        if (!"anonymous".equals(visitor)) {
            request.with(user(users.loadUserByUsername(visitor)));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        if (response.getStatus() == 403) {
            return Outcome.FORBIDDEN;
        }
        String location = response.getRedirectedUrl();
        if (response.getStatus() == 302 && location != null && location.endsWith("/login")) {
            return Outcome.LOGIN;
        }
        assertThat(response.getStatus()).as(route + " as " + visitor).isLessThan(500).isNotEqualTo(401);
        return Outcome.ALLOWED;
    }
}
