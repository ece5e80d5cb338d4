package be.cpas.pst.persistence.planfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The three published PSTs shipped with the application as plan files (classpath {@code samples/}). */
public enum SamplePlan {
    ANDERLUES("samples/pst-cpas-anderlues-2019-2024.json"),
    LA_BRUYERE("samples/pst-cpas-la-bruyere-2025-2030.json"),
    SOUMAGNE("samples/pst-cpas-soumagne-2025-2030.json");

    private final String resource;

    SamplePlan(String resource) {
        this.resource = resource;
    }

    public String resource() {
        return resource;
    }

    public byte[] bytes() {
        try (InputStream in = SamplePlan.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Sample plan missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
