package be.cpas.pst.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @TempDir
    Path workDirectory;

    @Test
    void dataWrittenBeforeAStopIsThereAfterTheNextStart() throws SQLException {
        Path dataDirectory = workDirectory.resolve("data/postgres");
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dataDirectory, 0)) {
            execute(first, "create table kept (label text)");
            execute(first, "insert into kept values ('encore là')");
        }
        try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(dataDirectory, 0);
                Connection connection = connect(second);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select label from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("encore là");
            assertThat(connection.getMetaData().getDatabaseMajorVersion()).isEqualTo(17);
        }
    }

    @Test
    void aSecondServerOnTheSameDataDirectoryIsRefusedWithAClearMessage() throws SQLException {
        Path dataDirectory = workDirectory.resolve("shared");
        try (EmbeddedPostgresServer running = EmbeddedPostgresServer.start(dataDirectory, 0)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDirectory, 0))
                    .isInstanceOf(EmbeddedPostgresServer.DataDirectoryInUseException.class)
                    .hasMessageContaining("déjà utilisée par une autre instance")
                    .hasMessageContaining("PST_DATA_DIR");
            // the running server was not disturbed by the refused attempt
            execute(running, "select 1");
        }
        // once the first one stopped, the directory can be used again
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(dataDirectory, 0)) {
            execute(again, "select 1");
        }
    }

    private static void execute(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), "postgres", "postgres");
    }
}
