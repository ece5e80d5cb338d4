package be.cpas.pst.domain.vocabulary;

import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PlanOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An external body the plan works with (PCS, AIS, FOREM, another CPAS, an association). */
@Entity
@Table(name = "partner")
public class Partner extends PlanOwned {

    @Column(nullable = false, length = 200)
    private String name;

    protected Partner() {
        // for JPA
    }

    public Partner(Plan plan, int position, String name) {
        super(plan, position);
        rename(name);
    }

    public void rename(String newName) {
        this.name = required(newName, "vocabulary.name.required", "name");
    }

    public String getName() {
        return name;
    }

    @Override
    public String auditLabel() {
        return getName();
    }
}
