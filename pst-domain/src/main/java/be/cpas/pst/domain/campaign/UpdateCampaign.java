package be.cpas.pst.domain.campaign;

import be.cpas.pst.domain.audit.Audited;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A monthly update campaign on a plan: a title ("mise à jour de novembre"), a deadline, an optional message; the
 * work updated since it opened counts as done. Closed, it keeps the figures of that day for the evaluation.
 */
@Entity
@Table(name = "update_campaign")
public class UpdateCampaign implements Audited {

    public static final int MAX_TITLE = 200;
    public static final int MAX_MESSAGE = 2_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(columnDefinition = "text")
    private String message;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "opened_by", length = 200)
    private String openedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closing_figures", columnDefinition = "text")
    private String closingFigures;

    @Version
    private long version;

    protected UpdateCampaign() {
        // for JPA
    }

    public UpdateCampaign(Plan plan, String title, LocalDate deadline, String message, Instant openedAt,
            String openedBy) {
        this.plan = Objects.requireNonNull(plan, "plan");
        if (title == null || title.isBlank()) {
            throw new RuleViolation("campaign.title.required", "A campaign needs a title");
        }
        if (title.strip().length() > MAX_TITLE || message != null && message.strip().length() > MAX_MESSAGE) {
            throw new RuleViolation("node.text.tooLong", "Text too long", MAX_MESSAGE);
        }
        if (deadline == null) {
            throw new RuleViolation("campaign.deadline.required", "A campaign needs a deadline");
        }
        this.title = title.strip();
        this.deadline = deadline;
        this.message = message == null || message.isBlank() ? null : message.strip();
        this.openedAt = Objects.requireNonNull(openedAt, "openedAt");
        this.openedBy = openedBy;
    }

    /** Closes it, keeping the figures of that day. */
    public void close(Instant on, String figures) {
        if (closedAt != null) {
            throw new RuleViolation("campaign.closed", "The campaign is already closed");
        }
        this.closedAt = Objects.requireNonNull(on, "on");
        this.closingFigures = figures;
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String auditLabel() {
        return title;
    }

    @Override
    public Long auditPlanId() {
        return plan.getId();
    }

    public Plan getPlan() {
        return plan;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getMessage() {
        return message;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosingFigures() {
        return closingFigures;
    }

    public long getVersion() {
        return version;
    }
}
