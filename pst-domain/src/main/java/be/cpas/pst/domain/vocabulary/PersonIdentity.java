package be.cpas.pst.domain.vocabulary;

import be.cpas.pst.domain.shared.RuleViolation;

/**
 * A person's identity as the accounting (eComptes) asks for it: civility, first name and last name go together (all
 * three or none), the telephone is optional. Limits are the exchange format's.
 */
public record PersonIdentity(Civility civility, String firstName, String lastName, String phone) {

    public static final int MAX_FIRST_NAME = 50;
    public static final int MAX_LAST_NAME = 100;
    public static final int MAX_PHONE = 15;
    public static final PersonIdentity NONE = new PersonIdentity(null, null, null, null);

    public PersonIdentity {
        firstName = blankToNull(firstName);
        lastName = blankToNull(lastName);
        phone = blankToNull(phone);
        boolean any = civility != null || firstName != null || lastName != null;
        if (any && (civility == null || firstName == null || lastName == null)) {
            throw new RuleViolation("person.identity.incomplete", "Civility, first and last name go together")
                    .onField(civility == null ? "civility" : firstName == null ? "firstName" : "lastName");
        }
        if (firstName != null && firstName.length() > MAX_FIRST_NAME
                || lastName != null && lastName.length() > MAX_LAST_NAME) {
            throw new RuleViolation("person.identity.tooLong", "Name longer than the format allows", MAX_FIRST_NAME,
                    MAX_LAST_NAME).onField(firstName != null && firstName.length() > MAX_FIRST_NAME ? "firstName"
                    : "lastName");
        }
        if (phone != null && (phone.length() > MAX_PHONE || !phone.matches("[0-9+ ./()-]+"))) {
            throw new RuleViolation("person.identity.phone", "Unreadable telephone", MAX_PHONE).onField("phone");
        }
    }

    /** Whether the accounting can be given this person (civility, first and last name known). */
    public boolean isComplete() {
        return civility != null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
