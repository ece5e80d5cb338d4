package be.cpas.pst.web.progress;

import be.cpas.pst.web.support.BelgianDecimal;
import be.cpas.pst.web.support.BelgianDecimalFormatter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The monthly update of one projet or action: state, %, comment and the current value of its indicators. */
public class ProgressForm {

    /** The version of the action the form was built on. */
    private long version;
    private Long stateId;
    @Min(value = 0, message = "{progress.percent.range}")
    @Max(value = 100, message = "{progress.percent.range}")
    private Integer percent;
    @Size(max = 4000, message = "{form.comment.tooLong}")
    private String comment;
    /** Indicator id → value as typed ("12", "12,5"). */
    private Map<Long, @BelgianDecimal String> indicatorValues = new LinkedHashMap<>();
    /** Where to come back: "mes-actions" or "fiche". */
    private String back;

    /** The indicator values typed, read; call it on a form without binding errors. */
    Map<Long, BigDecimal> indicatorValuesRead() {
        Map<Long, BigDecimal> values = new HashMap<>();
        indicatorValues.forEach((indicatorId, typed) -> {
            BigDecimal value = BelgianDecimalFormatter.readValid(typed);
            if (value != null) {
                values.put(indicatorId, value);
            }
        });
        return values;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Long getStateId() {
        return stateId;
    }

    public void setStateId(Long stateId) {
        this.stateId = stateId;
    }

    public Integer getPercent() {
        return percent;
    }

    public void setPercent(Integer percent) {
        this.percent = percent;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Map<Long, String> getIndicatorValues() {
        return indicatorValues;
    }

    public void setIndicatorValues(Map<Long, String> indicatorValues) {
        this.indicatorValues = indicatorValues;
    }

    public String getBack() {
        return back;
    }

    public void setBack(String back) {
        this.back = back;
    }
}
