package be.cpas.pst.persistence.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one real PostgreSQL 17 that the tests of a JVM share. It is a Testcontainers container when a Docker engine
 * answers, and the embedded PostgreSQL otherwise; the choice is logged. Set {@code -Dpst.test.database=embedded} or
 * {@code =docker} to force one.
 */
public final class PostgresTestDatabase {

    private static final Logger log = LoggerFactory.getLogger(PostgresTestDatabase.class);
    private static final String IMAGE = "postgres:17-alpine";
    private static volatile Connection instance;

    private PostgresTestDatabase() {
    }

    /** Starts the server on first call; later calls return the same one. */
    public static synchronized Connection get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static Connection start() {
        String forced = System.getProperty("pst.test.database", "");
        boolean docker = switch (forced) {
            case "docker" -> true;
            case "embedded" -> false;
            default -> dockerAvailable();
        };
        return docker ? startContainer() : startEmbedded();
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource")
    private static Connection startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer(IMAGE);
        container.start();
        log.info("Tests use PostgreSQL from Testcontainers ({}) at {}", IMAGE, container.getJdbcUrl());
        return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                "Testcontainers " + IMAGE);
    }

    private static Connection startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }, "pst-test-postgres-stop"));
            String url = postgres.getJdbcUrl("postgres", "postgres");
            log.info("No Docker engine: tests use the embedded PostgreSQL at {}", url);
            return new Connection(url, "postgres", "postgres", "embedded PostgreSQL");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL for the tests", e);
        }
    }

    /** Where the tests connect. */
    public record Connection(String jdbcUrl, String username, String password, String kind) {
    }
}
