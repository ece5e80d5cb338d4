package be.cpas.pst.domain.audit;

/**
 * Who made a change: the name kept in the history (even after the account is deactivated) and the account, if any.
 *
 * @param name      the person's display name, or "système" for the application itself
 * @param accountId the account, or {@code null} for the application itself
 */
public record Actor(String name, Long accountId) {

    /** The application itself: start-up, demo data, command-line imports. */
    public static final Actor SYSTEM = new Actor("système", null);
}
