package be.cpas.pst.persistence.setup;

import be.cpas.pst.domain.account.PasswordPolicy;
import be.cpas.pst.domain.setup.InitialSetup;
import be.cpas.pst.domain.shared.RuleViolation;
import be.cpas.pst.persistence.database.DatabaseMode;
import java.time.LocalDate;
import java.util.List;
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
        List<String> open = initialSetup.demoAccountsStillOpen();
        if (!open.isEmpty()) {
            throw new IllegalStateException("Refus de démarrer hors mode démonstration : les comptes de démonstration "
                    + open + " acceptent encore le mot de passe « demo ». Désactivez-les ou changez leur mot de "
                    + "passe, ou démarrez avec PST_DEMO=true. / Demo accounts with the demo password are present.");
        }
        if (StringUtils.hasText(adminUsername) && StringUtils.hasText(adminPassword)) {
            try {
                PasswordPolicy.check(adminUsername, adminPassword, organisationName);
            } catch (RuleViolation weak) {
                throw new IllegalStateException("PST_ADMIN_PASSWORD est refusé : au moins "
                        + PasswordPolicy.MIN_LENGTH + " caractères, ni un mot de passe courant ni l'identifiant. "
                        + "/ The first administrator's password is too weak (" + weak.getMessage() + ").");
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
