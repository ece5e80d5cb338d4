package be.cpas.pst.persistence.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server started from the binaries shipped on Maven Central, whose data directory stays on disk so
 * that the next start finds the data again.
 *
 * <p>A second application started on the same data directory is refused before PostgreSQL is touched: an exclusive
 * file lock next to the data directory is held for the life of the server.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    static final String DATABASE = "pst";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock,
            Path dataDirectory) {
        this.postgres = postgres;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.dataDirectory = dataDirectory;
    }

    /**
     * Starts PostgreSQL on {@code dataDirectory}, creating the cluster on first use and reusing it afterwards.
     *
     * @param port the TCP port on loopback, or 0 for any free port
     * @throws DataDirectoryInUseException if another process already runs a server on this data directory
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Path lockFile = directory.resolveSibling(directory.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            Files.createDirectories(directory.getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new DataDirectoryInUseException(directory);
            }
            boolean existing = Files.exists(directory.resolve("PG_VERSION"));
            log.info("{} embedded PostgreSQL in {}", existing ? "Reusing" : "Creating", directory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "100")
                    // the library tunes for throw-away test databases; this one keeps a CPAS's data
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setLocaleConfig("encoding", "UTF8")
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, channel, lock, directory);
            server.createDatabaseIfMissing();
            log.info("Embedded PostgreSQL ready on port {} (data in {})", postgres.getPort(), directory);
            return server;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + directory, e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // the same JVM already holds it: still a second server on the same directory
            return null;
        }
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database '" + DATABASE + "'", e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        } finally {
            try {
                lock.release();
            } catch (IOException e) {
                log.debug("Lock already released", e);
            }
            closeQuietly(lockChannel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    /** Another running application already owns this data directory. */
    public static final class DataDirectoryInUseException extends IllegalStateException {

        DataDirectoryInUseException(Path directory) {
            super("La base de données embarquée " + directory + " est déjà utilisée par une autre instance de "
                    + "l'application PST. Arrêtez l'autre instance, ou démarrez celle-ci sur un autre répertoire "
                    + "(variable d'environnement PST_DATA_DIR). / The embedded database directory is already in use "
                    + "by another running instance.");
        }
    }
}
