package be.cpas.pst.web.progress;

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
    /** Indicator id → value, read by the registered Belgian formatter ("12", "12,5", "1.250"). */
    private Map<Long, BigDecimal> indicatorValues = new LinkedHashMap<>();
    /** Where to come back: "mes-actions" or "fiche". */
    private String back;

    /** The indicator values given (an empty field gives none). */
    Map<Long, BigDecimal> indicatorValuesRead() {
        Map<Long, BigDecimal> values = new HashMap<>();
        indicatorValues.forEach((indicatorId, value) -> {
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

    public Map<Long, BigDecimal> getIndicatorValues() {
        return indicatorValues;
    }

    public void setIndicatorValues(Map<Long, BigDecimal> indicatorValues) {
        this.indicatorValues = indicatorValues;
    }

    public String getBack() {
        return back;
    }

    public void setBack(String back) {
        this.back = back;
    }
}
