package be.cpas.pst.domain.planning;

import be.cpas.pst.domain.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One measurement of an indicator: when, how much, who said so. Measurements are facts: never edited. */
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

    protected IndicatorValue() {
        // for JPA
    }

    IndicatorValue(Indicator indicator, LocalDate measuredOn, BigDecimal value, String comment, String author) {
        this.indicator = indicator;
        this.measuredOn = Objects.requireNonNull(measuredOn, "measuredOn");
        this.value = Objects.requireNonNull(value, "value");
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.author = author;
        this.recordedAt = Instant.now();
    }

    public Long getId() {
        return id;
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
