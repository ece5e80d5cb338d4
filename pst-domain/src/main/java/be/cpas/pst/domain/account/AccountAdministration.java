package be.cpas.pst.domain.account;

import be.cpas.pst.domain.access.AccessPolicy;
import be.cpas.pst.domain.access.Actor;
import be.cpas.pst.domain.access.Role;
import be.cpas.pst.domain.shared.ConcurrentModification;
import be.cpas.pst.domain.shared.NotFound;
import be.cpas.pst.domain.shared.RuleViolation;
import be.cpas.pst.domain.vocabulary.Person;
import be.cpas.pst.domain.vocabulary.PersonRepository;
import be.cpas.pst.domain.vocabulary.ServiceUnit;
import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managing accounts (ADMIN only) and one's own password. Accounts are never deleted: a person who leaves is
 * deactivated, so the history keeps their name.
 */
@Service
@Transactional
public class AccountAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,100}");
    /** No 0/O, 1/l/I: a temporary password is read aloud or copied from a screen. */
    private static final char[] TEMPORARY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AccessPolicy policy;
    private final PersonRepository people;
    private final be.cpas.pst.domain.organisation.CurrentOrganisation organisation;

    public AccountAdministration(AccountRepository accounts, PasswordEncoder passwordEncoder, AccessPolicy policy,
            PersonRepository people, be.cpas.pst.domain.organisation.CurrentOrganisation organisation) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.people = people;
        this.organisation = organisation;
    }

    /** An account as the administrator's pages show it: never its password's hash. */
    public record AccountView(long id, String username, String displayName, String email, Set<Role> roles,
            boolean active, boolean mustChangePassword, long version) {

        static AccountView of(Account account) {
            return new AccountView(account.getId(), account.getUsername(), account.getDisplayName(),
                    account.getEmail(), Set.copyOf(account.getRoles()), account.isActive(),
                    account.isMustChangePassword(), account.getVersion());
        }
    }

    /**
     * A person or a service of a current plan an account can be linked to, named with its plan.
     *
     * @param accounts the accounts linked to it now (a person has at most one, a service its members)
     */
    public record LinkChoice(long id, String name, String planTitle, Set<Long> accounts) {

        public boolean linkedTo(long accountId) {
            return accounts.contains(accountId);
        }
    }

    /** The people of the current plans an account can be linked to ("my actions" follow from the link). */
    @Transactional(readOnly = true)
    public List<LinkChoice> linkablePeople() {
        policy.requireManageAccounts();
        return people.findLinkable().stream()
                .map(person -> new LinkChoice(person.getId(), person.getName(), person.getPlan().getTitle(),
                        person.getAccountId() == null ? Set.of() : Set.of(person.getAccountId())))
                .toList();
    }

    /**
     * Links the account to exactly these people of the current plans (the same person appears once per plan); a
     * person linked to another account moves to this one.
     */
    public void linkPeople(long accountId, Set<Long> personIds) {
        policy.requireManageAccounts();
        find(accountId);
        Set<Long> wanted = personIds == null ? Set.of() : personIds;
        for (Person person : people.findLinkable()) {
            if (wanted.contains(person.getId())) {
                person.linkAccount(accountId);
            } else if (Objects.equals(person.getAccountId(), accountId)) {
                person.linkAccount(null);
            }
        }
    }

    /** The services of the current plans an account can belong to. */
    @Transactional(readOnly = true)
    public List<LinkChoice> joinableServices() {
        policy.requireManageAccounts();
        return people.findJoinableServices().stream()
                .map(service -> new LinkChoice(service.getId(), service.getName(), service.getPlan().getTitle(),
                        Set.copyOf(service.getMemberAccountIds())))
                .toList();
    }

    /** Makes the account a member of exactly these services of the current plans. */
    public void joinServices(long accountId, Set<Long> serviceIds) {
        policy.requireManageAccounts();
        find(accountId);
        Set<Long> wanted = serviceIds == null ? Set.of() : serviceIds;
        for (ServiceUnit service : people.findJoinableServices()) {
            if (wanted.contains(service.getId())) {
                service.addMember(accountId);
            } else {
                service.removeMember(accountId);
            }
        }
    }

    /** An account just created or reset, with the temporary password to hand over once. */
    public record IssuedPassword(Account account, String temporaryPassword) {
    }

    /** Every account, for the notices that go to some of them. */
    @Transactional(readOnly = true)
    public List<Account> list() {
        policy.requireManageAccounts();
        return accounts.findAllByOrderByUsernameAsc();
    }

    /** Every account as the list of accounts shows it, by username. */
    @Transactional(readOnly = true)
    public List<AccountView> overview() {
        return list().stream().map(AccountView::of).toList();
    }

    /** An account as its page shows it; unknown ids are not found. */
    @Transactional(readOnly = true)
    public AccountView view(long accountId) {
        policy.requireManageAccounts();
        return AccountView.of(find(accountId));
    }

    public IssuedPassword create(String username, String displayName, Set<Role> roles) {
        policy.requireManageAccounts();
        String normalised = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(normalised).matches()) {
            throw new RuleViolation("account.username.invalid", "Invalid username");
        }
        if (accounts.existsByUsername(normalised)) {
            throw new RuleViolation("account.username.taken", "Username taken");
        }
        String temporary = temporaryPassword();
        Account account = new Account(normalised, required(displayName), passwordEncoder.encode(temporary),
                requiredRoles(roles));
        account.resetPasswordHash(account.getPasswordHash());
        return new IssuedPassword(accounts.save(account), temporary);
    }

    /** Changes name and roles, if nobody changed the account since {@code expectedVersion} was read. */
    public Account update(long accountId, long expectedVersion, String displayName, Set<Role> roles) {
        policy.requireManageAccounts();
        Account account = find(accountId);
        ConcurrentModification.check(expectedVersion, account.getVersion(), "Account " + accountId);
        if (isSelf(account) && !requiredRoles(roles).contains(Role.ADMIN)) {
            throw new RuleViolation("account.self.adminRole", "Cannot remove one's own ADMIN role");
        }
        // the administrator manages accounts, not plan content: a role of one's own comes from another administrator
        if (isSelf(account) && !account.getRoles().containsAll(requiredRoles(roles))) {
            throw new RuleViolation("account.self.newRole", "Cannot give oneself a new role");
        }
        account.rename(displayName);
        account.changeRoles(requiredRoles(roles));
        return account;
    }

    public void deactivate(long accountId) {
        policy.requireManageAccounts();
        Account account = find(accountId);
        if (isSelf(account)) {
            throw new RuleViolation("account.self.deactivate", "Cannot deactivate oneself");
        }
        account.deactivate();
    }

    public void reactivate(long accountId) {
        policy.requireManageAccounts();
        find(accountId).reactivate();
    }

    /** Gives a new temporary password that the person must change at their next sign-in. */
    public IssuedPassword resetPassword(long accountId) {
        policy.requireManageAccounts();
        Account account = find(accountId);
        String temporary = temporaryPassword();
        account.resetPasswordHash(passwordEncoder.encode(temporary));
        return new IssuedPassword(account, temporary);
    }

    /** The signed-in person changes their own password. */
    /** The administrator sets (or clears) a person's e-mail address. */
    public void changeEmail(long accountId, String email) {
        policy.requireManageAccounts();
        find(accountId).changeEmail(email);
    }

    /** The signed-in person sets (or clears) their own e-mail address. */
    public void changeOwnEmail(String email) {
        Actor actor = policy.actor();
        if (actor.accountId() == null) {
            throw new be.cpas.pst.domain.access.AccessRefused("Nobody is signed in");
        }
        find(actor.accountId()).changeEmail(email);
    }

    /** The signed-in person's own account. */
    @Transactional(readOnly = true)
    public Account self() {
        Actor actor = policy.actor();
        if (actor.accountId() == null) {
            throw new be.cpas.pst.domain.access.AccessRefused("Nobody is signed in");
        }
        return find(actor.accountId());
    }

    public void changeOwnPassword(String currentPassword, String newPassword, String confirmation) {
        Actor actor = policy.actor();
        if (actor.accountId() == null) {
            throw new be.cpas.pst.domain.access.AccessRefused("Nobody is signed in");
        }
        Account account = find(actor.accountId());
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new RuleViolation("password.currentWrong", "Current password wrong");
        }
        if (!Objects.equals(newPassword, confirmation)) {
            throw new RuleViolation("password.mismatch", "Confirmation differs");
        }
        PasswordPolicy.check(account.getUsername(), account.getDisplayName(), newPassword, organisation.find()
                .map(be.cpas.pst.domain.organisation.Organisation::getName).orElse(null));
        account.changePasswordHash(passwordEncoder.encode(newPassword));
    }

    private Account find(long accountId) {
        return accounts.findById(accountId)
                .orElseThrow(() -> new NotFound("account.notFound", "No account " + accountId));
    }

    private boolean isSelf(Account account) {
        return Objects.equals(account.getId(), policy.actor().accountId());
    }

    private static String required(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            throw new RuleViolation("account.displayName.required", "Display name required");
        }
        return displayName.strip();
    }

    private static Set<Role> requiredRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new RuleViolation("account.roles.required", "At least one role");
        }
        return roles;
    }

    static String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(TEMPORARY_ALPHABET[RANDOM.nextInt(TEMPORARY_ALPHABET.length)]);
        }
        return password.toString();
    }
}
