package be.cpas.pst.web.support;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.text.ParseException;

/**
 * A decimal kept as typed in a form with several lines (so that a refused text comes back as it was), readable by
 * {@link BelgianDecimalFormatter}: the same reading as every typed {@code BigDecimal} field. Empty is allowed.
 */
@Documented
@Constraint(validatedBy = BelgianDecimal.Validator.class)
@Target({ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface BelgianDecimal {

    String message() default "{typeMismatch.java.math.BigDecimal}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the text with the formatter's own reading. */
    class Validator implements ConstraintValidator<BelgianDecimal, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            try {
                BelgianDecimalFormatter.read(value);
                return true;
            } catch (ParseException unreadable) {
                return false;
            }
        }
    }
}
