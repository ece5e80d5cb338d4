package be.cpas.pst.reporting.evaluation;

import be.cpas.pst.domain.indicator.IndicatorStatus;
import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.vocabulary.StateCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A plan's figures as they stood at an evaluation's reference date, kept with the evaluation so that its report
 * reads the same next year, whatever the plan became since.
 *
 * @param work the plan's projets and actions by state category, and how many were late at the reference date
 * @param indicators the plan's indicators by status at the reference date
 */
public record FrozenFigures(LocalDate referenceDate, int percent, Map<StateCategory, Long> work, long late,
        Map<IndicatorStatus, Long> indicators, List<Element> elements) {

    /**
     * An element as it stood: an objective with the count of its work by state and its roll-up, or a projet/action
     * with its state, % and whether it was late; each with its indicators.
     */
    public record Element(long id, Long parentId, NodeKind kind, String code, String title, String state,
            StateCategory category, int percent, Map<StateCategory, Long> work, long late, boolean isLate,
            String deadline, List<Indicator> indicators) {

        public long count(StateCategory category) {
            return work == null ? 0 : work.getOrDefault(category, 0L);
        }

        public long workCount() {
            return work == null ? 0 : work.values().stream().mapToLong(Long::longValue).sum();
        }

        public String label() {
            return code == null || code.isBlank() ? title : code + " " + title;
        }
    }

    /** An indicator against its baseline and target, with its latest value at the reference date and its status. */
    public record Indicator(String name, String unit, BigDecimal baseline, BigDecimal target, BigDecimal latest,
            IndicatorStatus status) {
    }

    public long count(StateCategory category) {
        return work.getOrDefault(category, 0L);
    }

    public long workCount() {
        return work.values().stream().mapToLong(Long::longValue).sum();
    }

    public long indicatorCount() {
        return indicators.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The share of indicators achieved or on track, in whole %, or -1 when the plan has none with data. */
    public int indicatorShare() {
        long measured = indicatorCount() - indicators.getOrDefault(IndicatorStatus.NO_DATA, 0L);
        if (measured == 0) {
            return -1;
        }
        return (int) Math.round(100.0 * (indicators.getOrDefault(IndicatorStatus.ACHIEVED, 0L)
                + indicators.getOrDefault(IndicatorStatus.ON_TRACK, 0L)) / measured);
    }

    /** The elements directly under an element ({@code null}: the plan's OS, wherever they hang). */
    public List<Element> strategic() {
        return elements.stream().filter(e -> e.kind() == NodeKind.STRATEGIC_OBJECTIVE).toList();
    }

    public List<Element> childrenOf(long id) {
        return elements.stream().filter(e -> e.parentId() != null && e.parentId() == id).toList();
    }

    /** The work under an OO, its projets' actions included. */
    public List<Element> workUnder(long operationalId) {
        return elements.stream().filter(e -> e.kind().isWork() && (e.parentId() != null && e.parentId()
                == operationalId || e.parentId() != null && elements.stream().anyMatch(parent -> parent.id()
                == e.parentId() && parent.kind() == NodeKind.PROJECT && parent.parentId() != null
                && parent.parentId() == operationalId))).toList();
    }

    public List<Element> allWork() {
        return elements.stream().filter(e -> e.kind().isWork()).toList();
    }
}
