package be.cpas.pst.persistence.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DatabaseModeTest {

    @Test
    void withoutADatasourceUrlTheDatabaseIsEmbeddedAndInDemoMode() {
        DatabaseMode mode = DatabaseMode.from(new MockEnvironment());

        assertThat(mode).isEqualTo(new DatabaseMode(true, true));
    }

    @Test
    void anExternalDatabaseHasNoDemoDataByDefault() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/pst");

        assertThat(DatabaseMode.from(environment)).isEqualTo(new DatabaseMode(false, false));
    }

    @Test
    void anExternalDatabaseGetsDemoDataWhenAskedExplicitly() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/pst")
                .withProperty("pst.demo", "true");

        assertThat(DatabaseMode.from(environment)).isEqualTo(new DatabaseMode(false, true));
    }

    @Test
    void demoModeCanBeSwitchedOffOnTheEmbeddedDatabase() {
        MockEnvironment environment = new MockEnvironment().withProperty("pst.demo", "false");

        assertThat(DatabaseMode.from(environment)).isEqualTo(new DatabaseMode(true, false));
    }
}
