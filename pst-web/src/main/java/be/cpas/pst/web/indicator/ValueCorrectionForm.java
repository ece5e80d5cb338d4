package be.cpas.pst.web.indicator;

import be.cpas.pst.domain.indicator.MeasuredValues;
import be.cpas.pst.domain.planning.IndicatorValue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A measured value put right, as bound from its page: the date and value it should have had, and why; the
 * withdrawal form uses the version and the reason only.
 */
public class ValueCorrectionForm {

    private long version;
    @NotNull(message = "{indicatorValue.date.required}")
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate measuredOn;
    @NotNull(message = "{indicatorValue.value.required}")
    private BigDecimal value;
    @Size(max = IndicatorValue.MAX_REASON, message = "{form.tooLong}")
    private String reason;

    static ValueCorrectionForm of(MeasuredValues.MeasuredValue.Stored stored) {
        ValueCorrectionForm form = new ValueCorrectionForm();
        form.version = stored.version();
        form.measuredOn = stored.measuredOn();
        form.value = stored.value();
        return form;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public void setMeasuredOn(LocalDate measuredOn) {
        this.measuredOn = measuredOn;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
