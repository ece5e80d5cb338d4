package be.cpas.pst.web.progress;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
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
    private Map<Long, String> indicatorValues = new LinkedHashMap<>();
    /** Where to come back: "mes-actions" or "fiche". */
    private String back;

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
