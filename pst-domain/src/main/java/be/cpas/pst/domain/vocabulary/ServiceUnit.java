package be.cpas.pst.domain.vocabulary;

import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PlanOwned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** An internal service of the CPAS (Service social, Finances, Crèche, CODIR…). */
@Entity
@Table(name = "service_unit")
public class ServiceUnit extends PlanOwned {

    @Column(nullable = false, length = 200)
    private String name;

    /** The accounts of the people working in this service (accounts are never deleted, so ids stay valid). */
    @ElementCollection
    @CollectionTable(name = "service_member", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "account_id", nullable = false)
    private Set<Long> memberAccountIds = new HashSet<>();

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

    public boolean hasMember(Long accountId) {
        return accountId != null && memberAccountIds.contains(accountId);
    }

    public void addMember(long accountId) {
        memberAccountIds.add(accountId);
    }

    public void removeMember(long accountId) {
        memberAccountIds.remove(accountId);
    }

    public Set<Long> getMemberAccountIds() {
        return Collections.unmodifiableSet(memberAccountIds);
    }

    @Override
    public String auditLabel() {
        return getName();
    }
}
