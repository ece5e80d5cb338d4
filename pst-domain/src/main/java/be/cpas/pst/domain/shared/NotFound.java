package be.cpas.pst.domain.shared;


/**
 * What an address or a form names does not exist, or belongs to another plan: the page answers with the French "page
 * introuvable", never with another plan's data. Deliberately not a {@link RuleViolation}: a refusal is shown next to
 * the field, an unknown element is not something the person can correct in the form.
 */
public class NotFound extends RuntimeException {

    private final String messageKey;

    public NotFound(String messageKey, String englishMessage) {
        super(englishMessage);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
