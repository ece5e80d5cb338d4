package be.cpas.pst.web.indicator;

import be.cpas.pst.domain.indicator.FicheIndicators;
import be.cpas.pst.domain.progress.ElementView;
import be.cpas.pst.domain.planning.IndicatorDirection;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An indicator's definition as bound from its form: values read by the registered Belgian formatter, days as
 * {@code dd/MM/yyyy}.
 */
public class IndicatorForm {

    private long version;
    @Size(max = 500, message = "{form.tooLong}")
    private String name;
    @Size(max = 50, message = "{form.tooLong}")
    private String unit;
    private IndicatorDirection direction = IndicatorDirection.INCREASE;
    private BigDecimal baselineValue;
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate baselineDate;
    private BigDecimal targetValue;
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate targetDate;

    static IndicatorForm of(ElementView.IndicatorView indicator) {
        IndicatorForm form = new IndicatorForm();
        form.version = indicator.version();
        form.name = indicator.name();
        form.unit = indicator.unit();
        form.direction = indicator.direction();
        form.baselineValue = indicator.baselineValue();
        form.baselineDate = indicator.baselineDate();
        form.targetValue = indicator.targetValue();
        form.targetDate = indicator.targetDate();
        return form;
    }

    /** The definition to save; call it on a form without binding errors. */
    FicheIndicators.Definition definition() {
        return new FicheIndicators.Definition(name, unit, direction, baselineValue, baselineDate, targetValue,
                targetDate);
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

    public BigDecimal getBaselineValue() {
        return baselineValue;
    }

    public void setBaselineValue(BigDecimal baselineValue) {
        this.baselineValue = baselineValue;
    }

    public LocalDate getBaselineDate() {
        return baselineDate;
    }

    public void setBaselineDate(LocalDate baselineDate) {
        this.baselineDate = baselineDate;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(BigDecimal targetValue) {
        this.targetValue = targetValue;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }
}
