package be.cpas.pst.domain.planning;

import be.cpas.pst.domain.shared.RuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** How success is measured: a name, a unit, a baseline and a target, and the values measured over time. */
@Entity
@Table(name = "indicator")
public class Indicator extends NodePart {

    @Column(nullable = false, length = 500)
    private String name;

    @Column(length = 50)
    private String unit;

    @Column(name = "baseline_value", precision = 14, scale = 2)
    private BigDecimal baselineValue;

    @Column(name = "baseline_date")
    private LocalDate baselineDate;

    @Column(name = "target_value", precision = 14, scale = 2)
    private BigDecimal targetValue;

    @Column(name = "target_date")
    private LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private IndicatorDirection direction;

    @OneToMany(mappedBy = "indicator", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("measuredOn, id")
    private List<IndicatorValue> values = new ArrayList<>();

    protected Indicator() {
        // for JPA
    }

    Indicator(PlanNode node, int position, String name, String unit, IndicatorDirection direction) {
        super(node, position);
        rename(name, unit, direction);
    }

    public void rename(String newName, String newUnit, IndicatorDirection newDirection) {
        checkEditable();
        if (newName == null || newName.isBlank()) {
            throw new RuleViolation("indicator.name.required", "An indicator needs a name");
        }
        this.name = newName.strip();
        this.unit = newUnit == null || newUnit.isBlank() ? null : newUnit.strip();
        this.direction = Objects.requireNonNull(newDirection, "direction");
    }

    public void aimAt(BigDecimal newBaselineValue, LocalDate newBaselineDate, BigDecimal newTargetValue,
            LocalDate newTargetDate) {
        checkEditable();
        getNode().getPlan().requirePlausible(newBaselineDate, "baselineDate");
        getNode().getPlan().requirePlausible(newTargetDate, "targetDate");
        if (newBaselineDate != null && newTargetDate != null && newTargetDate.isBefore(newBaselineDate)) {
            throw new RuleViolation("indicator.dates.order", "The target date comes before the baseline date");
        }
        this.baselineValue = newBaselineValue;
        this.baselineDate = newBaselineDate;
        this.targetValue = newTargetValue;
        this.targetDate = newTargetDate;
    }

    public IndicatorValue record(LocalDate measuredOn, BigDecimal value, String comment, String author) {
        return record(measuredOn, value, comment, author, null);
    }

    /** A value measured by a person who signs in: they may correct or withdraw it afterwards. */
    public IndicatorValue record(LocalDate measuredOn, BigDecimal value, String comment, String author,
            Long authorAccountId) {
        checkEditable();
        getNode().getPlan().requirePlausible(measuredOn, "measuredOn");
        IndicatorValue measured = new IndicatorValue(this, measuredOn, value, comment, author, authorAccountId);
        values.add(measured);
        return measured;
    }

    /** A value that should never have been recorded: removed, its reason kept in the history with the removal. */
    public void withdraw(IndicatorValue value, String reason) {
        checkEditable();
        value.explainWithdrawal(reason);
        values.remove(value);
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getBaselineValue() {
        return baselineValue;
    }

    public LocalDate getBaselineDate() {
        return baselineDate;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public IndicatorDirection getDirection() {
        return direction;
    }

    /** The most recent value measured, if any. */
    public java.util.Optional<IndicatorValue> latest() {
        return values.stream().max(java.util.Comparator.comparing(IndicatorValue::getMeasuredOn)
                .thenComparing(value -> value.getId() == null ? Long.MAX_VALUE : value.getId()));
    }

    public List<IndicatorValue> getValues() {
        return Collections.unmodifiableList(values);
    }

    @Override
    public String auditLabel() {
        return name;
    }
}
