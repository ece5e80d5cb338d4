package be.cpas.pst.web.support;

import be.cpas.pst.reporting.export.BelgianMoney;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/** Amounts the Belgian way: {@code 70.000,00 €}. Templates call {@code @money.format(...)}. */
@Component("money")
public class Money {

    public String format(BigDecimal amount) {
        return BelgianMoney.format(amount);
    }
}
