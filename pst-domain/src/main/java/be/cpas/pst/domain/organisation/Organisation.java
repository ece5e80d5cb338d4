package be.cpas.pst.domain.organisation;

import be.cpas.pst.domain.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/** A CPAS (Centre Public d'Action Sociale): the owner of the plans. */
@Entity
@Table(name = "organisation")
public class Organisation implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 500)
    private String address;

    @Column(length = 300)
    private String website;

    /** The INS (NIS) code of the municipality, e.g. 92141. */
    @Column(name = "ins_code", length = 10)
    private String insCode;

    @Version
    private long version;

    protected Organisation() {
        // for JPA
    }

    public Organisation(String name, String address, String website, String insCode) {
        rename(name);
        this.address = address;
        this.website = website;
        this.insCode = insCode;
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("An organisation needs a name");
        }
        this.name = newName.strip();
    }

    public void updateContact(String address, String website, String insCode) {
        this.address = address;
        this.website = website;
        this.insCode = insCode;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getWebsite() {
        return website;
    }

    public String getInsCode() {
        return insCode;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Organisation that && id != null && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Organisation.class.hashCode();
    }

    @Override
    public String auditLabel() {
        return name;
    }
}
