package be.cpas.pst.web.support;

import java.math.BigDecimal;
import org.springframework.format.support.FormatterPropertyEditorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How every form of the application reads what is typed, in one place:
 * <ul>
 *   <li>a decimal through {@link BelgianDecimalFormatter} only — as an editor, because when a registered formatter
 *       refuses a text Spring's binder falls back to its lenient default editor, which would read {@code 1.250} as
 *       1.25 and {@code 1e999999999} as a number;</li>
 *   <li>a text through {@link SafeText}: a control character (a NUL byte) is a field error.</li>
 * </ul>
 * A text refused here is the field's {@code typeMismatch} message, and the page shows it back as typed
 * ({@link TypedValues}).
 */
@ControllerAdvice
class BindingAdvice {

    private static final BelgianDecimalFormatter DECIMALS = new BelgianDecimalFormatter();

    @InitBinder
    void readTypedValues(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new SafeText());
        binder.registerCustomEditor(BigDecimal.class, new FormatterPropertyEditorAdapter(DECIMALS));
    }
}
