package be.cpas.pst.web.startup;

import be.cpas.pst.domain.setup.InitialSetup;
import be.cpas.pst.persistence.database.DatabaseMode;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who started the application where to open it and, in demo mode, how to sign in. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final DatabaseMode mode;

    StartupBanner(DatabaseMode mode) {
        this.mode = mode;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        StringBuilder banner = new StringBuilder()
                .append("\n----------------------------------------------------------------\n")
                .append("  PST - Programme Stratégique Transversal\n")
                .append("  Application : http://localhost:").append(web.getWebServer().getPort()).append('\n')
                .append("  Base de données : ").append(mode.embedded() ? "PostgreSQL embarqué" : "PostgreSQL externe")
                .append('\n');
        if (mode.demo()) {
            banner.append("  Mode démonstration - comptes (mot de passe « ").append(InitialSetup.DEMO_PASSWORD)
                    .append(" ») :\n");
            banner.append(InitialSetup.DEMO_ACCOUNTS.stream()
                    .map(account -> "    " + account.username() + "  (" + account.roles().stream()
                            .map(Enum::name).collect(Collectors.joining(", ")) + ")")
                    .collect(Collectors.joining("\n")));
            banner.append('\n');
        }
        banner.append("----------------------------------------------------------------");
        log.info("{}", banner);
    }
}
