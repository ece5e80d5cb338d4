package be.cpas.pst.web.support;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.format.Formatter;

/**
 * Every decimal a form binds (amounts, indicator values, baselines and targets), read once and the same way
 * everywhere, as a Belgian reader types it: {@code 5.000} and {@code 1.250} are thousands, {@code 1.250,50 €} and
 * {@code 12,5} have a decimal comma, {@code 12.5} (a dot followed by one or two digits) is a decimal too. Twelve digits
 * before the comma and two after at most, as the database stores them; no exponent ({@code 1e999999999} is refused
 * instead of filling the memory). A refused text is the field's {@code typeMismatch} message, and the page shows it
 * back as typed ({@link TypedValues}).
 */
public final class BelgianDecimalFormatter implements Formatter<BigDecimal> {

    private static final int LONGEST_TEXT = 40;
    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,12}(\\.\\d{1,2})?");

    @Override
    public BigDecimal parse(String text, Locale locale) throws ParseException {
        BigDecimal value = read(text);
        if (value == null) {
            throw new ParseException("empty", 0);
        }
        return value;
    }

    /** The value typed, {@code null} for an empty text; a text that is no amount throws {@link ParseException}. */
    public static BigDecimal read(String typed) throws ParseException {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (typed.length() > LONGEST_TEXT) {
            throw new ParseException("too long", LONGEST_TEXT);
        }
        String cleaned = typed.replace("€", "").replace("EUR", "").replaceAll("[\\s\\u00a0\\u202f]", "");
        if (cleaned.indexOf(',') >= 0) {
            cleaned = cleaned.replace(".", "").replace(',', '.');
        } else if (THOUSANDS.matcher(cleaned).matches()) {
            cleaned = cleaned.replace(".", "");
        }
        if (!DECIMAL.matcher(cleaned).matches()) {
            throw new ParseException(typed, 0);
        }
        return new BigDecimal(cleaned);
    }


    @Override
    public String print(BigDecimal value, Locale locale) {
        return format(value);
    }

    /** {@code 1250.5} as {@code 1.250,50}: what {@link #read} reads back to the same value. */
    public static String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        // whole numbers without decimals, others with two, as amounts are written: 1.250 and 2.500,50
        DecimalFormat format = new DecimalFormat(value.stripTrailingZeros().scale() <= 0 ? "#,##0" : "#,##0.00",
                symbols);
        format.setParseBigDecimal(true);
        return format.format(value);
    }
}
