package be.cpas.pst.domain.planning;

import be.cpas.pst.domain.audit.Audited;
import be.cpas.pst.domain.vocabulary.ProgressState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One entry of a projet's or action's journal de suivi: who, when, which state, which %, what they said. */
@Entity
@Table(name = "progress_entry")
public class ProgressEntry implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "node_id")
    private PlanNode node;

    @Column(name = "recorded_on", nullable = false)
    private LocalDate recordedOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(nullable = false, length = 200)
    private String author;

    @Column(name = "author_account_id")
    private Long authorAccountId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "state_id")
    private ProgressState state;

    @Column(name = "progress_percent")
    private Integer percent;

    @Column(columnDefinition = "text")
    private String comment;

    protected ProgressEntry() {
        // for JPA
    }

    /**
     * An entry of the past, as a plan file carries it: the node's current state is not touched. Only the plan file
     * import uses it; new updates go through {@link PlanNode#recordProgress}.
     */
    public static ProgressEntry restore(PlanNode node, LocalDate recordedOn, String author, ProgressState state,
            Integer percent, String comment) {
        if (percent != null && (percent < 0 || percent > 100)) {
            throw new be.cpas.pst.domain.shared.RuleViolation("progress.percent.range", "Progress must be 0-100 %");
        }
        return new ProgressEntry(node, recordedOn, author, null, state, percent, comment);
    }

    ProgressEntry(PlanNode node, LocalDate recordedOn, String author, Long authorAccountId, ProgressState state,
            Integer percent, String comment) {
        this.node = Objects.requireNonNull(node, "node");
        this.recordedOn = Objects.requireNonNull(recordedOn, "recordedOn");
        this.recordedAt = Instant.now();
        this.author = author == null || author.isBlank() ? "?" : author.strip();
        this.authorAccountId = authorAccountId;
        this.state = state;
        this.percent = percent;
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public PlanNode getNode() {
        return node;
    }

    public LocalDate getRecordedOn() {
        return recordedOn;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getAuthor() {
        return author;
    }

    public Long getAuthorAccountId() {
        return authorAccountId;
    }

    public ProgressState getState() {
        return state;
    }

    public Integer getPercent() {
        return percent;
    }

    public String getComment() {
        return comment;
    }

    @Override
    public String auditLabel() {
        return node.auditLabel();
    }

    @Override
    public Long auditPlanId() {
        return node.auditPlanId();
    }

    @Override
    public Long auditNodeId() {
        return node.getId();
    }
}
