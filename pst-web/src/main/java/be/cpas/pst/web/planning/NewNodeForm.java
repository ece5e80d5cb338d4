package be.cpas.pst.web.planning;

import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.planning.PlanNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new volet, axe, objective, projet or action: its level, code and title. */
public class NewNodeForm {

    private Long parentId;
    @NotNull(message = "{node.kind.required}")
    private NodeKind kind;
    @Size(max = 40, message = "{form.code.tooLong}")
    private String code;
    @NotBlank(message = "{node.title.required}")
    @Size(max = PlanNode.MAX_TITLE_LENGTH, message = "{node.title.tooLong}")
    private String title;

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public NodeKind getKind() {
        return kind;
    }

    public void setKind(NodeKind kind) {
        this.kind = kind;
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
}
