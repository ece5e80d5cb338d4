package be.cpas.pst.web.progress;

import be.cpas.pst.domain.planning.PlanNode;
import jakarta.validation.constraints.Size;

/** A new étape as typed: what, who, by when (lengths are the columns'). */
public class StepForm {

    @Size(max = PlanNode.MAX_TITLE_LENGTH, message = "{step.title.tooLong}")
    private String title;
    @Size(max = 300, message = "{form.tooLong}")
    private String who;
    @Size(max = 300, message = "{form.tooLong}")
    private String deadline;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }
}
