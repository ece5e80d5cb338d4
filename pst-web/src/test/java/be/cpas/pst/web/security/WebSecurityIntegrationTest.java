package be.cpas.pst.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.cpas.pst.domain.access.Role;
import be.cpas.pst.domain.account.Account;
import be.cpas.pst.domain.account.AccountRepository;
import be.cpas.pst.persistence.testsupport.RealPostgres;
import jakarta.servlet.RequestDispatcher;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "pst.demo=true")
@AutoConfigureMockMvc
@RealPostgres
class WebSecurityIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountRepository accounts;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void healthIsPublicAndTellsOnlyUpOrDown() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\"}", JsonCompareMode.STRICT));
    }

    @Test
    void pagesRequireSigningIn() throws Exception {
        mvc.perform(get("/plans")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void demoAccountSignsInWithPasswordDemo() throws Exception {
        mvc.perform(formLogin("/login").user("dg").password("demo"))
                .andExpect(authenticated().withUsername("dg").withRoles("DG"))
                .andExpect(redirectedUrl("/tableau-de-bord"));
    }

    @Test
    void usernamesAreNotCaseSensitive() throws Exception {
        mvc.perform(formLogin("/login").user("DG").password("demo")).andExpect(authenticated().withUsername("dg"));
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        mvc.perform(formLogin("/login").user("dg").password("Demo"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void signInWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "dg").param("password", "demo"))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void aDeactivatedAccountCannotSignIn() throws Exception {
        Account former = accounts.findByUsername("ancien").orElseGet(() -> accounts.save(new Account("ancien",
                "Ancien agent", passwordEncoder.encode("demo"), EnumSet.of(Role.AGENT))));
        former.deactivate();
        accounts.save(former);

        mvc.perform(formLogin("/login").user("ancien").password("demo"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
        String username = "verrou-" + System.nanoTime();
        accounts.save(new Account(username, "Compte à verrouiller", passwordEncoder.encode("une phrase correcte"),
                EnumSet.of(Role.AGENT)));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(username).password("mauvais " + i))
                    .andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(formLogin("/login").user(username).password("une phrase correcte"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/login").param("locked", ""))
                .andExpect(content().string(containsString("attendez une minute avant de réessayer")));
        mvc.perform(formLogin("/login").user("df").password("demo")).andExpect(authenticated());
    }

    @Test
    void onlyTheAdministratorReachesTheAccountPages() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password("demo")).andExpect(authenticated());
        for (String role : new String[] {"DG", "DF", "CODIR", "AGENT", "CONSEILLER"}) {
            mvc.perform(get("/admin/comptes").with(user("x").roles(role))).andExpect(status().isForbidden());
        }
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    AccountUserDetailsService users;

    @Test
    void anAgentPostingProgressOnAnActionThatIsNotTheirsGets403AndNothingChanges() throws Exception {
        long planId = jdbc.sql("select min(id) from plan where status = 'ADOPTED'").query(Long.class).single();
        long notTheirs = jdbc.sql("""
                select min(n.id) from plan_node n left join person r on r.id = n.responsable_id
                where n.plan_id = ? and n.kind = 'ACTION'
                and coalesce(r.account_id, 0) <> (select id from account where username = 'agent')""")
                .param(planId).query(Long.class).single();
        String before = jdbc.sql("select version || '/' || coalesce(progress_percent, -1) from plan_node where id = ?")
                .param(notTheirs).query(String.class).single();
        int entries = jdbc.sql("select count(*) from progress_entry where node_id = ?").param(notTheirs)
                .query(Integer.class).single();
        long version = jdbc.sql("select version from plan_node where id = ?").param(notTheirs)
                .query(Long.class).single();

        mvc.perform(post("/plans/{p}/actions/{n}/progress", planId, notTheirs).with(csrf())
                        .with(user(users.loadUserByUsername("agent")))
                        .param("version", String.valueOf(version)).param("percent", "90")
                        .param("comment", "pas mon action"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Accès refusé")));

        assertThat(jdbc.sql("select version || '/' || coalesce(progress_percent, -1) from plan_node where id = ?")
                .param(notTheirs).query(String.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from progress_entry where node_id = ?").param(notTheirs)
                .query(Integer.class).single()).isEqualTo(entries);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    @Test
    void stylesheetAndHtmxAreServedByTheApplication() throws Exception {
        mvc.perform(get("/assets/css/app.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk())
                .andExpect(content().string(containsString("htmx")));
    }

    @Test
    void forbiddenAndServerErrorsGetFrenchPages() throws Exception {
        mvc.perform(get("/error").with(user("dg").roles("DG"))
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403).accept(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("Accès refusé")));
        mvc.perform(get("/error").with(user("dg").roles("DG"))
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500).accept(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("Erreur du serveur")))
                .andExpect(content().string(containsString("Rien n’a été enregistré")));
    }

    @Test
    void anUnknownAddressGetsTheFrenchNotFoundPage() throws Exception {
        mvc.perform(get("/inexistant").with(user("dg").roles("DG")))
                .andExpect(status().isNotFound());
    }
}
