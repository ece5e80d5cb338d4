package be.cpas.pst.domain.setup;

import be.cpas.pst.domain.access.Role;
import be.cpas.pst.domain.account.Account;
import be.cpas.pst.domain.account.AccountRepository;
import be.cpas.pst.domain.organisation.Organisation;
import be.cpas.pst.domain.organisation.OrganisationRepository;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a new database needs before anyone can sign in: in demo mode the demo organisation and the demo accounts,
 * in production the first administrator. Every method is idempotent: it only fills what is missing.
 */
@Service
public class InitialSetup {

    /** The password of every demo account. Never accepted outside demo mode. */
    public static final String DEMO_PASSWORD = "demo";

    /** The demo organisation: the CPAS whose published plan is the demo plan. */
    public static final String DEMO_ORGANISATION = "CPAS de La Bruyère";

    /** The demo accounts, in the order they are printed at start-up. */
    public static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("admin", "Gestionnaire de l'application (démo)", EnumSet.of(Role.ADMIN)),
            new DemoAccount("dg", "Directrice générale (démo)", EnumSet.of(Role.DG)),
            new DemoAccount("df", "Directeur financier (démo)", EnumSet.of(Role.DF)),
            new DemoAccount("codir", "Cheffe du service social, membre du CODIR (démo)", EnumSet.of(Role.CODIR)),
            new DemoAccount("agent", "Assistant social (démo)", EnumSet.of(Role.AGENT)),
            new DemoAccount("conseiller", "Conseillère de l'action sociale (démo)", EnumSet.of(Role.CONSEILLER)));

    private final OrganisationRepository organisations;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    public InitialSetup(OrganisationRepository organisations, AccountRepository accounts,
            PasswordEncoder passwordEncoder) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    /**
     * Creates the demo organisation and the demo accounts that do not exist yet.
     *
     * @return {@code true} if the database was empty and has just been filled
     */
    @Transactional
    public boolean loadDemoFoundation() {
        boolean fresh = organisations.count() == 0;
        if (fresh) {
            organisations.save(new Organisation(DEMO_ORGANISATION, null, null, null));
        }
        for (DemoAccount demo : DEMO_ACCOUNTS) {
            if (!accounts.existsByUsername(demo.username())) {
                Account account = new Account(demo.username(), demo.displayName(),
                        passwordEncoder.encode(DEMO_PASSWORD), demo.roles());
                // an address of a domain reserved for examples: the demonstration's messages reach nobody
                account.changeEmail(demo.username() + "@cpas-labruyere.example");
                accounts.save(account);
            }
        }
        return fresh;
    }

    /**
     * Creates the first administrator of a production installation, only when no account exists at all.
     *
     * @return {@code true} if the account was created
     */
    @Transactional
    public boolean createFirstAdministrator(String username, String rawPassword, String organisationName) {
        if (accounts.count() > 0) {
            return false;
        }
        if (organisations.count() == 0) {
            organisations.save(new Organisation(organisationName, null, null, null));
        }
        accounts.save(new Account(username, username, passwordEncoder.encode(rawPassword), EnumSet.of(Role.ADMIN)));
        return true;
    }

    /**
     * The demo accounts that still accept the demo password: a production installation must not start with them.
     */
    @Transactional(readOnly = true)
    public java.util.List<String> demoAccountsStillOpen() {
        return DEMO_ACCOUNTS.stream()
                .map(demo -> accounts.findByUsername(demo.username()))
                .flatMap(java.util.Optional::stream)
                .filter(account -> account.isActive() && passwordEncoder.matches(DEMO_PASSWORD,
                        account.getPasswordHash()))
                .map(Account::getUsername)
                .toList();
    }

    /** Whether any account exists: a production start without one cannot be used by anybody. */
    @Transactional(readOnly = true)
    public boolean hasAnyAccount() {
        return accounts.count() > 0;
    }

    /** A demo account: username, the name shown in the pages, its roles. */
    public record DemoAccount(String username, String displayName, Set<Role> roles) {
    }
}
