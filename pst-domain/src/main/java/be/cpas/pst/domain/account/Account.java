package be.cpas.pst.domain.account;

import be.cpas.pst.domain.access.Role;
import be.cpas.pst.domain.audit.Audited;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A person who signs in. Accounts are deactivated, never deleted, so that the history keeps their name.
 * The password is only ever held as a hash produced by the application's password encoder.
 */
@Entity
@Table(name = "account")
public class Account implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Where messages reach the person; {@code null} until the administrator or the person sets it. */
    @Column(length = MAX_EMAIL)
    private String email;

    @Version
    private long version;

    /** The longest address a mail server accepts. */
    public static final int MAX_EMAIL = 254;
    /** One @, something on both sides, a dot in the domain, no spaces: the check a form can make. */
    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    protected Account() {
        // for JPA
    }

    public Account(String username, String displayName, String passwordHash, Set<Role> roles) {
        this.username = normaliseUsername(username);
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("An account needs a display name");
        }
        this.displayName = displayName.strip();
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = Instant.now();
    }

    /** Usernames are compared case-insensitively: they are stored trimmed and in lower case. */
    public static String normaliseUsername(String username) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("An account needs a username");
        }
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /** A password the administrator gave out: the person must choose their own at the next sign-in. */
    public void resetPasswordHash(String temporaryHash) {
        this.passwordHash = Objects.requireNonNull(temporaryHash, "temporaryHash");
        this.mustChangePassword = true;
    }

    public void rename(String newDisplayName) {
        if (newDisplayName == null || newDisplayName.isBlank()) {
            throw new be.cpas.pst.domain.shared.RuleViolation("account.displayName.required", "Display name required");
        }
        this.displayName = newDisplayName.strip();
    }

    public void changeRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new be.cpas.pst.domain.shared.RuleViolation("account.roles.required", "At least one role");
        }
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
        this.mustChangePassword = false;
    }

    /** Sets (or clears, with {@code null} or blank) the person's e-mail address. */
    public void changeEmail(String newEmail) {
        if (newEmail == null || newEmail.isBlank()) {
            this.email = null;
            return;
        }
        String stripped = newEmail.strip();
        if (stripped.length() > MAX_EMAIL || !EMAIL.matcher(stripped).matches()) {
            throw new be.cpas.pst.domain.shared.RuleViolation("account.email.invalid", "Invalid e-mail address");
        }
        this.email = stripped;
    }

    public String getEmail() {
        return email;
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean isActive() {
        return active;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Account that && id != null && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Account.class.hashCode();
    }

    @Override
    public String auditLabel() {
        return username;
    }
}
