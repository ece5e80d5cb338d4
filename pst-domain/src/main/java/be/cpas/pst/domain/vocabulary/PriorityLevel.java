package be.cpas.pst.domain.vocabulary;

import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PlanOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One step of a plan's own priority scale: "P1 — Urgent", or "Projet considéré prioritaire". */
@Entity
@Table(name = "priority_level")
public class PriorityLevel extends PlanOwned {

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(columnDefinition = "text")
    private String meaning;

    protected PriorityLevel() {
        // for JPA
    }

    public PriorityLevel(Plan plan, int position, String code, String label, String meaning) {
        super(plan, position);
        rename(code, label, meaning);
    }

    public void rename(String newCode, String newLabel, String newMeaning) {
        this.code = required(newCode, "vocabulary.code.required", "code");
        this.label = required(newLabel, "vocabulary.label.required", "label");
        this.meaning = optional(newMeaning);
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public String getMeaning() {
        return meaning;
    }

    @Override
    public String auditLabel() {
        return getCode() + " " + getLabel();
    }
}
