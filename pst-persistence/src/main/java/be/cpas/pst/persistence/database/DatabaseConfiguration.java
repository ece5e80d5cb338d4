package be.cpas.pst.persistence.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Chooses the database. With {@code spring.datasource.url} set, Spring Boot's own datasource is used and nothing is
 * started here; without it, a real PostgreSQL is started on a data directory kept on disk.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    DatabaseMode databaseMode(Environment environment) {
        return DatabaseMode.from(environment);
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(EmbeddedDatabaseCondition.class)
    static class EmbeddedDatabaseConfiguration {

        @Bean(destroyMethod = "close")
        EmbeddedPostgresServer embeddedPostgresServer(@Value("${pst.data.dir:./data/postgres}") Path dataDirectory,
                @Value("${pst.embedded.port:0}") int port) {
            return EmbeddedPostgresServer.start(dataDirectory, port);
        }

        @Bean(destroyMethod = "close")
        HikariDataSource dataSource(EmbeddedPostgresServer server) {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(server.jdbcUrl());
            config.setUsername("postgres");
            config.setPassword("postgres");
            config.setPoolName("pst-embedded");
            config.setMaximumPoolSize(10);
            return new HikariDataSource(config);
        }
    }
}
