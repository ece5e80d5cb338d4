package be.cpas.pst.web.planning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Suspending or abandoning: the decision and the reason the CPAS gives for it. */
public class ReasonForm {

    /** {@code suspend} or {@code abandon}. */
    private String decision = "suspend";
    @NotBlank(message = "{progress.reason.required}")
    @Size(max = 4000, message = "{form.comment.tooLong}")
    private String reason;

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
