package be.cpas.pst.domain.vocabulary;

import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PlanOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** Someone the plan names as pilote, responsable or "qui ?": a name and, often, a function. */
@Entity
@Table(name = "person")
public class Person extends PlanOwned {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "job_title", length = 200)
    private String jobTitle;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Civility civility;

    @Column(name = "first_name", length = PersonIdentity.MAX_FIRST_NAME)
    private String firstName;

    @Column(name = "last_name", length = PersonIdentity.MAX_LAST_NAME)
    private String lastName;

    @Column(length = PersonIdentity.MAX_PHONE)
    private String phone;

    /** The account of this person, when they sign in ("my actions"). */
    @Column(name = "account_id")
    private Long accountId;

    protected Person() {
        // for JPA
    }

    public Person(Plan plan, int position, String name, String jobTitle) {
        super(plan, position);
        rename(name, jobTitle);
    }

    public void rename(String newName, String newJobTitle) {
        this.name = required(newName, "vocabulary.name.required", "name");
        this.jobTitle = optional(newJobTitle);
    }

    /** Civility, first and last name and telephone, as the accounting asks for them. */
    public void identify(PersonIdentity identity) {
        PersonIdentity given = identity == null ? PersonIdentity.NONE : identity;
        this.civility = given.civility();
        this.firstName = given.firstName();
        this.lastName = given.lastName();
        this.phone = given.phone();
    }

    public PersonIdentity getIdentity() {
        return new PersonIdentity(civility, firstName, lastName, phone);
    }

    public void linkAccount(Long account) {
        this.accountId = account;
    }

    public String getName() {
        return name;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public Long getAccountId() {
        return accountId;
    }

    @Override
    public String auditLabel() {
        return getName();
    }
}
