package be.cpas.pst.reporting.finance;

import be.cpas.pst.domain.planning.BudgetFlow;
import be.cpas.pst.domain.planning.Financing;
import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.reporting.figures.BudgetRules;
import be.cpas.pst.reporting.finance.FinanceFigures.LineFigures;
import be.cpas.pst.reporting.finance.FinanceFigures.ObjectiveTotal;
import be.cpas.pst.reporting.finance.FinanceFigures.PlanRef;
import be.cpas.pst.reporting.finance.FinanceFigures.Total;
import be.cpas.pst.reporting.finance.FinanceFigures.YearTotal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The financial follow-up's figures: rows in (the plan's elements, its budget lines, the DF's yearly figures), figures
 * out. No Spring, no database. The amounts follow {@link BudgetRules}: a range counts for its maximum, a yearly line
 * without a year in every year of the mandate, a one-off line without a year for the mandate as a whole; the DF's
 * figures count in their own year.
 */
public final class FinanceCalculator {

    private final PlanRef plan;
    private final int currentYear;
    private final Map<Long, FinanceNode> nodes = new HashMap<>();
    private final Map<Long, Integer> order = new HashMap<>();
    private final List<FinanceLine> lines;
    private final Map<Long, Map<Integer, FinanceYear>> yearsByLine = new HashMap<>();
    /** Per projet/action and year: whether a recette financed by a subsidy has credits inscribed. */
    private final Set<String> subsidyInscribed = new TreeSet<>();
    private final List<FinanceProjection> projections;

    public FinanceCalculator(PlanRef plan, List<FinanceNode> elements, List<FinanceLine> lines,
            List<FinanceYear> years, int currentYear) {
        this(plan, elements, lines, years, List.of(), currentYear);
    }

    public FinanceCalculator(PlanRef plan, List<FinanceNode> elements, List<FinanceLine> lines,
            List<FinanceYear> years, List<FinanceProjection> projections, int currentYear) {
        this.plan = plan;
        this.projections = projections;
        this.currentYear = currentYear;
        elements.forEach(node -> nodes.put(node.id(), node));
        numberInTreeOrder(elements);
        this.lines = lines.stream().sorted(Comparator.comparingInt((FinanceLine line) ->
                order.getOrDefault(line.nodeId(), Integer.MAX_VALUE)).thenComparingInt(FinanceLine::position)
                .thenComparingLong(FinanceLine::id)).toList();
        years.forEach(year -> yearsByLine.computeIfAbsent(year.lineId(), id -> new TreeMap<>()).put(year.year(), year));
        for (FinanceLine line : lines) {
            if (line.flow() == BudgetFlow.REVENUE) {
                yearsByLine.getOrDefault(line.id(), Map.of()).values().stream()
                        .filter(year -> positive(year.inscribed()))
                        .forEach(year -> subsidyInscribed.add(line.nodeId() + "/" + year.year()));
            }
        }
    }

    /** The figures under a filter. */
    public FinanceFigures figures(FinanceFilter filter) {
        int signalYear = filter.year() != null ? filter.year() : currentYear;
        List<FinanceLine> kept = lines.stream().filter(line -> matches(line, filter)).toList();
        List<LineFigures> shown = new ArrayList<>();
        Map<FinanceSignal, Integer> signalCounts = new EnumMap<>(FinanceSignal.class);
        for (FinanceLine line : kept) {
            if (filter.year() != null && !countsIn(line, filter.year())) {
                continue;
            }
            Set<FinanceSignal> signals = signals(line, signalYear);
            signals.forEach(signal -> signalCounts.merge(signal, 1, Integer::sum));
            if (filter.signal() == null || signals.contains(filter.signal())) {
                shown.add(lineFigures(line, filter.year(), signals));
            }
        }
        Amounts total = shown.stream().map(LineFigures::amounts).reduce(Amounts.NONE, Amounts::plus);
        return new FinanceFigures(plan, filter, signalYear, years(), shown, total, byObjective(shown),
                totals(shown, line -> line.line().article() == null ? FinanceFilter.NO_ARTICLE : line.line().article(),
                        line -> line.line().articleLabel(), Comparator.naturalOrder()),
                byYear(kept, filter.signal()),
                totals(shown, line -> line.line().service() == null ? "" : line.line().service().name(),
                        line -> null, Comparator.naturalOrder()),
                signalCounts, objectives(), articles());
    }

    /**
     * The accounting's projections under a filter: its flow, service and OS; a year filter keeps that year's column.
     * Rows in the plan's order, then by service and economic group.
     */
    public ProjectionTable projections(FinanceFilter filter) {
        Map<String, ProjectionTable.Row> rows = new TreeMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        Map<Integer, BigDecimal> totals = new TreeMap<>();
        for (FinanceProjection projection : projections) {
            FinanceNode work = nodes.get(projection.nodeId());
            if (work == null || projection.flow() != filter.flow()
                    || filter.service() != null && filter.service() != projection.service()
                    || filter.objective() != null && !under(projection.nodeId(), filter.objective())
                    || filter.year() != null && filter.year() != projection.year()) {
                continue;
            }
            String key = String.format("%010d|%s|%s", order.getOrDefault(work.id(), Integer.MAX_VALUE),
                    projection.service(), projection.economicGroup());
            rows.computeIfAbsent(key, k -> new ProjectionTable.Row(work, projection.service(), projection.flow(),
                    projection.economicGroup(), projection.label(), new TreeMap<>()))
                    .byYear().merge(projection.year(), projection.amount(), BigDecimal::add);
            years.add(projection.year());
            totals.merge(projection.year(), projection.amount(), BigDecimal::add);
        }
        return new ProjectionTable(List.copyOf(years), List.copyOf(rows.values()), totals);
    }

    /** The years of the mandate, and any other year the DF has figures for. */
    public List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>();
        for (int year = plan.periodStart(); year <= plan.periodEnd(); year++) {
            years.add(year);
        }
        yearsByLine.values().forEach(byYear -> years.addAll(byYear.keySet()));
        return List.copyOf(years);
    }

    private boolean matches(FinanceLine line, FinanceFilter filter) {
        return line.flow() == filter.flow()
                && (filter.service() == null || filter.service() == line.service())
                && (filter.financing() == null || filter.financing() == line.financing())
                && (filter.article() == null || (FinanceFilter.NO_ARTICLE.equals(filter.article())
                        ? line.article() == null : filter.article().equals(line.article())))
                && (filter.objective() == null || under(line.nodeId(), filter.objective()));
    }

    private boolean under(long nodeId, long ancestorId) {
        FinanceNode node = nodes.get(nodeId);
        while (node != null) {
            if (node.id() == ancestorId) {
                return true;
            }
            node = node.parentId() == null ? null : nodes.get(node.parentId());
        }
        return false;
    }

    /** Whether a line belongs to a year: the PST plans it then, the DF has figures for it, or it is for the mandate. */
    private boolean countsIn(FinanceLine line, int year) {
        return plannedYears(line).contains(year) || wholeMandate(line) || stored(line, year) != null;
    }

    private List<Integer> plannedYears(FinanceLine line) {
        return BudgetRules.years(line.asBudgetLine(), plan.periodStart(), plan.periodEnd());
    }

    /** Whether the PST plans the line's amount for the mandate as a whole, in no particular year. */
    private boolean wholeMandate(FinanceLine line) {
        return plannedYears(line).stream().anyMatch(Objects::isNull);
    }

    private FinanceYear stored(FinanceLine line, int year) {
        return yearsByLine.getOrDefault(line.id(), Map.of()).get(year);
    }

    /** What the PST plans for a line in a year ({@code null} when it plans nothing then). */
    private BigDecimal plannedIn(FinanceLine line, int year) {
        return plannedYears(line).contains(year) ? BudgetRules.planned(line.asBudgetLine()) : null;
    }

    private LineFigures lineFigures(FinanceLine line, Integer year, Set<FinanceSignal> signals) {
        FinanceNode work = nodes.get(line.nodeId());
        boolean wholeMandate = wholeMandate(line);
        Amounts amounts;
        FinanceYear stored = null;
        if (year != null) {
            stored = stored(line, year);
            Amounts followUp = stored == null ? Amounts.NONE : stored.amounts();
            amounts = new Amounts(plannedIn(line, year), followUp.initialCredit(), followUp.inscribed(),
                    followUp.committed(), followUp.charged());
        } else {
            BigDecimal planned = BudgetRules.planned(line.asBudgetLine());
            BigDecimal mandate = planned == null ? null
                    : planned.multiply(BigDecimal.valueOf(plannedYears(line).size()));
            amounts = yearsByLine.getOrDefault(line.id(), Map.of()).values().stream().map(FinanceYear::amounts)
                    .reduce(new Amounts(mandate, null, null, null, null), Amounts::plus);
        }
        return new LineFigures(line, work, ancestor(work, NodeKind.OPERATIONAL_OBJECTIVE),
                ancestor(work, NodeKind.STRATEGIC_OBJECTIVE), amounts, signals, stored, wholeMandate);
    }

    private Set<FinanceSignal> signals(FinanceLine line, int year) {
        Set<FinanceSignal> signals = EnumSet.noneOf(FinanceSignal.class);
        FinanceYear stored = stored(line, year);
        BigDecimal planned = plannedIn(line, year);
        if (line.article() == null) {
            signals.add(FinanceSignal.NO_ARTICLE);
        }
        if (positive(planned) && (stored == null || !positive(stored.inscribed()))) {
            signals.add(FinanceSignal.NOTHING_INSCRIBED);
        }
        if (stored != null && positive(stored.committed()) && (stored.inscribed() == null
                || stored.committed().compareTo(stored.inscribed()) > 0)) {
            signals.add(FinanceSignal.COMMITTED_ABOVE_CREDITS);
        }
        if (line.financing() == Financing.SUBSIDY && countsIn(line, year)
                && (line.flow() == BudgetFlow.REVENUE ? stored == null || !positive(stored.inscribed())
                        : !subsidyInscribed.contains(line.nodeId() + "/" + year))) {
            signals.add(FinanceSignal.SUBSIDY_NOT_INSCRIBED);
        }
        return signals;
    }

    private FinanceNode ancestor(FinanceNode node, NodeKind kind) {
        FinanceNode current = node;
        while (current != null) {
            if (current.kind() == kind) {
                return current;
            }
            current = current.parentId() == null ? null : nodes.get(current.parentId());
        }
        return null;
    }

    private static List<ObjectiveTotal> byObjective(List<LineFigures> shown) {
        Map<Long, List<LineFigures>> byStrategic = new LinkedHashMap<>();
        for (LineFigures line : shown) {
            byStrategic.computeIfAbsent(line.strategic() == null ? null : line.strategic().id(),
                    id -> new ArrayList<>()).add(line);
        }
        List<ObjectiveTotal> result = new ArrayList<>();
        byStrategic.forEach((id, group) -> {
            FinanceNode strategic = group.get(0).strategic();
            Total total = new Total(id == null ? null : id.toString(), strategic == null ? null : strategic.label(),
                    sum(group), group.size());
            List<Total> operational = totals(group, line -> line.operational() == null ? ""
                    : Long.toString(line.operational().id()), line -> line.operational() == null ? null
                    : line.operational().label(), null);
            result.add(new ObjectiveTotal(total, operational));
        });
        return result;
    }

    /** Totals grouped by a key, in the order of the lines or of the key's comparator. */
    private static List<Total> totals(List<LineFigures> shown, Function<LineFigures, String> key,
            Function<LineFigures, String> label, Comparator<String> sorted) {
        Map<String, List<LineFigures>> groups = sorted == null ? new LinkedHashMap<>()
                : new TreeMap<>(Comparator.comparing((String k) -> FinanceFilter.NO_ARTICLE.equals(k) || k.isEmpty())
                        .thenComparing(sorted));
        shown.forEach(line -> groups.computeIfAbsent(key.apply(line), k -> new ArrayList<>()).add(line));
        List<Total> totals = new ArrayList<>();
        groups.forEach((k, group) -> totals.add(new Total(k, group.stream().map(label).filter(Objects::nonNull)
                .findFirst().orElse(null), sum(group), group.size())));
        return totals;
    }

    private static Amounts sum(List<LineFigures> group) {
        return group.stream().map(LineFigures::amounts).reduce(Amounts.NONE, Amounts::plus);
    }

    /** Each year's total of the filtered lines, and what is planned for the mandate as a whole. */
    private List<YearTotal> byYear(List<FinanceLine> kept, FinanceSignal signal) {
        List<YearTotal> result = new ArrayList<>();
        for (Integer year : years()) {
            List<LineFigures> inYear = new ArrayList<>();
            for (FinanceLine line : kept) {
                if (countsIn(line, year) && (signal == null || signals(line, year).contains(signal))) {
                    inYear.add(lineFigures(line, year, Set.of()));
                }
            }
            result.add(new YearTotal(year, sum(inYear), inYear.size()));
        }
        BigDecimal whole = kept.stream().filter(line -> wholeMandate(line))
                .map(line -> BudgetRules.planned(line.asBudgetLine())).filter(Objects::nonNull)
                .reduce(null, (a, b) -> a == null ? b : a.add(b));
        if (whole != null && signal == null) {
            result.add(new YearTotal(null, new Amounts(whole, null, null, null, null),
                    (int) kept.stream().filter(line -> wholeMandate(line)).count()));
        }
        return result;
    }

    /** The OS and OO of the plan in the tree's order, for the filter. */
    private List<FinanceNode> objectives() {
        return nodes.values().stream().filter(node -> node.kind() == NodeKind.STRATEGIC_OBJECTIVE
                        || node.kind() == NodeKind.OPERATIONAL_OBJECTIVE)
                .sorted(Comparator.comparingInt(node -> order.getOrDefault(node.id(), Integer.MAX_VALUE))).toList();
    }

    /** Every article the plan's lines name, with its label, in order. */
    private List<Total> articles() {
        Map<String, String> labels = new TreeMap<>();
        lines.stream().filter(line -> line.article() != null)
                .forEach(line -> labels.merge(line.article(), line.articleLabel() == null ? "" : line.articleLabel(),
                        (one, other) -> one.isEmpty() ? other : one));
        List<Total> result = new ArrayList<>();
        labels.forEach((code, label) -> result.add(new Total(code, label.isEmpty() ? null : label, Amounts.NONE, 0)));
        return result;
    }

    private void numberInTreeOrder(List<FinanceNode> elements) {
        Map<Long, List<FinanceNode>> children = new HashMap<>();
        List<FinanceNode> roots = new ArrayList<>();
        for (FinanceNode node : elements) {
            if (node.parentId() == null || !nodes.containsKey(node.parentId())) {
                roots.add(node);
            } else {
                children.computeIfAbsent(node.parentId(), id -> new ArrayList<>()).add(node);
            }
        }
        Comparator<FinanceNode> byPosition = Comparator.comparingInt(FinanceNode::position)
                .thenComparingLong(FinanceNode::id);
        List<FinanceNode> stack = new ArrayList<>(roots.stream().sorted(byPosition.reversed()).toList());
        while (!stack.isEmpty()) {
            FinanceNode node = stack.remove(stack.size() - 1);
            order.put(node.id(), order.size());
            children.getOrDefault(node.id(), List.of()).stream().sorted(byPosition.reversed()).forEach(stack::add);
        }
    }

    private static boolean positive(BigDecimal amount) {
        return amount != null && amount.signum() > 0;
    }
}
