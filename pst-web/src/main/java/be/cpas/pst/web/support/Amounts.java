package be.cpas.pst.web.support;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Amounts as a Belgian reader types them: {@code 5.000}, {@code 1 250,50 €}, {@code 70000}. */
public final class Amounts {

    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");

    private Amounts() {
    }

    /** The amount, {@code null} for an empty text; a text that is no amount throws {@link NumberFormatException}. */
    public static BigDecimal parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String cleaned = typed.replace("€", "").replace("EUR", "").replaceAll("[\\s\\u00a0\\u202f]", "");
        if (cleaned.contains(",")) {
            cleaned = cleaned.replace(".", "").replace(',', '.');
        } else if (THOUSANDS.matcher(cleaned).matches()) {
            cleaned = cleaned.replace(".", "");
        }
        if (!cleaned.matches("-?\\d+(\\.\\d{1,2})?")) {
            throw new NumberFormatException(typed);
        }
        return new BigDecimal(cleaned);
    }
}
