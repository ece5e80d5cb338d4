package be.cpas.pst.web.account;

import be.cpas.pst.domain.access.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/** What the administrator types to create or change an account. */
public class AccountForm {

    @NotBlank(message = "{account.username.invalid}")
    @Size(min = 3, max = 100, message = "{account.username.invalid}")
    private String username;

    @NotBlank(message = "{account.displayName.required}")
    @Size(max = 200, message = "{form.tooLong}")
    private String displayName;

    @jakarta.validation.constraints.Size(max = be.cpas.pst.domain.account.Account.MAX_EMAIL,
            message = "{account.email.invalid}")
    private String email;

    @NotEmpty(message = "{account.roles.required}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** The people of the plans this account is (ids of {@code Person}). */
    private Set<Long> personIds = new java.util.HashSet<>();
    private Set<Long> serviceIds = new java.util.HashSet<>();

    /** The version the form was built on, to refuse a save over someone else's change. */
    private long version;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public Set<Long> getPersonIds() {
        return personIds;
    }

    public Set<Long> getServiceIds() {
        return serviceIds;
    }

    public void setServiceIds(Set<Long> serviceIds) {
        this.serviceIds = serviceIds == null ? new java.util.HashSet<>() : serviceIds;
    }

    public void setPersonIds(Set<Long> personIds) {
        this.personIds = personIds == null ? new java.util.HashSet<>() : personIds;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
