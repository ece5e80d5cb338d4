package be.cpas.pst.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An internal service of the CPAS (Service social, Finances, Crèche, CODIR…). */
@Entity
@Table(name = "service_unit")
public class ServiceUnit extends PlanOwned {

    @Column(nullable = false, length = 200)
    private String name;

    protected ServiceUnit() {
        // for JPA
    }

    public ServiceUnit(Plan plan, int position, String name) {
        super(plan, position);
        rename(name);
    }

    public void rename(String newName) {
        this.name = required(newName, "vocabulary.name.required", "name");
    }

    public String getName() {
        return name;
    }
}
