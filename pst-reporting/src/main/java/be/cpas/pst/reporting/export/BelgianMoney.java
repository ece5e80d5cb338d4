package be.cpas.pst.reporting.export;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Amounts the Belgian way, {@code 70.000,00 €}, a dash for an unknown one: the one writing of money of the pages
 * (through the web's {@code @money}) and of the documents (Word, PDF).
 */
public final class BelgianMoney {

    private static final Locale BELGIUM = Locale.forLanguageTag("fr-BE");

    private BelgianMoney() {
    }

    public static String format(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(BELGIUM);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        // the Belgian convention of the published plans: a dot between thousands
        return format.format(amount).replace('\u202f', '.').replace('\u00a0', '.') + " €";
    }
}
