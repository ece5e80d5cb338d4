package be.cpas.pst.domain.vocabulary;

import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PlanOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;

/** One état d'avancement of a plan's own scale ("à l'étude", "en cours de réalisation", …) and what it means. */
@Entity
@Table(name = "progress_state")
public class ProgressState extends PlanOwned {

    @Column(nullable = false, length = 100)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StateCategory category;

    protected ProgressState() {
        // for JPA
    }

    public ProgressState(Plan plan, int position, String label, StateCategory category) {
        super(plan, position);
        rename(label, category);
    }

    public void rename(String newLabel, StateCategory newCategory) {
        this.label = required(newLabel, "vocabulary.label.required", "label");
        this.category = Objects.requireNonNull(newCategory, "category");
    }

    public String getLabel() {
        return label;
    }

    public StateCategory getCategory() {
        return category;
    }

    @Override
    public String auditLabel() {
        return getLabel();
    }
}
