package be.cpas.pst.persistence.database;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * How this run of the application is set up.
 *
 * @param embedded the application started its own PostgreSQL (no {@code spring.datasource.url})
 * @param demo     demo data and demo accounts are loaded: on by default with the embedded database, off with an
 *                 external one unless {@code pst.demo=true} (PST_DEMO=true)
 */
public record DatabaseMode(boolean embedded, boolean demo) {

    static final String DEMO_PROPERTY = "pst.demo";

    public static DatabaseMode from(Environment environment) {
        boolean embedded = isEmbedded(environment);
        boolean demo = environment.getProperty(DEMO_PROPERTY, Boolean.class, embedded);
        return new DatabaseMode(embedded, demo);
    }

    static boolean isEmbedded(Environment environment) {
        return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }
}
