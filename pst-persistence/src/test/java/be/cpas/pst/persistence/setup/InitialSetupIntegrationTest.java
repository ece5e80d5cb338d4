package be.cpas.pst.persistence.setup;

import static org.assertj.core.api.Assertions.assertThat;

import be.cpas.pst.domain.access.Role;
import be.cpas.pst.domain.account.Account;
import be.cpas.pst.domain.account.AccountRepository;
import be.cpas.pst.domain.organisation.OrganisationRepository;
import be.cpas.pst.domain.setup.InitialSetup;
import be.cpas.pst.persistence.testsupport.RealPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@RealPostgres
@Transactional
class InitialSetupIntegrationTest {

    @Autowired
    InitialSetup initialSetup;
    @Autowired
    AccountRepository accounts;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcClient jdbc;

    @Test
    void flywayCreatedTheSchemaOnPostgresql17() {
        String version = jdbc.sql("show server_version").query(String.class).single();
        Integer applied = jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class)
                .single();

        assertThat(version).startsWith("17.");
        assertThat(applied).isPositive();
    }

    @Test
    void demoFoundationCreatesTheOrganisationAndSixAccountsOnce() {
        clear();

        assertThat(initialSetup.loadDemoFoundation()).isTrue();
        assertThat(initialSetup.loadDemoFoundation()).isFalse();

        assertThat(organisations.count()).isEqualTo(1);
        assertThat(accounts.count()).isEqualTo(6);
        Account dg = accounts.findByUsername("dg").orElseThrow();
        assertThat(dg.getRoles()).containsExactly(Role.DG);
        assertThat(passwordEncoder.matches("demo", dg.getPasswordHash())).isTrue();
        assertThat(dg.getPasswordHash()).startsWith("{bcrypt}");
    }

    @Test
    void theFirstAdministratorIsOnlyCreatedOnADatabaseWithoutAccounts() {
        clear();

        assertThat(initialSetup.createFirstAdministrator("Gestionnaire", "un mot de passe solide", "CPAS de Test"))
                .isTrue();
        assertThat(initialSetup.createFirstAdministrator("autre", "un autre mot de passe", "CPAS de Test"))
                .isFalse();

        Account admin = accounts.findByUsername("gestionnaire").orElseThrow();
        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        assertThat(accounts.findByUsername("autre")).isEmpty();
        assertThat(organisations.findFirstByOrderByIdAsc().orElseThrow().getName()).isEqualTo("CPAS de Test");
    }

    private void clear() {
        jdbc.sql("delete from plan").update();
        jdbc.sql("delete from account_role").update();
        jdbc.sql("delete from account").update();
        jdbc.sql("delete from organisation").update();
    }
}
