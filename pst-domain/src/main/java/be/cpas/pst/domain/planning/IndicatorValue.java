package be.cpas.pst.domain.planning;

import be.cpas.pst.domain.audit.Audited;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One measurement of an indicator: when, how much, who said so. A mistake is corrected or the value withdrawn by its
 * author or the DG, always with a reason, which the history keeps with the old and new value.
 */
@Entity
@Table(name = "indicator_value")
public class IndicatorValue implements Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    @Column(name = "measured_on", nullable = false)
    private LocalDate measuredOn;

    @Column(name = "measured_value", nullable = false, precision = 14, scale = 2)
    private BigDecimal value;

    @Column(columnDefinition = "text")
    private String comment;

    @Column(length = 200)
    private String author;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** The account that measured it ({@code null}: recorded before accounts were kept, or from a plan file). */
    @Column(name = "author_account_id")
    private Long authorAccountId;

    /** Why it was last corrected, or why it is being withdrawn. */
    @Column(name = "change_reason", length = MAX_REASON)
    private String changeReason;

    @Version
    private long version;

    public static final int MAX_REASON = 500;

    protected IndicatorValue() {
        // for JPA
    }

    IndicatorValue(Indicator indicator, LocalDate measuredOn, BigDecimal value, String comment, String author,
            Long authorAccountId) {
        this.indicator = indicator;
        this.authorAccountId = authorAccountId;
        this.measuredOn = Objects.requireNonNull(measuredOn, "measuredOn");
        this.value = Objects.requireNonNull(value, "value");
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.author = author;
        this.recordedAt = Instant.now();
    }

    /** A mistake put right: the value and its date as they should have been, and why. */
    public void correct(LocalDate newMeasuredOn, BigDecimal newValue, String reason) {
        indicator.getNode().getPlan().checkEditable();
        indicator.getNode().getPlan().requirePlausible(newMeasuredOn, "measuredOn");
        this.changeReason = requiredReason(reason);
        this.measuredOn = Objects.requireNonNull(newMeasuredOn, "measuredOn");
        this.value = Objects.requireNonNull(newValue, "value");
    }

    /** Marks why the value is withdrawn, before it is removed (the history keeps it with the removal). */
    void explainWithdrawal(String reason) {
        this.changeReason = requiredReason(reason);
    }

    private static String requiredReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("indicatorValue.reason.required", "A correction needs its reason")
                    .onField("reason");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new RuleViolation("indicatorValue.reason.tooLong", "Reason too long", MAX_REASON).onField("reason");
        }
        return reason.strip();
    }

    public Long getId() {
        return id;
    }

    public Long getAuthorAccountId() {
        return authorAccountId;
    }

    public String getChangeReason() {
        return changeReason;
    }

    public long getVersion() {
        return version;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getComment() {
        return comment;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    @Override
    public String auditLabel() {
        return indicator.auditLabel();
    }

    @Override
    public Long auditPlanId() {
        return indicator.auditPlanId();
    }

    @Override
    public Long auditNodeId() {
        return indicator.auditNodeId();
    }
}
