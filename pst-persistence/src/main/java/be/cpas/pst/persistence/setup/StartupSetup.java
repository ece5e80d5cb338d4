package be.cpas.pst.persistence.setup;

import be.cpas.pst.domain.setup.InitialSetup;
import be.cpas.pst.persistence.database.DatabaseMode;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Runs once every bean exists and before the web server accepts requests, so that the first page already finds the
 * demo accounts or the first administrator.
 */
@Component
class StartupSetup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StartupSetup.class);

    private final DatabaseMode mode;
    private final InitialSetup initialSetup;
    private final DemoPlanLoader demoPlanLoader;
    private final String adminUsername;
    private final String adminPassword;
    private final String organisationName;

    StartupSetup(DatabaseMode mode, InitialSetup initialSetup, DemoPlanLoader demoPlanLoader,
            @Value("${pst.admin.username:}") String adminUsername,
            @Value("${pst.admin.password:}") String adminPassword,
            @Value("${pst.organisation.name:CPAS}") String organisationName) {
        this.mode = mode;
        this.initialSetup = initialSetup;
        this.demoPlanLoader = demoPlanLoader;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
        this.organisationName = organisationName;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (mode.demo()) {
            if (initialSetup.loadDemoFoundation()) {
                log.info("Demo mode: the empty database has been filled with the demo organisation and accounts");
            }
            long planId = demoPlanLoader.loadIfNoPlan(LocalDate.now());
            if (planId > 0) {
                log.info("Demo mode: La Bruyère's plan loaded with its follow-up (plan {})", planId);
            }
            return;
        }
        if (StringUtils.hasText(adminUsername) && StringUtils.hasText(adminPassword)) {
            if (InitialSetup.DEMO_PASSWORD.equals(adminPassword)) {
                throw new IllegalStateException("PST_ADMIN_PASSWORD ne peut pas être le mot de passe de démonstration "
                        + "en production. / The demo password is refused outside demo mode.");
            }
            if (initialSetup.createFirstAdministrator(adminUsername, adminPassword, organisationName)) {
                log.info("First administrator '{}' created", adminUsername);
            }
        } else if (!initialSetup.hasAnyAccount()) {
            log.warn("No account exists: set PST_ADMIN_USERNAME and PST_ADMIN_PASSWORD to create the first "
                    + "administrator, or PST_DEMO=true to load the demo accounts");
        }
    }
}
