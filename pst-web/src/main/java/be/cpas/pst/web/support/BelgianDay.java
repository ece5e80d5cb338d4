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
import java.time.DateTimeException;

/** A day kept as typed ({@code dd/MM/yyyy}, a day that exists), in a form with several lines. Empty is allowed. */
@Documented
@Constraint(validatedBy = BelgianDay.Validator.class)
@Target({ElementType.FIELD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface BelgianDay {

    String message() default "{typeMismatch.java.time.LocalDate}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the text with {@link Days#read}. */
    class Validator implements ConstraintValidator<BelgianDay, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            try {
                Days.read(value);
                return true;
            } catch (DateTimeException unreadable) {
                return false;
            }
        }
    }
}
