package be.cpas.pst.web.plan;

import be.cpas.pst.domain.plan.PlanNode;
import be.cpas.pst.domain.plan.VoletScope;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The fiche form of an element: what the DG or the pilote may change. */
public class FicheForm {

    private long version;
    @Size(max = 40, message = "{form.code.tooLong}")
    private String code;
    @NotBlank(message = "{node.title.required}")
    @Size(max = PlanNode.MAX_TITLE_LENGTH, message = "{node.title.tooLong}")
    private String title;
    @Size(max = 20000, message = "{form.description.tooLong}")
    private String description;
    private VoletScope scope;
    private Long priorityId;
    private Long piloteId;
    private Long responsableId;
    @Size(max = 300, message = "{form.tooLong}")
    private String responsableText;
    @Size(max = 300, message = "{form.tooLong}")
    private String deadline;
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate plannedStart;
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate plannedEnd;

    static FicheForm of(PlanNode node) {
        FicheForm form = new FicheForm();
        form.version = node.getVersion();
        form.code = node.getCode();
        form.title = node.getTitle();
        form.description = node.getDescription();
        form.scope = node.getScope();
        form.priorityId = node.getPriority() == null ? null : node.getPriority().getId();
        form.piloteId = node.getPilote() == null ? null : node.getPilote().getId();
        form.responsableId = node.getResponsable() == null ? null : node.getResponsable().getId();
        form.responsableText = node.getResponsableText();
        form.deadline = node.getDeadline() == null ? null : node.getDeadline().text();
        form.plannedStart = node.getPlannedStart();
        form.plannedEnd = node.getPlannedEnd();
        return form;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public VoletScope getScope() {
        return scope;
    }

    public void setScope(VoletScope scope) {
        this.scope = scope;
    }

    public Long getPriorityId() {
        return priorityId;
    }

    public void setPriorityId(Long priorityId) {
        this.priorityId = priorityId;
    }

    public Long getPiloteId() {
        return piloteId;
    }

    public void setPiloteId(Long piloteId) {
        this.piloteId = piloteId;
    }

    public Long getResponsableId() {
        return responsableId;
    }

    public void setResponsableId(Long responsableId) {
        this.responsableId = responsableId;
    }

    public String getResponsableText() {
        return responsableText;
    }

    public void setResponsableText(String responsableText) {
        this.responsableText = responsableText;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public void setPlannedStart(LocalDate plannedStart) {
        this.plannedStart = plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public void setPlannedEnd(LocalDate plannedEnd) {
        this.plannedEnd = plannedEnd;
    }
}
