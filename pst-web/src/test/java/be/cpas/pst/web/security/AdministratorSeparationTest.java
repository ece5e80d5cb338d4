package be.cpas.pst.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.cpas.pst.persistence.testsupport.RealPostgres;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The administrator manages accounts, not plan content: he cannot give himself the DG's role (or any new one). */
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
}
