package be.cpas.pst.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import be.cpas.pst.domain.access.Role;
import be.cpas.pst.domain.account.Account;
import be.cpas.pst.domain.account.AccountRepository;
import be.cpas.pst.persistence.testsupport.RealPostgres;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An open session follows the account as it is now: deactivated or its password changed elsewhere, the session
 * ends; roles taken away no longer open their pages in it.
 */
@SpringBootTest(properties = "pst.demo=true")
@AutoConfigureMockMvc
@RealPostgres
@ExtendWith(OutputCaptureExtension.class)
class AccountSessionGuardTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountRepository accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcClient jdbc;

    private String username;
    private long accountId;

    /** A DG of its own, so that no other test's session is touched. */
    @BeforeEach
    void account() {
        username = "garde-" + System.nanoTime();
        accountId = accounts.save(new Account(username, "Directeur de garde",
                passwordEncoder.encode("une phrase de passe solide"), EnumSet.of(Role.DG))).getId();
    }

    private MockHttpSession signIn() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(username)
                .password("une phrase de passe solide")).andReturn().getRequest().getSession(false);
        assertThat(session).isNotNull();
        assertThat(status(session, "/audit")).isEqualTo(200);
        return session;
    }

    private int status(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus();
    }

    @Test
    void aDeactivatedAccountLosesTheSessionItHad() throws Exception {
        MockHttpSession session = signIn();

        jdbc.sql("update account set active = false where id = ?").param(accountId).update();
        MockHttpServletResponse response = mvc.perform(get("/audit").session(session)).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?fin");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void aPasswordResetElsewhereEndsTheSession() throws Exception {
        MockHttpSession session = signIn();

        jdbc.sql("update account set password_hash = ? where id = ?")
                .param(passwordEncoder.encode("un autre mot de passe")).param(accountId).update();

        assertThat(mvc.perform(get("/mes-actions").session(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login?fin");
    }

    @Test
    void rolesTakenAwayTakeEffectInTheOpenSession() throws Exception {
        MockHttpSession session = signIn();

        jdbc.sql("delete from account_role where account_id = ?").param(accountId).update();
        jdbc.sql("insert into account_role (account_id, role) values (?, 'CONSEILLER')").param(accountId).update();

        assertThat(status(session, "/audit")).as("the DG's journal, no longer a DG").isEqualTo(403);
        assertThat(status(session, "/mes-actions")).isEqualTo(200);
    }

    @Test
    void theSignInPageSaysWhyTheSessionEnded() throws Exception {
        assertThat(mvc.perform(get("/login?fin")).andReturn().getResponse().getContentAsString())
                .contains("Votre session a pris fin");
    }

    @Test
    void refusedSignInsAndRefusedPagesLeaveATrace(CapturedOutput output) throws Exception {
        mvc.perform(formLogin("/login").user(username).password("pas le bon mot de passe"));
        assertThat(output.getOut())
                .contains("event=SIGN_IN_REFUSED account='" + username + "' address=127.0.0.1");

        MockHttpSession session = signIn();
        jdbc.sql("delete from account_role where account_id = ?").param(accountId).update();
        jdbc.sql("insert into account_role (account_id, role) values (?, 'AGENT')").param(accountId).update();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/plans/1/contexte")
                .session(session).with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.csrf()));
        assertThat(output.getOut()).contains("event=ACCESS_DENIED account='" + username
                + "' address=127.0.0.1 request='POST /plans/1/contexte'");
    }
}
