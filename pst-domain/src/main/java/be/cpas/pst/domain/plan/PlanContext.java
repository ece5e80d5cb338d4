package be.cpas.pst.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The narrative parts of a plan that frame its objectives. Each is rich text (a small, sanitised HTML subset) or
 * empty.
 */
@Embeddable
public record PlanContext(
        @Column(name = "dps_summary", columnDefinition = "text") String dpsSummary,
        @Column(name = "introduction", columnDefinition = "text") String introduction,
        @Column(name = "plan_values", columnDefinition = "text") String values,
        @Column(name = "political_vision", columnDefinition = "text") String politicalVision,
        @Column(name = "resources", columnDefinition = "text") String resources,
        @Column(name = "conclusion", columnDefinition = "text") String conclusion) {

    public static PlanContext empty() {
        return new PlanContext(null, null, null, null, null, null);
    }
}
