package be.cpas.pst.domain.shared;

import java.util.Arrays;

/**
 * A domain rule refused a change. The message key names the French text shown to the user
 * ({@code i18n/messages.properties}); the English message is for logs.
 */
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolation(String messageKey, String englishMessage, Object... arguments) {
        super(englishMessage);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
