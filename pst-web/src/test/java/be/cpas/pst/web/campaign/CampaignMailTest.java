package be.cpas.pst.web.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.cpas.pst.domain.campaign.Campaigns;
import be.cpas.pst.domain.campaign.UpdateCampaign;
import be.cpas.pst.domain.mail.MailMessage;
import be.cpas.pst.domain.mail.Outbox;
import be.cpas.pst.persistence.planfile.PlanImporter;
import be.cpas.pst.persistence.testsupport.RealPostgres;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A campaign's messages through a real SMTP server (GreenMail): one message per person with their own actions and a
 * link to each update form, as HTML with its plain-text part; the reminder only to those who have not updated, never
 * twice, even when two nodes run it at once; a failing mail server tried again later; the scheduled work locked in
 * the shared database.
 */
@SpringBootTest(properties = {"pst.demo=true", "pst.public-url=https://pst.cpas-test.example",
        "pst.jobs.mail-initial-delay=PT1H", "pst.jobs.campaigns-initial-delay=PT1H", "pst.mail.from=pst@cpas-test.example"})
@AutoConfigureMockMvc
@RealPostgres
class CampaignMailTest {

    private static final int PORT = freePort();
    private static final GreenMail SMTP = new GreenMail(new ServerSetup(PORT, "127.0.0.1", "smtp"));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    @AfterAll
    static void stopMailServer() {
        SMTP.stop();
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanImporter importer;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Outbox outbox;
    @Autowired
    CampaignMessages messages;
    @Autowired
    Campaigns campaigns;
    @Autowired
    LockProvider locks;
    @Autowired
    NoticeMessages notices;

    private long planId;
    private String title;
    private List<Long> agentActions;
    private long codirAction;

    /** The demo accounts follow their own plan again: other tests count what they follow. */
    @AfterEach
    void unlinkThePeople() {
        jdbc.sql("update person set account_id = null where plan_id = ?").param(planId).update();
    }

    @BeforeEach
    void planWithTwoPeopleToAsk() throws Exception {
        long stamp = System.nanoTime();
        title = "Campagne du test " + stamp;
        planId = importer.importPlan(("""
                {"format": "pst-plan", "version": 1, "organisation": {"nom": "CPAS de La Bruyère"},
                 "plan": {"titre": "PST des campagnes %d", "debut": 2025, "fin": 2030, "statut": "adopte"},
                 "vocabulaires": {"etats": [{"libelle": "En cours", "categorie": "en-cours"},
                                            {"libelle": "Terminé", "categorie": "termine"}],
                   "personnes": [{"nom": "Agent du test"}, {"nom": "Cheffe du test"}]},
                 "objectifs": [{"code": "1", "intitule": "Objectif", "objectifsOperationnels": [
                    {"code": "1.1", "intitule": "OO", "actions": [
                       {"code": "1.1.1", "intitule": "Action de l’agent A", "etat": "En cours", "responsable": "Agent du test"},
                       {"code": "1.1.2", "intitule": "Action de l’agent B", "etat": "En cours", "responsable": "Agent du test"},
                       {"code": "1.1.3", "intitule": "Action de la cheffe", "etat": "En cours", "responsable": "Cheffe du test"},
                       {"code": "1.1.4", "intitule": "Action terminée", "etat": "Terminé", "responsable": "Agent du test"}]}]}]}
                """).formatted(stamp).getBytes(StandardCharsets.UTF_8)).planId();
        jdbc.sql("update account set email = username || '@cpas-test.example' where username in ('agent', 'codir', 'dg')")
                .update();
        link("Agent du test", "agent");
        link("Cheffe du test", "codir");
        agentActions = jdbc.sql("select id from plan_node where plan_id = ? and code in ('1.1.1', '1.1.2') order by code")
                .param(planId).query(Long.class).list();
        codirAction = jdbc.sql("select id from plan_node where plan_id = ? and code = '1.1.3'").param(planId)
                .query(Long.class).single();
    }

    @Test
    void eachPersonReceivesOneMessageWithTheirOwnActionsAndLinksToTheirUpdateForms() throws Exception {
        UpdateCampaign campaign = open(LocalDate.now().plusDays(10));

        assertThat(jdbc.sql("select count(*) from mail_message where campaign_id = ? and reason = 'CAMPAIGN_INVITATION'")
                .param(campaign.getId()).query(Long.class).single()).isEqualTo(2);
        outbox.deliverDue();

        MimeMessage toAgent = received("agent@cpas-test.example", title);
        assertThat(toAgent.getSubject()).isEqualTo(title + " : vos actions du PST à mettre à jour pour le "
                + LocalDate.now().plusDays(10).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(toAgent.getFrom()[0].toString()).isEqualTo("pst@cpas-test.example");
        String html = part(toAgent, "text/html");
        String plain = part(toAgent, "text/plain");
        for (long action : agentActions) {
            String link = "https://pst.cpas-test.example/plans/" + planId + "/elements/" + action + "#mise-a-jour";
            assertThat(html).contains("href=\"" + link + "\"");
            assertThat(plain).contains(link);
        }
        assertThat(html).contains("Mettre à jour « 1.1.1 Action de l’agent A »", "<h1>", "CPAS de La Bruyère")
                .doesNotContain("Action de la cheffe", "Action terminée");
        assertThat(part(received("codir@cpas-test.example", title), "text/html")).contains("Action de la cheffe")
                .doesNotContain("Action de l’agent");
    }

    @Test
    void theReminderGoesOnlyToThoseWhoHaveNotUpdatedAndNeverTwiceEvenFromTwoNodesAtOnce() throws Exception {
        UpdateCampaign campaign = open(LocalDate.now().plusDays(2));
        // the agent updates both actions; the CODIR member updates nothing
        for (long action : agentActions) {
            jdbc.sql("insert into progress_entry (node_id, recorded_on, author, progress_percent) values (?, (now() at time zone 'Europe/Brussels')::date, 'Agent', 50)")
                    .param(action).update();
        }
        Callable<Integer> run = () -> {
            new CampaignJobs(campaigns, messages, notices, Optional.empty()).remindAndReport();
            return 0;
        };
        var pool = Executors.newFixedThreadPool(2);
        for (var result : pool.invokeAll(List.of(run, run))) {
            result.get();
        }
        pool.shutdown();
        new CampaignJobs(campaigns, messages, notices, Optional.empty()).remindAndReport();

        assertThat(jdbc.sql("select recipient from mail_message where campaign_id = ? and reason = 'CAMPAIGN_REMINDER'")
                .param(campaign.getId()).query(String.class).list()).containsExactly("codir@cpas-test.example");
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/plans/" + planId + "/campagnes/" + campaign.getId())
                        .with(user(users.loadUserByUsername("dg")))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("2 sur 3 projets et actions mis à jour");
    }

    @Test
    void closingKeepsTheFiguresThatTheYearsEvaluationReports() throws Exception {
        UpdateCampaign campaign = open(LocalDate.now().plusDays(10));
        jdbc.sql("insert into progress_entry (node_id, recorded_on, author, progress_percent) values (?, (now() at time zone 'Europe/Brussels')::date, 'Agent', 50)")
                .param(agentActions.get(0)).update();
        var closed = mvc.perform(MockMvcRequestBuilders.post("/plans/" + planId + "/campagnes/" + campaign.getId()
                        + "/cloturer").param("version", String.valueOf(campaign.getVersion()))
                .with(csrf()).with(user(users.loadUserByUsername("dg")))).andReturn().getResponse();
        assertThat(closed.getStatus()).isEqualTo(302);
        // an update after the closing does not change what was kept
        jdbc.sql("insert into progress_entry (node_id, recorded_on, author, progress_percent) values (?, (now() at time zone 'Europe/Brussels')::date, 'Agent', 60)")
                .param(codirAction).update();

        assertThat(mvc.perform(MockMvcRequestBuilders.get("/plans/" + planId + "/campagnes/" + campaign.getId())
                        .with(user(users.loadUserByUsername("df")))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("1 sur 3 projets et actions mis à jour", "Clôturée");
        mvc.perform(MockMvcRequestBuilders.post("/plans/" + planId + "/evaluations")
                .param("year", String.valueOf(LocalDate.now().getYear())).param("kind", "ANNUAL")
                .with(csrf()).with(user(users.loadUserByUsername("dg"))));
        long evaluation = jdbc.sql("select id from evaluation where plan_id = ?").param(planId).query(Long.class)
                .single();
        String report = mvc.perform(MockMvcRequestBuilders.get("/plans/" + planId + "/evaluations/" + evaluation
                        + "/rapport").with(user(users.loadUserByUsername("dg")))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(report).contains("Campagnes de mise à jour de l’année", title);
        assertThat(report.substring(report.indexOf(title))).containsPattern("(?s)>1<.*>3<");
    }

    @Test
    void aMessageTheServerRefusesIsTriedAgainLaterThenSent() throws Exception {
        SMTP.stop();
        try {
            outbox.record(new MailMessage.Draft("test:" + title, "CAMPAIGN_REMINDER", null, null,
                    "agent@cpas-test.example", title + " (réessai)", "<p>Bonjour</p>", "Bonjour"));
            outbox.deliverDue();
        } finally {
            SMTP.start();
        }
        var failed = jdbc.sql("select state, attempts, last_error, next_attempt_at from mail_message where reason_key = ?")
                .param("test:" + title).query().singleRow();
        assertThat(failed.get("state")).isEqualTo("PENDING");
        assertThat(failed.get("attempts")).isEqualTo(1);
        assertThat((String) failed.get("last_error")).isNotBlank();
        assertThat(((java.sql.Timestamp) failed.get("next_attempt_at")).toInstant())
                .isAfter(Instant.now().plus(Duration.ofSeconds(30)));

        outbox.deliverDue();
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).anyMatch(m -> subject(m).equals(title + " (réessai)")))
                .as("not sent before its time").isFalse();
        jdbc.sql("update mail_message set next_attempt_at = now() - interval '1 second' where reason_key = ?")
                .param("test:" + title).update();
        outbox.deliverDue();
        assertThat(jdbc.sql("select state from mail_message where reason_key = ?").param("test:" + title)
                .query(String.class).single()).isEqualTo("SENT");
        assertThat(received("agent@cpas-test.example", title + " (réessai)")).isNotNull();
    }

    @Test
    void scheduledWorkIsLockedInTheSharedDatabase() {
        LockConfiguration configuration = new LockConfiguration(Instant.now(), "test-" + title,
                Duration.ofMinutes(1), Duration.ZERO);
        var first = locks.lock(configuration);
        assertThat(first).isPresent();
        assertThat(locks.lock(configuration)).as("a second node meanwhile").isEmpty();
        first.get().unlock();
        assertThat(locks.lock(configuration)).isPresent();
    }

    private UpdateCampaign open(LocalDate deadline) throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.post("/plans/" + planId + "/campagnes")
                .param("title", title).param("deadline", deadline.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .param("message", "Avant le CODIR, merci.")
                .with(csrf()).with(user(users.loadUserByUsername("dg")))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        return campaigns.current(planId).orElseThrow();
    }

    private void link(String person, String username) {
        jdbc.sql("""
                update person set account_id = (select id from account where username = ?)
                where plan_id = ? and name = ?""").param(username).param(planId).param(person).update();
    }

    private static MimeMessage received(String recipient, String subjectStart) throws Exception {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> subject(m).startsWith(subjectStart) && recipients(m).contains(recipient))
                .findFirst().orElseThrow(() -> new AssertionError("no message " + subjectStart + " to " + recipient));
    }

    private static String part(MimeMessage message, String type) throws Exception {
        return find((Multipart) message.getContent(), type);
    }

    private static String find(Multipart multipart, String type) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart inner) {
                String found = find(inner, type);
                if (found != null) {
                    return found;
                }
            } else if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
        }
        return null;
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
