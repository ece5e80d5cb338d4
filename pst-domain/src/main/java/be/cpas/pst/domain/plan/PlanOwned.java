package be.cpas.pst.domain.plan;

import be.cpas.pst.domain.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.Objects;

/** Something that belongs to one plan and has an explicit place in its list. */
@MappedSuperclass
public abstract class PlanOwned implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(nullable = false)
    private int position;

    @Version
    private long version;

    protected PlanOwned() {
        // for JPA
    }

    protected PlanOwned(Plan plan, int position) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.position = position;
    }

    public void moveTo(int newPosition) {
        plan.checkEditable();
        this.position = newPosition;
    }

    protected static String required(String value, String messageKey, String what) {
        if (value == null || value.isBlank()) {
            throw new be.cpas.pst.domain.shared.RuleViolation(messageKey, what + " is required");
        }
        return value.strip();
    }

    protected static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public Plan getPlan() {
        return plan;
    }

    public int getPosition() {
        return position;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public final boolean equals(Object other) {
        return this == other || other != null && other.getClass() == getClass() && id != null
                && Objects.equals(id, ((PlanOwned) other).id);
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode();
    }

    @Override
    public Long auditPlanId() {
        return plan.getId();
    }
}
