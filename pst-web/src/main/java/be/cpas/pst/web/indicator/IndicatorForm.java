package be.cpas.pst.web.indicator;

import be.cpas.pst.domain.indicator.FicheIndicators;
import be.cpas.pst.domain.planning.Indicator;
import be.cpas.pst.domain.planning.IndicatorDirection;
import be.cpas.pst.web.support.BelgianDay;
import be.cpas.pst.web.support.BelgianDecimal;
import be.cpas.pst.web.support.BelgianDecimalFormatter;
import be.cpas.pst.web.support.Days;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An indicator's definition as typed (one form per indicator on the page, so that a refused text comes back as it
 * was); values and dates are checked and read by the same rules as every form's.
 */
public class IndicatorForm {

    private long version;
    @Size(max = 500, message = "{form.tooLong}")
    private String name;
    @Size(max = 50, message = "{form.tooLong}")
    private String unit;
    private IndicatorDirection direction = IndicatorDirection.INCREASE;
    @BelgianDecimal
    private String baselineValue;
    @BelgianDay
    private String baselineDate;
    @BelgianDecimal
    private String targetValue;
    @BelgianDay
    private String targetDate;

    static IndicatorForm of(Indicator indicator) {
        IndicatorForm form = new IndicatorForm();
        form.version = indicator.getVersion();
        form.name = indicator.getName();
        form.unit = indicator.getUnit();
        form.direction = indicator.getDirection();
        form.baselineValue = plain(indicator.getBaselineValue());
        form.baselineDate = day(indicator.getBaselineDate());
        form.targetValue = plain(indicator.getTargetValue());
        form.targetDate = day(indicator.getTargetDate());
        return form;
    }

    /** The definition to save; call it on a form without binding errors. */
    FicheIndicators.Definition definition() {
        return new FicheIndicators.Definition(name, unit, direction, BelgianDecimalFormatter.readValid(baselineValue),
                Days.read(baselineDate), BelgianDecimalFormatter.readValid(targetValue),
                Days.read(targetDate));
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? null : BelgianDecimalFormatter.format(value);
    }

    private static String day(LocalDate date) {
        return date == null ? null : Days.format(date);
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public IndicatorDirection getDirection() {
        return direction;
    }

    public void setDirection(IndicatorDirection direction) {
        this.direction = direction;
    }

    public String getBaselineValue() {
        return baselineValue;
    }

    public void setBaselineValue(String baselineValue) {
        this.baselineValue = baselineValue;
    }

    public String getBaselineDate() {
        return baselineDate;
    }

    public void setBaselineDate(String baselineDate) {
        this.baselineDate = baselineDate;
    }

    public String getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(String targetValue) {
        this.targetValue = targetValue;
    }

    public String getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(String targetDate) {
        this.targetDate = targetDate;
    }
}
