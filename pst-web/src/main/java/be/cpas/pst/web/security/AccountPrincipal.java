package be.cpas.pst.web.security;

import be.cpas.pst.domain.access.Role;
import be.cpas.pst.domain.account.Account;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as the session keeps it: no entity, only what the pages and the rules need. */
public final class AccountPrincipal implements UserDetails {

    private final long accountId;
    private final String username;
    private final String displayName;
    private final String passwordHash;
    private final Set<Role> roles;
    private final boolean active;
    private final boolean mustChangePassword;

    AccountPrincipal(Account account) {
        this.accountId = account.getId();
        this.username = account.getUsername();
        this.displayName = account.getDisplayName();
        this.passwordHash = account.getPasswordHash();
        this.roles = Set.copyOf(account.getRoles());
        this.active = account.isActive();
        this.mustChangePassword = account.isMustChangePassword();
    }

    /** Whether the account is still as this session holds it (name, roles, active, password to change). */
    boolean isCurrent(Account account) {
        return account.getDisplayName().equals(displayName) && account.getRoles().equals(roles)
                && account.isActive() == active && account.isMustChangePassword() == mustChangePassword;
    }

    public long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(String role) {
        return roles.contains(Role.valueOf(role));
    }

    /** A temporary password given by the administrator: every page leads to the password change first. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = roles.stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }
}
