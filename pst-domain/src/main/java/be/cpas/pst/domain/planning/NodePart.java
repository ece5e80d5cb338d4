package be.cpas.pst.domain.planning;

import be.cpas.pst.domain.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.Objects;

/** A part of a projet's or action's fiche with its own place in a list: an étape, an indicator, a budget line. */
@MappedSuperclass
public abstract class NodePart implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "node_id")
    private PlanNode node;

    @Column(nullable = false)
    private int position;

    @Version
    private long version;

    protected NodePart() {
        // for JPA
    }

    protected NodePart(PlanNode node, int position) {
        this.node = Objects.requireNonNull(node, "node");
        this.position = position;
    }

    void renumber(int newPosition) {
        this.position = newPosition;
    }

    protected void checkEditable() {
        node.getPlan().checkEditable();
    }

    public Long getId() {
        return id;
    }

    public PlanNode getNode() {
        return node;
    }

    public int getPosition() {
        return position;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public final boolean equals(Object other) {
        return this == other || other != null && other.getClass() == getClass() && id != null
                && Objects.equals(id, ((NodePart) other).id);
    }

    @Override
    public final int hashCode() {
        return getClass().hashCode();
    }

    @Override
    public String auditLabel() {
        return getNode().auditLabel();
    }

    @Override
    public Long auditPlanId() {
        return getNode().getPlan().getId();
    }

    @Override
    public Long auditNodeId() {
        return getNode().getId();
    }
}
