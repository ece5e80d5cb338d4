package be.cpas.pst.web.support;

import be.cpas.pst.domain.shared.RuleViolation;
import java.util.Map;
import org.springframework.validation.BindingResult;

/** Puts a domain rule's refusal next to the field it concerns (or above the form), with its French message. */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * @param fieldsByKeyPrefix which form field a message key belongs to, by key prefix ("password." → "newPassword");
     *                          a key matching no prefix becomes an error of the whole form
     */
    public static void reject(BindingResult result, RuleViolation violation, Map<String, String> fieldsByKeyPrefix) {
        String field = fieldsByKeyPrefix.entrySet().stream()
                .filter(entry -> violation.messageKey().startsWith(entry.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (field == null) {
            result.reject(violation.messageKey(), violation.arguments(), violation.getMessage());
        } else {
            result.rejectValue(field, violation.messageKey(), violation.arguments(), violation.getMessage());
        }
    }
}
