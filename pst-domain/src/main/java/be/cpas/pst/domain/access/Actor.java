package be.cpas.pst.domain.access;

import java.util.Set;

/**
 * Who is acting: the name kept in the history (even after the account is deactivated), the account, if any, and the
 * roles the access policy decides on.
 *
 * @param name      the person's display name, or "système" for the application itself
 * @param accountId the account, or {@code null} for the application itself
 * @param roles     the account's roles (empty for the application itself)
 */
public record Actor(String name, Long accountId, Set<Role> roles) {

    /** The application itself: start-up, demo data, command-line imports. */
    public static final Actor SYSTEM = new Actor("système", null, Set.of());

    public Actor {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
