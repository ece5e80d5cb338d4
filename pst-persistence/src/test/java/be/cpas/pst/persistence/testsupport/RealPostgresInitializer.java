package be.cpas.pst.persistence.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points the Spring context of a test at the shared real PostgreSQL (so the embedded default stays off). */
public final class RealPostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        PostgresTestDatabase.Connection connection = PostgresTestDatabase.get();
        TestPropertyValues.of(
                "spring.datasource.url=" + connection.jdbcUrl(),
                "spring.datasource.username=" + connection.username(),
                "spring.datasource.password=" + connection.password())
                .applyTo(context.getEnvironment());
    }
}
