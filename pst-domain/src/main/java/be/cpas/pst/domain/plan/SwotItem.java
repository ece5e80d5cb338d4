package be.cpas.pst.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** One line of the AFOM analysis. */
@Embeddable
public record SwotItem(
        @Enumerated(EnumType.STRING) @Column(name = "quadrant", nullable = false, length = 20) SwotQuadrant quadrant,
        @Column(name = "text", nullable = false, columnDefinition = "text") String text) {

    public SwotItem {
        Objects.requireNonNull(quadrant, "quadrant");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("An AFOM item needs a text");
        }
    }
}
