package be.cpas.pst.web.support;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Amounts the Belgian way: {@code 70.000,00 €}. Templates call {@code @money.format(...)}. */
@Component("money")
public class Money {

    private static final Locale BELGIUM = Locale.forLanguageTag("fr-BE");

    public String format(BigDecimal amount) {
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
