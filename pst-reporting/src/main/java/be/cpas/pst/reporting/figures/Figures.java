package be.cpas.pst.reporting.figures;

import be.cpas.pst.domain.indicator.IndicatorStatus;
import be.cpas.pst.domain.progress.Rollup;
import be.cpas.pst.domain.progress.WorkFilter;
import be.cpas.pst.domain.vocabulary.StateCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Where a plan stands on a day, under a filter: headline figures, objectives, the lists that call for a decision,
 * indicators, budget and ODD coverage. Computed by {@link FiguresCalculator}; the CODIR dashboard shows them, and the
 * evaluation report, the published PST and the financial follow-up read the same figures.
 */
public record Figures(PlanInfo plan, WorkFilter filter, LocalDate today, Headline headline,
        List<ObjectiveLine> objectives, Lists lists, List<IndicatorLine> indicators, Budget budget,
        List<Coverage> sdgs, List<Coverage> enjeux, Choices choices) {

    /** Rows shown per list on the dashboard itself; the drill-down page has them all. */
    public static final int LIST_LIMIT = 10;
    /** Indicators shown on the dashboard itself, the most worrying first; their own page has them all. */
    public static final int INDICATOR_LIMIT = 15;
    /**
     * Up to this many objective lines, every OS shows its OOs; above it (a large plan, unfiltered) each OS opens on
     * demand, so that the page stays one a CODIR member can take in.
     */
    public static final int OBJECTIVES_OPEN_LIMIT = 30;

    /** The highest ODD count, the scale of the ODD chart. */
    public long mostServedSdgCount() {
        return sdgs.stream().mapToLong(Coverage::count).max().orElse(0);
    }

    /** The OS lines, for the progress chart. */
    public List<ObjectiveLine> strategicObjectives() {
        return objectives.stream().filter(line -> line.depth() == 0).toList();
    }

    public List<IndicatorLine> indicatorsShown() {
        return indicators.subList(0, Math.min(INDICATOR_LIMIT, indicators.size()));
    }

    /** Whether every OS shows its OOs at once. */
    public boolean objectivesOpen() {
        return objectives.size() <= OBJECTIVES_OPEN_LIMIT;
    }

    /** Each OS with its OOs, in the plan's order (OOs outside any OS come in a group without OS). */
    public List<ObjectiveGroup> objectiveGroups() {
        List<ObjectiveGroup> groups = new ArrayList<>();
        ObjectiveLine strategic = null;
        List<ObjectiveLine> operational = new ArrayList<>();
        for (ObjectiveLine line : objectives) {
            if (line.depth() == 0) {
                if (strategic != null || !operational.isEmpty()) {
                    groups.add(new ObjectiveGroup(strategic, operational));
                }
                strategic = line;
                operational = new ArrayList<>();
            } else {
                operational.add(line);
            }
        }
        if (strategic != null || !operational.isEmpty()) {
            groups.add(new ObjectiveGroup(strategic, operational));
        }
        return groups;
    }

    /** An OS ({@code null} for OOs outside any OS) and its OOs. */
    public record ObjectiveGroup(ObjectiveLine strategic, List<ObjectiveLine> operational) {

        /** The same group with the OS's OOs the most in need of attention first. */
        public ObjectiveGroup byAttention() {
            List<ObjectiveLine> sorted = new ArrayList<>(operational);
            sorted.sort(Comparator.comparingLong(ObjectiveLine::attention).reversed());
            return new ObjectiveGroup(strategic, sorted);
        }

        public long attention() {
            return strategic != null ? strategic.attention()
                    : operational.stream().mapToLong(ObjectiveLine::attention).sum();
        }
    }

    public record PlanInfo(long id, String title, int periodStart, int periodEnd, int staleAfterDays,
            int dueSoonDays) {
    }

    /** A figure and how many projets/actions it counts. */
    public record Count(String key, String label, long count) {
    }

    public record Headline(Rollup rollup, long workCount, Map<StateCategory, Long> byCategory, List<Count> byPriority,
            long late, long stale, long dueWithin30, long dueWithin90, long suspended, long abandoned,
            LocalDate lastUpdate, Map<IndicatorStatus, Long> indicatorStatuses) {

        /** The category's share of the work, in % (for the state chart). */
        public double share(StateCategory category) {
            return workCount == 0 ? 0 : 100.0 * byCategory.getOrDefault(category, 0L) / workCount;
        }

        /** Where the category's segment starts in the state chart: the share of the categories before it. */
        public double offset(StateCategory category) {
            double before = 0;
            for (StateCategory other : StateCategory.values()) {
                if (other == category) {
                    break;
                }
                before += share(other);
            }
            return before;
        }
    }

    /** An OS or OO with its figures. */
    public record ObjectiveLine(NodeRow node, int depth, Rollup rollup, long workCount,
            Map<StateCategory, Long> byCategory, long late, long stale, Map<IndicatorStatus, Long> indicatorStatuses) {

        public long done() {
            return byCategory.getOrDefault(StateCategory.DONE, 0L);
        }

        public long inProgress() {
            return byCategory.getOrDefault(StateCategory.IN_PROGRESS, 0L);
        }

        public long attention() {
            return late + stale + indicatorStatuses.getOrDefault(IndicatorStatus.OFF_TRACK, 0L);
        }
    }

    /** The lists that call for a decision, each cut to {@link #LIST_LIMIT} rows, with their full sizes. */
    public record Lists(List<WorkLine> late, long lateTotal, List<WorkLine> stale, long staleTotal,
            List<WorkLine> dueSoon, long dueSoonTotal, List<WorkLine> stopped, long stoppedTotal,
            List<IndicatorLine> offTrack, long offTrackTotal) {
    }

    /** An indicator, its status and the points of its sparkline. Listed off track first, then needs acceleration,
     * on track, achieved, no data. */
    public record IndicatorLine(IndicatorRow indicator, NodeRow work, IndicatorStatus status,
            BigDecimal latest, Sparkline sparkline) {
    }

    /** Planned, inscribed, committed and charged amounts. */
    public record Amounts(BigDecimal planned, BigDecimal inscribed, BigDecimal committed, BigDecimal charged) {

        public static final Amounts ZERO = new Amounts(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO);

        Amounts plus(BudgetRow row) {
            return new Amounts(add(planned, row.planned()), add(inscribed, row.inscribed()),
                    add(committed, row.committed()), add(charged, row.charged()));
        }

        Amounts plus(Amounts other) {
            return new Amounts(planned.add(other.planned), inscribed.add(other.inscribed),
                    committed.add(other.committed), charged.add(other.charged));
        }

        private static BigDecimal add(BigDecimal total, BigDecimal value) {
            return value == null ? total : total.add(value);
        }
    }

    /** A budget line of the summary: an OS (or the work outside any OS) by year, {@code null} for the whole plan. */
    public record BudgetLine(String code, String title, Map<Integer, Amounts> byYear, Amounts total) {
    }

    public record Budget(List<Integer> years, boolean hasWholePlanAmounts, List<BudgetLine> lines,
            Map<Integer, Amounts> totalByYear, Amounts total, long workWithoutBudget, long workCount) {

        public int shareWithoutBudget() {
            return workCount == 0 ? 0 : (int) Math.round(100.0 * workWithoutBudget / workCount);
        }
    }

    /** How many projets/actions serve an ODD or an enjeu, and their mean progress. */
    public record Coverage(int number, String name, String colour, long count, int meanPercent) {
    }

    /** The choices of the filters. */
    public record Choices(List<NodeRow> volets, List<NodeRow> axes,
            List<NodeRow> strategic, List<NodeRow> operational,
            List<Choice> services, List<Choice> people,
            List<Choice> priorities, List<Choice> states) {
    }

    /** The polyline of an indicator's values in a 100 × 24 box, and the target's height, for a small SVG. */
    public record Sparkline(String points, Double targetY, String lastX, String lastY) {
    }
}
