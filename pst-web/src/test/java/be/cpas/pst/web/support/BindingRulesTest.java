package be.cpas.pst.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cpas.pst.web.indicator.IndicatorForm;
import java.math.BigDecimal;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;

/** How every form reads what a Belgian user types: once, the same way, and never at any cost. */
class BindingRulesTest {

    private final BelgianDecimalFormatter decimals = new BelgianDecimalFormatter();
    private final Locale belgium = Locale.forLanguageTag("fr-BE");

    @Test
    void aDotBeforeThreeDigitsSeparatesThousandsAndACommaIsTheDecimalMark() throws ParseException {
        assertThat(decimals.parse("1.250", belgium)).isEqualByComparingTo("1250");
        assertThat(decimals.parse("5.000", belgium)).isEqualByComparingTo("5000");
        assertThat(decimals.parse("1.250,50 €", belgium)).isEqualByComparingTo("1250.50");
        assertThat(decimals.parse("1 250,5", belgium)).isEqualByComparingTo("1250.5");
        assertThat(decimals.parse("1\u00a0000 EUR", belgium)).isEqualByComparingTo("1000");
        assertThat(decimals.parse("12,5", belgium)).isEqualByComparingTo("12.5");
        assertThat(decimals.parse("12.5", belgium)).isEqualByComparingTo("12.5");
        assertThat(decimals.parse("-3", belgium)).isEqualByComparingTo("-3");
        assertThat(decimals.parse("1.000.000", belgium)).isEqualByComparingTo("1000000");
    }

    @Test
    void whatTheDatabaseCannotStoreIsRefusedBeforeItIsRead() throws ParseException {
        for (String typed : new String[] {"abc", "0,125", "1e999999999", "1E3", "9".repeat(400),
                "1" + "0".repeat(30), "1" + "0".repeat(12), "12,", ",5", "1.2.3", "1,2,3", "--1", "0x10", "∞"}) {
            assertThatThrownBy(() -> decimals.parse(typed, belgium)).as(typed).isInstanceOf(ParseException.class);
        }
        assertThat(decimals.parse("9".repeat(12), belgium)).isEqualByComparingTo("999999999999");
    }

    @Test
    void anEmptyFieldIsNoValue() throws ParseException {
        assertThat(BelgianDecimalFormatter.read("  ")).isNull();
        assertThat(BelgianDecimalFormatter.read(null)).isNull();
        assertThatThrownBy(() -> decimals.parse("", belgium)).isInstanceOf(ParseException.class);
    }

    @Test
    void aPrintedValueReadsBackToItself() throws ParseException {
        for (String value : new String[] {"0", "0.5", "12.25", "1250", "1250.5", "999999999999.99", "-42.1"}) {
            BigDecimal decimal = new BigDecimal(value);
            String printed = decimals.print(decimal, belgium);
            assertThat(decimals.parse(printed, belgium)).as(printed).isEqualByComparingTo(decimal);
        }
        assertThat(BelgianDecimalFormatter.format(new BigDecimal("1250.50"))).isEqualTo("1.250,50");
        assertThat(BelgianDecimalFormatter.format(new BigDecimal("1250.00"))).isEqualTo("1.250");
    }

    @Test
    void aTextWithAControlCharacterIsRefusedButLineBreaksAndTabsAreText() {
        SafeText text = new SafeText();
        text.setAsText("Ligne 1\nLigne 2\tfin\r\n");
        assertThat(text.getValue()).isEqualTo("Ligne 1\nLigne 2\tfin\r\n");
        for (String typed : new String[] {"avant\u0000après", "\u0007", "a\u001bb", "\u007f"}) {
            assertThatThrownBy(() -> text.setAsText(typed)).as(typed).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aFormIsBoundOnceByTheRegisteredFormattersAndARefusedTextIsKeptAsTyped() {
        DefaultFormattingConversionService conversions = new DefaultFormattingConversionService();
        conversions.addFormatter(new BelgianDecimalFormatter());
        IndicatorForm form = new IndicatorForm();
        WebDataBinder binder = new WebDataBinder(form, "indicatorForm");
        binder.setConversionService(conversions);
        new BindingAdvice().readTypedValues(binder);
        MutablePropertyValues typed = new MutablePropertyValues();
        typed.add("baselineValue", "1.250");
        typed.add("baselineDate", "05/03/2026");
        typed.add("targetValue", "1e999999999");
        typed.add("targetDate", "31/02/2026");

        binder.bind(typed);

        assertThat(form.getBaselineValue()).isEqualByComparingTo("1250");
        assertThat(form.getBaselineDate()).isEqualTo(LocalDate.of(2026, 3, 5));
        BindingResult result = binder.getBindingResult();
        assertThat(result.getFieldErrors()).extracting(FieldError::getField)
                .containsExactlyInAnyOrder("targetValue", "targetDate");
        assertThat(result.getFieldError("targetValue").getCodes()).contains("typeMismatch.java.math.BigDecimal");
        assertThat(FormErrors.rejected(result)).containsEntry("targetValue", "1e999999999")
                .containsEntry("targetDate", "31/02/2026");
        TypedValues shown = new TypedValues(conversions);
        assertThat(shown.of(form, "baselineValue", null)).isEqualTo("1.250");
        assertThat(shown.of(form, "baselineDate", null)).isEqualTo("05/03/2026");
        assertThat(shown.of(form, "targetValue", FormErrors.rejected(result))).isEqualTo("1e999999999");
    }
}
