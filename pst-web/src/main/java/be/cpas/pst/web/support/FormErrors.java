package be.cpas.pst.web.support;

import be.cpas.pst.domain.shared.RuleViolation;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Puts a domain rule's refusal next to the field it concerns (or above the form), with its French message. */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * @param fieldsByKeyPrefix which form field a message key belongs to, by key prefix ("password." → "newPassword");
     *                          a key matching no prefix becomes an error of the whole form
     */
    public static void reject(BindingResult result, RuleViolation violation, Map<String, String> fieldsByKeyPrefix) {
        String field = violation.field().filter(name -> hasField(result, name))
                .orElseGet(() -> fieldsByKeyPrefix.entrySet().stream()
                        .filter(entry -> violation.messageKey().startsWith(entry.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElse(null));
        if (field == null) {
            result.reject(violation.messageKey(), violation.arguments(), violation.getMessage());
        } else {
            result.rejectValue(field, violation.messageKey(), violation.arguments(), violation.getMessage());
        }
    }

    /** Puts a domain rule's refusal next to the field it names, if the form has it (or above the form). */
    public static void reject(BindingResult result, RuleViolation violation) {
        reject(result, violation, Map.of());
    }

    private static boolean hasField(BindingResult result, String name) {
        Object form = result.getTarget();
        return form != null && PropertyAccessorFactory.forBeanPropertyAccess(form).isReadableProperty(name);
    }

    /**
     * The errors of a binding as the pages with one form per line show them (field → first French message; the
     * form's own errors under {@code "global"}): binding, Bean Validation and rule refusals alike.
     */
    public static Map<String, String> byField(BindingResult result, MessageSource messages) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), messages.getMessage(error, locale));
        }
        result.getGlobalErrors().forEach(error -> errors.putIfAbsent("global", messages.getMessage(error, locale)));
        return errors;
    }

    /**
     * The texts refused by the binding (a number or a day that could not be read), by field, so that the page shows
     * them back as they were typed.
     */
    public static Map<String, String> rejected(BindingResult result) {
        Map<String, String> rejected = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            Object value = error.getRejectedValue();
            if (error.isBindingFailure() && value != null) {
                rejected.putIfAbsent(error.getField(), value instanceof String[] texts && texts.length > 0 ? texts[0]
                        : value.toString());
            }
        }
        return rejected;
    }
}
