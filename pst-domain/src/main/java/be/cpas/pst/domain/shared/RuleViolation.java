package be.cpas.pst.domain.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * A domain rule refused a change. The message key names the French text shown to the user
 * ({@code i18n/messages.properties}); the English message is for logs.
 */
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private final String field;

    public RuleViolation(String messageKey, String englishMessage, Object... arguments) {
        super(englishMessage);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
        this.field = null;
    }

    private RuleViolation(RuleViolation refusal, String field) {
        super(refusal.getMessage());
        this.messageKey = refusal.messageKey;
        this.arguments = refusal.arguments;
        this.field = field;
    }

    /** The same refusal, about one value: a form shows it next to the field of that name. */
    public RuleViolation onField(String name) {
        return new RuleViolation(this, name);
    }

    /** The value refused, by the name its forms give it, when the refusal is about one. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
