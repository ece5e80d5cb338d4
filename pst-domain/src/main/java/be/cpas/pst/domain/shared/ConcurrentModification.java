package be.cpas.pst.domain.shared;


/**
 * Someone else saved the same thing since the form was opened. Nothing was saved; the page shows what changed and
 * keeps the person's input so that they can apply it again.
 */
public class ConcurrentModification extends RuleViolation {

    public ConcurrentModification(String what) {
        super("concurrent.modification", what + " was changed by someone else in the meantime");
    }

    /** Refuses the change when the version the form was built on is no longer the stored one. */
    public static void check(long expectedVersion, long currentVersion, String what) {
        if (expectedVersion != currentVersion) {
            throw new ConcurrentModification(what);
        }
    }
}
