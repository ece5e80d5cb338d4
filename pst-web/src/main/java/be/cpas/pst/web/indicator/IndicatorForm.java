package be.cpas.pst.web.indicator;

import be.cpas.pst.domain.planning.Indicator;
import be.cpas.pst.domain.planning.IndicatorDirection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** An indicator's definition as typed: values and dates stay text until they are read. */
public class IndicatorForm {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private long version;
    private String name;
    private String unit;
    private IndicatorDirection direction = IndicatorDirection.INCREASE;
    private String baselineValue;
    private String baselineDate;
    private String targetValue;
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

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String day(LocalDate date) {
        return date == null ? null : DAY.format(date);
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
