package be.cpas.pst.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.cpas.pst.persistence.testsupport.RealPostgres;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The administrator manages accounts, not plan content: he cannot give himself the DG's role (or any new one), and
 * the person whose password he resets is told.
 */
@SpringBootTest(properties = "pst.demo=true")
@AutoConfigureMockMvc
@RealPostgres
class AdministratorSeparationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theAdministratorCannotGiveHimselfTheDgsRole() throws Exception {
        long admin = jdbc.sql("select id from account where username = 'admin'").query(Long.class).single();
        long version = jdbc.sql("select version from account where id = ?").param(admin).query(Long.class).single();

        String page = mvc.perform(MockMvcRequestBuilders.post("/admin/comptes/" + admin)
                        .param("username", "admin").param("displayName", "Gestionnaire de l’application (démo)")
                        .param("roles", "ADMIN", "DG")
                        .param("version", String.valueOf(version)).with(csrf())
                        .with(user(users.loadUserByUsername("admin"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Vous ne pouvez pas vous donner vous-même un nouveau rôle");
        assertThat(jdbc.sql("select role from account_role where account_id = ?").param(admin).query(String.class)
                .list()).containsExactly("ADMIN");
    }

    @Test
    void theDgIsToldWhenTheAdministratorResetsHisPassword() throws Exception {
        long dg = jdbc.sql("select id from account where username = 'dg'").query(Long.class).single();
        jdbc.sql("update account set email = 'dg@cpas-labruyere.example' where id = ?").param(dg).update();
        long before = told(dg);

        var response = mvc.perform(MockMvcRequestBuilders.post("/admin/comptes/" + dg + "/mot-de-passe").with(csrf())
                .with(user(users.loadUserByUsername("admin")))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        // the demo password again, for the other tests
        jdbc.sql("update account set password_hash = (select password_hash from account where username = 'df'), "
                + "must_change_password = false where id = ?").param(dg).update();

        assertThat(told(dg)).isEqualTo(before + 1);
        assertThat(jdbc.sql("""
                        select plain from mail_message where account_id = ? and reason = 'PASSWORD_RESET'
                        order by id desc limit 1""").param(dg).query(String.class).single())
                .contains("gestionnaire de l’application, vient de donner à votre compte un mot de passe temporaire",
                        "/login");
    }

    @Test
    void theOtherAdministratorsAndTheDgsAreToldWhenTheDgsRoleIsGiven() throws Exception {
        String suffix = String.valueOf(System.nanoTime());
        List<Long> created = new java.util.ArrayList<>();
        try {
            created.add(create("gestion-" + suffix, "Second gestionnaire", "gestion-" + suffix + "@example.org",
                    "ADMIN"));
            long dg = jdbc.sql("select id from account where username = 'dg'").query(Long.class).single();
            long dgBefore = toldOfDg(dg);

            created.add(create("dg-" + suffix, "Nouvelle directrice", "dg-" + suffix + "@example.org", "DG"));

            assertThat(toldOfDg(created.get(0))).as("the other administrator").isEqualTo(1);
            assertThat(toldOfDg(dg)).as("the DG in office").isEqualTo(dgBefore + 1);
            assertThat(toldOfDg(created.get(1))).as("the new DG").isEqualTo(1);
            long admin = jdbc.sql("select id from account where username = 'admin'").query(Long.class).single();
            assertThat(jdbc.sql("select count(*) from mail_message where account_id = ? and reason = 'DG_ROLE' "
                    + "and reason_key like ?").param(admin).param("dg-role:" + created.get(1) + ":%")
                    .query(Long.class).single()).as("not the administrator who did it").isZero();
            assertThat(jdbc.sql("""
                    select plain from mail_message where account_id = ? and reason = 'DG_ROLE'
                    order by id desc limit 1""").param(created.get(0)).query(String.class).single())
                    .contains("vient de donner le rôle de directeur général à Nouvelle directrice", "/audit");

            // changing the DG's name tells nobody again: only a role newly given does
            long version = jdbc.sql("select version from account where id = ?").param(created.get(1))
                    .query(Long.class).single();
            mvc.perform(MockMvcRequestBuilders.post("/admin/comptes/" + created.get(1))
                    .param("displayName", "Nouvelle directrice générale").param("roles", "DG")
                    .param("email", "dg-" + suffix + "@example.org").param("version", String.valueOf(version))
                    .with(csrf()).with(user(users.loadUserByUsername("admin"))));
            assertThat(toldOfDg(created.get(0))).isEqualTo(1);
        } finally {
            // no other test meets these accounts
            created.forEach(id -> jdbc.sql("update account set active = false where id = ?").param(id).update());
        }
    }

    private long create(String username, String displayName, String email, String role) throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.post("/admin/comptes/nouveau").param("username", username)
                .param("displayName", displayName).param("email", email).param("roles", role).with(csrf())
                .with(user(users.loadUserByUsername("admin")))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        return jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
    }

    private long toldOfDg(long account) {
        return jdbc.sql("select count(*) from mail_message where account_id = ? and reason = 'DG_ROLE'")
                .param(account).query(Long.class).single();
    }

    private long told(long account) {
        return jdbc.sql("select count(*) from mail_message where account_id = ? and reason = 'PASSWORD_RESET'")
                .param(account).query(Long.class).single();
    }
}
