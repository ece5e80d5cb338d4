package be.cpas.pst.domain.vocabulary;

import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PlanOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An objectif politique of the Déclaration de politique sociale ("OP 3. Une politique positive de l'emploi"). */
@Entity
@Table(name = "political_objective")
public class PoliticalObjective extends PlanOwned {

    @Column(length = 30)
    private String code;

    @Column(nullable = false, columnDefinition = "text")
    private String title;

    protected PoliticalObjective() {
        // for JPA
    }

    public PoliticalObjective(Plan plan, int position, String code, String title) {
        super(plan, position);
        rename(code, title);
    }

    public void rename(String newCode, String newTitle) {
        this.code = optional(newCode);
        this.title = required(newTitle, "node.title.required", "title");
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    @Override
    public String auditLabel() {
        return getTitle();
    }
}
