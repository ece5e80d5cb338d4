package be.cpas.pst.domain.planning;

import be.cpas.pst.domain.deadline.Deadline;
import be.cpas.pst.domain.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An étape (sous-action) of a projet or action, with its own "qui ?" and échéance. */
@Entity
@Table(name = "plan_step")
public class Step extends NodePart {

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(length = 300)
    private String who;

    @Embedded
    private Deadline deadline;

    @Column(nullable = false)
    private boolean done;

    @Column(name = "done_on")
    private LocalDate doneOn;

    protected Step() {
        // for JPA
    }

    Step(PlanNode node, int position, String title, String who, Deadline deadline) {
        super(node, position);
        change(title, who, deadline);
    }

    public void change(String newTitle, String newWho, Deadline newDeadline) {
        checkEditable();
        if (newTitle == null || newTitle.isBlank()) {
            throw new RuleViolation("node.title.required", "A step needs a title");
        }
        getNode().getPlan().requirePlausible(newDeadline == null ? null : newDeadline.dueDate(), "deadline");
        this.title = newTitle.strip();
        this.who = newWho == null || newWho.isBlank() ? null : newWho.strip();
        this.deadline = newDeadline;
    }

    /** Not done, and its échéance has passed: the action it belongs to is late. */
    public boolean isLateOn(LocalDate today) {
        return isLate(done, deadline, today);
    }

    /** The rule for any étape, read from its entity or from its values. */
    public static boolean isLate(boolean done, Deadline deadline, LocalDate today) {
        return !done && deadline != null && deadline.dueDate() != null && deadline.dueDate().isBefore(today);
    }

    public void tick(LocalDate on) {
        checkEditable();
        this.done = true;
        this.doneOn = on;
    }

    public void untick() {
        checkEditable();
        this.done = false;
        this.doneOn = null;
    }

    public String getTitle() {
        return title;
    }

    public String getWho() {
        return who;
    }

    public Deadline getDeadline() {
        return deadline;
    }

    public boolean isDone() {
        return done;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    @Override
    public String auditLabel() {
        return title;
    }
}
