package be.cpas.pst.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import be.cpas.pst.domain.access.Role;
import be.cpas.pst.domain.account.Account;
import be.cpas.pst.domain.account.AccountRepository;
import be.cpas.pst.persistence.testsupport.RealPostgres;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What is refused at the door lands in the audit trail as "Sécurité" rows, linked to the account and with the client's
 * address: a wrong password, the one that holds the account back, a page refused to a signed-in person (by a service's
 * rule or by the URL rules); the DG and the administrator find them with the "Sécurité" filter, beside the changes of
 * accounts.
 */
@SpringBootTest(properties = "pst.demo=true")
@AutoConfigureMockMvc
@RealPostgres
class SecurityEventsTest {

    private static final String PASSWORD = "une phrase de passe solide";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountRepository accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcClient jdbc;

    /** An account of the test's own, so that no other test's throttle or trail is touched. */
    private Account account(Role role) {
        return accounts.save(new Account("securite-" + System.nanoTime(), "Personne de test",
                passwordEncoder.encode(PASSWORD), EnumSet.of(role)));
    }

    private List<Row> rows(Account account) {
        return jdbc.sql("""
                select action, actor, entity_label, changes::text as changes from audit_event
                where entity_type = 'Security' and actor_account_id = ? order by id""")
                .param(account.getId()).query(Row.class).list();
    }

    private MockHttpSession signIn(Account account) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(account.getUsername())
                .password(PASSWORD)).andReturn().getRequest().getSession(false);
        assertThat(session).isNotNull();
        return session;
    }

    @Test
    void aWrongPasswordIsRecordedWithTheAccountAndTheAddress() throws Exception {
        Account account = account(Role.AGENT);

        String location = mvc.perform(formLogin("/login").user(account.getUsername()).password("pas le bon"))
                .andReturn().getResponse().getRedirectedUrl();

        assertThat(location).isEqualTo("/login?error");
        assertThat(rows(account)).singleElement().satisfies(row -> {
            assertThat(row.action()).isEqualTo("REFUSED");
            assertThat(row.actor()).isEqualTo(account.getUsername());
            assertThat(row.changes()).contains("\"address\"").contains("127.0.0.1");
        });
    }

    @Test
    void theWrongPasswordThatHoldsTheAccountBackIsRecordedOnce() throws Exception {
        Account account = account(Role.AGENT);

        for (int attempt = 1; attempt <= LoginThrottle.MAX_FAILURES + 2; attempt++) {
            mvc.perform(formLogin("/login").user(account.getUsername()).password("pas le bon " + attempt));
        }

        // the attempts after the lock are turned away before any password is checked: nothing more to record
        assertThat(rows(account)).extracting(Row::action).containsExactly("REFUSED", "REFUSED", "REFUSED", "REFUSED",
                "REFUSED", "LOCKED");
    }

    @Test
    void aPageRefusedToASignedInPersonIsRecordedWithTheRequest() throws Exception {
        Account account = account(Role.AGENT);
        MockHttpSession session = signIn(account);

        int byService = mvc.perform(get("/audit").session(session)).andReturn().getResponse().getStatus();
        int byUrlRule = mvc.perform(get("/admin/comptes").session(session)).andReturn().getResponse().getStatus();

        assertThat(byService).isEqualTo(403);
        assertThat(byUrlRule).isEqualTo(403);
        assertThat(rows(account)).extracting(Row::action).containsExactly("DENIED", "DENIED");
        assertThat(rows(account)).extracting(Row::changes).anySatisfy(changes -> assertThat(changes)
                .contains("GET /audit")).anySatisfy(changes -> assertThat(changes).contains("GET /admin/comptes"));
    }

    @Test
    void theSecurityFilterShowsRefusalsAndAccountChangesOnly() throws Exception {
        Account refused = account(Role.AGENT);
        mvc.perform(formLogin("/login").user(refused.getUsername()).password("pas le bon"));
        Account administrator = account(Role.ADMIN);
        MockHttpSession session = signIn(administrator);

        String security = mvc.perform(get("/audit").param("type", "Security").param("actor", refused.getUsername())
                .session(session)).andReturn().getResponse().getContentAsString();
        String plan = mvc.perform(get("/audit").param("type", "PlanNode").param("actor", refused.getUsername())
                .session(session)).andReturn().getResponse().getContentAsString();
        String accountsChanged = mvc.perform(get("/audit").param("type", "Security")
                .param("object", administrator.getUsername()).session(session)).andReturn().getResponse()
                .getContentAsString();

        assertThat(security).contains("Connexion refusée").contains("Sécurité").contains("127.0.0.1");
        assertThat(plan).doesNotContain("Connexion refusée");
        // the account this test created is a change of an account: the same filter shows it
        assertThat(accountsChanged).contains("Création").contains("Compte");
    }

    record Row(String action, String actor, String entityLabel, String changes) {
    }
}
