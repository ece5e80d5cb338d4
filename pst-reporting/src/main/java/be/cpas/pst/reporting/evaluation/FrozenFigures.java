package be.cpas.pst.reporting.evaluation;

import be.cpas.pst.domain.indicator.IndicatorStatus;
import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.planning.SynergyStatus;
import be.cpas.pst.domain.vocabulary.StateCategory;
import be.cpas.pst.reporting.finance.FinancialReportFigures;
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
 * @param financial the DF's report for the evaluated year as it stood (totals only), {@code null} when not kept
 */
public record FrozenFigures(LocalDate referenceDate, int percent, Map<StateCategory, Long> work, long late,
        Map<IndicatorStatus, Long> indicators, List<Element> elements, FinancialReportFigures financial) {

    /** The figures of a day without a financial chapter (an avancement published, an evaluation kept before). */
    public FrozenFigures(LocalDate referenceDate, int percent, Map<StateCategory, Long> work, long late,
            Map<IndicatorStatus, Long> indicators, List<Element> elements) {
        this(referenceDate, percent, work, late, indicators, elements, null);
    }

    /** The same figures with the DF's report as it stood on the reference date. */
    public FrozenFigures withFinancial(FinancialReportFigures report) {
        return new FrozenFigures(referenceDate, percent, work, late, indicators, elements, report);
    }

    /**
     * An element as it stood: an objective with the count of its work by state and its roll-up, or a projet/action
     * with its state, % and whether it was late; each with its indicators.
     */
    public record Element(long id, Long parentId, NodeKind kind, String code, String title, String state,
            StateCategory category, int percent, Map<StateCategory, Long> work, long late, boolean isLate,
            String deadline, List<Indicator> indicators, SynergyStatus synergy, String synergyDetails) {

        /** An element without a commune/CPAS synergy (or kept before synergies were). */
        public Element(long id, Long parentId, NodeKind kind, String code, String title, String state,
                StateCategory category, int percent, Map<StateCategory, Long> work, long late, boolean isLate,
                String deadline, List<Indicator> indicators) {
            this(id, parentId, kind, code, title, state, category, percent, work, late, isLate, deadline, indicators,
                    null, null);
        }

        /** The same element with its synergy as the plan described it. */
        public Element withSynergy(SynergyStatus status, String details) {
            return new Element(id, parentId, kind, code, title, state, category, percent, work, late, isLate,
                    deadline, indicators, status, details);
        }

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

    /** An indicator whose value or status moved between two evaluations ({@code before} null: not measured then). */
    public record IndicatorMove(String element, String name, String unit, BigDecimal before, BigDecimal now,
            IndicatorStatus statusBefore, IndicatorStatus statusNow) {
    }

    /**
     * The indicators whose latest value or status changed since an earlier evaluation's figures, in the plan's order
     * (matched by element and name; one pass over each).
     */
    public List<IndicatorMove> indicatorMovesSince(FrozenFigures earlier) {
        Map<Map.Entry<Long, String>, Indicator> before = new java.util.HashMap<>();
        for (Element element : earlier.elements()) {
            element.indicators().forEach(indicator -> before.put(Map.entry(element.id(), indicator.name()),
                    indicator));
        }
        List<IndicatorMove> moves = new java.util.ArrayList<>();
        for (Element element : elements) {
            for (Indicator indicator : element.indicators()) {
                Indicator then = before.get(Map.entry(element.id(), indicator.name()));
                BigDecimal was = then == null ? null : then.latest();
                IndicatorStatus statusWas = then == null ? null : then.status();
                boolean sameValue = was == null ? indicator.latest() == null
                        : indicator.latest() != null && was.compareTo(indicator.latest()) == 0;
                if (!sameValue || statusWas != indicator.status()) {
                    moves.add(new IndicatorMove(element.label(), indicator.name(), indicator.unit(), was,
                            indicator.latest(), statusWas, indicator.status()));
                }
            }
        }
        return moves;
    }

    public long count(StateCategory category) {
        return work.getOrDefault(category, 0L);
    }

    /** The work in the categories listed before this one (where its part of a bar chart starts). */
    public long countBefore(StateCategory category) {
        long before = 0;
        for (StateCategory earlier : StateCategory.values()) {
            if (earlier == category) {
                break;
            }
            before += count(earlier);
        }
        return before;
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

    /**
     * For each objective, the share of the indicators measured at the reference date under it (its own and those of
     * its work) that were achieved or on track, in whole %; absent when none was measured. One pass.
     */
    public Map<Long, Integer> indicatorShares() {
        Map<Long, Element> byId = byId();
        Map<Long, long[]> counts = new java.util.HashMap<>(); // measured, achieved or on track
        for (Element element : elements) {
            for (Indicator indicator : element.indicators()) {
                if (indicator.status() == IndicatorStatus.NO_DATA) {
                    continue;
                }
                boolean good = indicator.status() == IndicatorStatus.ACHIEVED
                        || indicator.status() == IndicatorStatus.ON_TRACK;
                for (Element up = element; up != null; up = up.parentId() == null ? null : byId.get(up.parentId())) {
                    long[] count = counts.computeIfAbsent(up.id(), key -> new long[2]);
                    count[0]++;
                    count[1] += good ? 1 : 0;
                }
            }
        }
        Map<Long, Integer> shares = new java.util.HashMap<>();
        counts.forEach((id, count) -> shares.put(id, (int) Math.round(100.0 * count[1] / count[0])));
        return shares;
    }

    /** Every element by its id, to walk up the tree in one pass. */
    public Map<Long, Element> byId() {
        Map<Long, Element> byId = new java.util.HashMap<>();
        elements.forEach(e -> byId.put(e.id(), e));
        return byId;
    }

    /** An element as it stood, if it existed at the reference date. */
    public java.util.Optional<Element> element(long id) {
        return elements.stream().filter(e -> e.id() == id).findFirst();
    }

    /**
     * The plan's work grouped by the objectif opérationnel it serves (a projet's actions with their projet), in the
     * plan's order, keeping only the work {@code kept} accepts; one pass.
     */
    public Map<Long, List<Element>> workByOperational(java.util.function.Predicate<Element> kept) {
        Map<Long, Element> byId = byId();
        Map<Long, List<Element>> grouped = new java.util.LinkedHashMap<>();
        for (Element work : allWork()) {
            if (!kept.test(work)) {
                continue;
            }
            Element up = work;
            while (up != null && up.kind() != NodeKind.OPERATIONAL_OBJECTIVE) {
                up = up.parentId() == null ? null : byId.get(up.parentId());
            }
            if (up != null) {
                grouped.computeIfAbsent(up.id(), key -> new java.util.ArrayList<>()).add(work);
            }
        }
        return grouped;
    }

    /**
     * The elements with a synergy between the commune and the CPAS, grouped by its status (existing first, then to
     * consider, then undetermined), in the plan's order: the synergy review's list.
     */
    public Map<SynergyStatus, List<Element>> synergies() {
        Map<SynergyStatus, List<Element>> grouped = new java.util.LinkedHashMap<>();
        for (SynergyStatus status : List.of(SynergyStatus.EXISTING, SynergyStatus.TO_CONSIDER,
                SynergyStatus.UNDETERMINED)) {
            List<Element> of = elements.stream().filter(e -> e.synergy() == status).toList();
            if (!of.isEmpty()) {
                grouped.put(status, of);
            }
        }
        return grouped;
    }

    public List<Element> allWork() {
        return elements.stream().filter(e -> e.kind().isWork()).toList();
    }
}
