package be.cpas.pst.persistence.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cpas.pst.domain.account.AccountRepository;
import be.cpas.pst.domain.setup.InitialSetup;
import be.cpas.pst.persistence.database.DatabaseMode;
import be.cpas.pst.persistence.testsupport.RealPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** Production start-up: the first administrator from the environment, and no demo account left open. */
@SpringBootTest
@RealPostgres
@Transactional
class StartupSetupTest {

    private static final DatabaseMode PRODUCTION = new DatabaseMode(false, false);

    @Autowired
    InitialSetup initialSetup;
    @Autowired
    DemoPlanLoader demoPlanLoader;
    @Autowired
    AccountRepository accounts;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyDatabase() {
        jdbc.sql("delete from plan").update();
        jdbc.sql("delete from person").update();
        jdbc.sql("delete from account_role").update();
        jdbc.sql("delete from account").update();
    }

    private StartupSetup production(String username, String password) {
        return new StartupSetup(PRODUCTION, initialSetup, demoPlanLoader, username, password, "CPAS de Test");
    }

    @Test
    void theFirstAdministratorComesFromTheEnvironment() {
        production("gestionnaire", "une longue phrase de passe").afterSingletonsInstantiated();

        assertThat(accounts.findByUsername("gestionnaire")).isPresent();
        assertThat(accounts.count()).isEqualTo(1);
    }

    @Test
    void aWeakOrDemoAdministratorPasswordIsRefused() {
        assertThatThrownBy(() -> production("gestionnaire", "demo").afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PST_ADMIN_PASSWORD est refusé");
        assertThatThrownBy(() -> production("gestionnaire", "motdepasse123").afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class);
        assertThat(accounts.count()).isZero();
    }

    @Test
    void productionRefusesToStartWhileDemoAccountsAcceptTheDemoPassword() {
        initialSetup.loadDemoFoundation();

        assertThatThrownBy(() -> production("", "").afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("comptes de démonstration")
                .hasMessageContaining("PST_DEMO=true");
    }

    @Test
    void demoModeAcceptsTheDemoAccounts() {
        initialSetup.loadDemoFoundation();

        new StartupSetup(new DatabaseMode(false, true), initialSetup, demoPlanLoader, "", "", "CPAS")
                .afterSingletonsInstantiated();

        assertThat(accounts.findByUsername("dg")).isPresent();
    }
}
