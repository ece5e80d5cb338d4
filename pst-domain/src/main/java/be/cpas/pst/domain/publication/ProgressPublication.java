package be.cpas.pst.domain.publication;

import be.cpas.pst.domain.audit.Audited;
import be.cpas.pst.domain.plan.Plan;
import jakarta.persistence.Basic;
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
 * The state of progress the DG published at a date: the plan's figures as of that day, frozen as an evaluation
 * freezes them. The public PST shows the latest one; the work done in between stays internal until the next.
 */
@Entity
@Table(name = "progress_publication")
public class ProgressPublication implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "text")
    private String figures;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", length = 200)
    private String publishedBy;

    @Version
    private long version;

    protected ProgressPublication() {
        // for JPA
    }

    public ProgressPublication(Plan plan, LocalDate asOf, String figures, Instant publishedAt, String publishedBy) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.asOf = Objects.requireNonNull(asOf, "date");
        this.figures = Objects.requireNonNull(figures, "figures");
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String auditLabel() {
        return "Avancement publié au " + asOf.getDayOfMonth() + "/" + asOf.getMonthValue() + "/" + asOf.getYear();
    }

    @Override
    public Long auditPlanId() {
        return plan.getId();
    }

    public Plan getPlan() {
        return plan;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    /** The figures as of that day, in the form the reporting module reads back. */
    public String getFigures() {
        return figures;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
