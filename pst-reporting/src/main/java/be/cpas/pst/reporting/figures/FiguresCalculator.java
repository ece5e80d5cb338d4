package be.cpas.pst.reporting.figures;

import be.cpas.pst.domain.indicator.IndicatorAssessment;
import be.cpas.pst.domain.indicator.IndicatorStatus;
import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.progress.FollowUpRules;
import be.cpas.pst.domain.progress.ProgressRollup;
import be.cpas.pst.domain.progress.Rollup;
import be.cpas.pst.domain.progress.RollupNode;
import be.cpas.pst.domain.progress.WorkFilter;
import be.cpas.pst.domain.reference.SustainableDevelopmentGoal;
import be.cpas.pst.domain.reference.WalloonEnjeu;
import be.cpas.pst.domain.vocabulary.StateCategory;
import be.cpas.pst.reporting.figures.Figures.Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The figures of a plan, in one place: rows in, figures out, no database and no Spring. It applies the domain's own
 * rules (roll-up with its explanation, late, stale, due soon, indicator status) and {@link BudgetRules}, so that the
 * dashboard, the evaluation report, the published PST and the financial follow-up give the same figures as the plan
 * pages.
 *
 * <p>"Projets/actions" counted here are the work items without work below them: a projet that groups actions counts
 * through its actions. First the rows of the plan's elements give the work the filter keeps ({@link #work()},
 * {@link #keptNodeIds()}); then {@link #figures} takes the indicator and budget rows of those elements.
 */
public final class FiguresCalculator {

    private static final long PLAN_PSEUDO_ID = -1L;
    /** Indicators are listed the most worrying first. */
    private static final List<IndicatorStatus> CONCERN = List.of(IndicatorStatus.OFF_TRACK,
            IndicatorStatus.NEEDS_ACCELERATION, IndicatorStatus.ON_TRACK, IndicatorStatus.ACHIEVED,
            IndicatorStatus.NO_DATA);

    private final Figures.PlanInfo info;
    private final LocalDate followUpSince;
    private final WorkFilter filter;
    private final LocalDate today;
    private final Map<Long, NodeRow> byId = new HashMap<>();
    private final Map<Long, List<NodeRow>> children = new HashMap<>();
    private final List<NodeRow> roots = new ArrayList<>();
    /** Nodes kept by the filter: the filtered work (true) and everything above it (false). */
    private final Map<Long, Boolean> kept = new HashMap<>();
    private final Map<Long, Rollup> rollups;
    private final List<WorkLine> work = new ArrayList<>();

    /**
     * @param info          the plan and its follow-up settings
     * @param followUpSince the day from which work without any update counts as stale (adoption, or creation)
     * @param nodes         every element of the plan, each with its parent, in the plan's order
     */
    public FiguresCalculator(Figures.PlanInfo info, LocalDate followUpSince, List<NodeRow> nodes, WorkFilter filter,
            LocalDate today) {
        this.info = info;
        this.followUpSince = followUpSince;
        this.filter = filter;
        this.today = today;
        for (NodeRow node : nodes) {
            byId.put(node.id(), node);
            if (node.parentId() == null) {
                roots.add(node);
            } else {
                children.computeIfAbsent(node.parentId(), id -> new ArrayList<>()).add(node);
            }
        }
        List<RollupNode> top = new ArrayList<>();
        for (NodeRow root : roots) {
            RollupNode rollupNode = keep(root, Set.of());
            if (rollupNode != null) {
                top.add(rollupNode);
            }
        }
        rollups = ProgressRollup.computePlan(PLAN_PSEUDO_ID, top);
        collectWork(roots);
    }

    /** The projets and actions the filter keeps, in the plan's order. */
    public List<WorkLine> work() {
        return List.copyOf(work);
    }

    /** The work a selector counts, in the plan's order. */
    public List<WorkLine> select(WorkSelector selector) {
        return work.stream().filter(line -> selector.test(line, today)).toList();
    }

    public long count(WorkSelector selector) {
        return work.stream().filter(line -> selector.test(line, today)).count();
    }

    /** The roll-up of an element under the filter, or of the plan ({@code null}); empty if the filter left it out. */
    public Rollup rollup(Long nodeId) {
        return rollups.get(nodeId == null ? PLAN_PSEUDO_ID : nodeId);
    }

    /** The elements the filter keeps: the filtered work and what is above it. */
    public List<Long> keptNodeIds() {
        return List.copyOf(kept.keySet());
    }

    /** The ids of the work the filter keeps. */
    public List<Long> workIds() {
        return work.stream().map(line -> line.node().id()).toList();
    }

    /** How many of these lines are in each category (every category present, zero included). */
    public static Map<StateCategory, Long> countByCategory(List<WorkLine> lines) {
        Map<StateCategory, Long> counts = new EnumMap<>(StateCategory.class);
        for (StateCategory category : StateCategory.values()) {
            counts.put(category, 0L);
        }
        lines.forEach(line -> counts.merge(line.category(), 1L, Long::sum));
        return counts;
    }

    /** Every figure, once the indicators and the budget of the kept elements have been read. */
    public Figures figures(List<Choice> choices, List<IndicatorRow> indicatorRows, List<BudgetLineRow> budgetLines,
            List<FollowUpRow> followUps) {
        List<Figures.IndicatorLine> indicators = indicatorRows.stream().map(this::indicatorLine)
                .sorted(Comparator.comparingInt(line -> CONCERN.indexOf(line.status()))).toList();
        Map<Long, Map<IndicatorStatus, Long>> statusesByNode = new HashMap<>();
        for (Figures.IndicatorLine line : indicators) {
            for (NodeRow current = line.work(); current != null; current = parent(current)) {
                statusesByNode.computeIfAbsent(current.id(), id -> new EnumMap<>(IndicatorStatus.class))
                        .merge(line.status(), 1L, Long::sum);
            }
        }
        Set<Long> workIds = new HashSet<>(workIds());
        List<BudgetRow> budgetRows = BudgetRules.rows(
                budgetLines.stream().filter(line -> workIds.contains(line.nodeId())).toList(),
                followUps.stream().filter(followUp -> workIds.contains(followUp.nodeId())).toList(),
                info.periodStart(), info.periodEnd());
        return new Figures(info, filter, today, headline(choices, indicators), objectives(statusesByNode),
                lists(indicators), indicators, budget(budgetRows), sdgCoverage(), enjeuCoverage(), choices(choices));
    }

    // ---- the filter and the work ------------------------------------------------------------------------------

    /** The roll-up tree of what the filter keeps below (and including) a node, or null if nothing is kept. */
    private RollupNode keep(NodeRow node, Set<Long> above) {
        Set<Long> withThis = new HashSet<>(above);
        withThis.add(node.id());
        List<NodeRow> below = children.getOrDefault(node.id(), List.of());
        boolean countable = node.kind().isWork() && below.stream().noneMatch(child -> child.kind().isWork());
        List<RollupNode> keptChildren = new ArrayList<>();
        if (!countable) {
            for (NodeRow child : below) {
                RollupNode keptChild = keep(child, withThis);
                if (keptChild != null) {
                    keptChildren.add(keptChild);
                }
            }
        }
        boolean keepIt = countable ? accepts(node, withThis) : filter.isEmpty() || !keptChildren.isEmpty();
        if (!keepIt) {
            return null;
        }
        kept.put(node.id(), countable);
        return new RollupNode(node.id(), node.kind(), node.code(), node.title(), node.category(),
                node.manualPercent(), node.stepsDone(), node.stepsTotal(), node.weight(), keptChildren);
    }

    /** Whether a projet or action passes every criterion of the filter. */
    private boolean accepts(NodeRow work, Set<Long> pathIds) {
        return pathIds.containsAll(filter.ancestors())
                && (filter.service() == null || work.serviceIds().contains(filter.service()))
                && (filter.pilote() == null || filter.pilote().equals(work.piloteId()))
                && (filter.responsable() == null || filter.responsable().equals(work.responsableId()))
                && (filter.priority() == null || filter.priority().equals(work.priorityId()))
                && (filter.state() == null || filter.state().equals(work.stateId()))
                && (filter.sdg() == null || work.sdgs().contains(filter.sdg()))
                && (!filter.late() || FollowUpRules.isLate(work.effectiveDue(), work.category(), today))
                && (!filter.stale() || isStale(work))
                && filter.textIn(work.code(), work.title());
    }

    private boolean isStale(NodeRow node) {
        return FollowUpRules.isStale(node.lastUpdate(), followUpSince, node.category(), today, info.staleAfterDays());
    }

    private NodeRow parent(NodeRow node) {
        return node.parentId() == null ? null : byId.get(node.parentId());
    }

    private void collectWork(List<NodeRow> level) {
        for (NodeRow node : level) {
            if (Boolean.TRUE.equals(kept.get(node.id()))) {
                work.add(workLine(node));
            }
            collectWork(children.getOrDefault(node.id(), List.of()));
        }
    }

    private WorkLine workLine(NodeRow node) {
        StateCategory category = node.category();
        LocalDate due = node.effectiveDue();
        Rollup rollup = rollups.get(node.id());
        return new WorkLine(node, objectiveOf(node), rollup == null ? -1 : rollup.rounded(),
                FollowUpRules.isLate(due, category, today), FollowUpRules.daysLate(due, category, today),
                isStale(node), node.lastUpdate() != null ? node.lastUpdate() : followUpSince,
                FollowUpRules.isDueSoon(due, category, today, info.dueSoonDays()));
    }

    private NodeRow objectiveOf(NodeRow node) {
        for (NodeRow current = parent(node); current != null; current = parent(current)) {
            if (isObjective(current)) {
                return current;
            }
        }
        return null;
    }

    private static boolean isObjective(NodeRow node) {
        return node.kind() == NodeKind.OPERATIONAL_OBJECTIVE || node.kind() == NodeKind.STRATEGIC_OBJECTIVE;
    }

    // ---- the figures ----------------------------------------------------------------------------------------------

    private Figures.Headline headline(List<Choice> choices, List<Figures.IndicatorLine> indicators) {
        List<Figures.Count> byPriority = new ArrayList<>();
        for (Choice priority : choices) {
            if (priority.vocabulary().equals("priority")) {
                WorkSelector selector = new WorkSelector.WithPriority(priority.id());
                byPriority.add(new Figures.Count(selector.key(), priority.label(), count(selector)));
            }
        }
        WorkSelector withoutPriority = new WorkSelector.WithPriority(null);
        if (count(withoutPriority) > 0) {
            byPriority.add(new Figures.Count(withoutPriority.key(), null, count(withoutPriority)));
        }
        Map<IndicatorStatus, Long> statuses = new EnumMap<>(IndicatorStatus.class);
        indicators.forEach(line -> statuses.merge(line.status(), 1L, Long::sum));
        return new Figures.Headline(rollups.get(PLAN_PSEUDO_ID), work.size(), countByCategory(work), byPriority,
                count(WorkSelector.LATE), count(WorkSelector.STALE), count(new WorkSelector.DueWithin(30)),
                count(new WorkSelector.DueWithin(90)), count(new WorkSelector.InCategory(StateCategory.SUSPENDED)),
                count(new WorkSelector.InCategory(StateCategory.ABANDONED)),
                work.stream().map(line -> line.node().lastUpdate()).filter(Objects::nonNull)
                        .max(Comparator.naturalOrder()).orElse(null),
                statuses);
    }

    private List<Figures.ObjectiveLine> objectives(Map<Long, Map<IndicatorStatus, Long>> statusesByNode) {
        Map<Long, List<WorkLine>> workByObjective = new HashMap<>();
        for (WorkLine line : work) {
            for (NodeRow current = parent(line.node()); current != null; current = parent(current)) {
                if (isObjective(current)) {
                    workByObjective.computeIfAbsent(current.id(), id -> new ArrayList<>()).add(line);
                }
            }
        }
        List<Figures.ObjectiveLine> lines = new ArrayList<>();
        addObjectives(roots, workByObjective, statusesByNode, lines);
        return lines;
    }

    private void addObjectives(List<NodeRow> level, Map<Long, List<WorkLine>> workByObjective,
            Map<Long, Map<IndicatorStatus, Long>> statusesByNode, List<Figures.ObjectiveLine> lines) {
        for (NodeRow node : level) {
            if (!kept.containsKey(node.id())) {
                continue;
            }
            if (isObjective(node)) {
                List<WorkLine> below = workByObjective.getOrDefault(node.id(), List.of());
                lines.add(new Figures.ObjectiveLine(node, node.kind() == NodeKind.STRATEGIC_OBJECTIVE ? 0 : 1,
                        rollups.get(node.id()), below.size(), countByCategory(below),
                        below.stream().filter(WorkLine::late).count(),
                        below.stream().filter(WorkLine::stale).count(),
                        statusesByNode.getOrDefault(node.id(), Map.of())));
            }
            if (node.kind() != NodeKind.OPERATIONAL_OBJECTIVE) {
                addObjectives(children.getOrDefault(node.id(), List.of()), workByObjective, statusesByNode, lines);
            }
        }
    }

    private Figures.Lists lists(List<Figures.IndicatorLine> indicators) {
        List<WorkLine> late = work.stream().filter(WorkLine::late)
                .sorted(Comparator.comparingLong(WorkLine::daysLate).reversed()).toList();
        List<WorkLine> stale = work.stream().filter(WorkLine::stale)
                .sorted(Comparator.comparing(WorkLine::staleSince)).toList();
        List<WorkLine> due = work.stream().filter(WorkLine::dueSoon)
                .sorted(Comparator.comparing(line -> line.node().effectiveDue())).toList();
        List<WorkLine> stopped = select(WorkSelector.STOPPED);
        List<Figures.IndicatorLine> offTrack = indicators.stream()
                .filter(line -> line.status() == IndicatorStatus.OFF_TRACK).toList();
        return new Figures.Lists(head(late), late.size(), head(stale), stale.size(), head(due), due.size(),
                head(stopped), stopped.size(), head(offTrack), offTrack.size());
    }

    private static <T> List<T> head(List<T> list) {
        return list.subList(0, Math.min(Figures.LIST_LIMIT, list.size()));
    }

    private Figures.IndicatorLine indicatorLine(IndicatorRow row) {
        List<IndicatorAssessment.Point> points = new ArrayList<>();
        for (int i = 0; i < row.values().size(); i++) {
            points.add(new IndicatorAssessment.Point(row.dates().get(i), row.values().get(i)));
        }
        IndicatorStatus status = IndicatorAssessment.assessSeries(row.direction(),
                new IndicatorAssessment.Point(row.baselineDate(), row.baselineValue()),
                new IndicatorAssessment.Point(row.targetDate(), row.targetValue()), points, today);
        BigDecimal latest = row.values().isEmpty() ? null : row.values().get(row.values().size() - 1);
        return new Figures.IndicatorLine(row, byId.get(row.nodeId()), status, latest,
                Sparklines.of(row.values(), row.targetValue()));
    }

    private Figures.Budget budget(List<BudgetRow> budgetRows) {
        TreeSet<Integer> years = new TreeSet<>();
        for (int year = info.periodStart(); year <= info.periodEnd(); year++) {
            years.add(year);
        }
        boolean wholePlan = false;
        Map<Long, Map<Integer, Amounts>> byObjective = new LinkedHashMap<>();
        Map<Integer, Amounts> totalByYear = new HashMap<>();
        Amounts total = Amounts.ZERO;
        for (BudgetRow row : budgetRows) {
            NodeRow os = strategicOf(byId.get(row.nodeId()));
            long key = os == null ? PLAN_PSEUDO_ID : os.id();
            if (row.year() == null) {
                wholePlan = true;
            } else {
                years.add(row.year());
            }
            byObjective.computeIfAbsent(key, id -> new HashMap<>()).merge(row.year(), Amounts.ZERO.plus(row),
                    Amounts::plus);
            totalByYear.merge(row.year(), Amounts.ZERO.plus(row), Amounts::plus);
            total = total.plus(row);
        }
        List<Figures.BudgetLine> lines = new ArrayList<>();
        for (NodeRow node : ofKind(NodeKind.STRATEGIC_OBJECTIVE)) {
            Map<Integer, Amounts> amounts = byObjective.get(node.id());
            if (amounts != null) {
                lines.add(budgetLine(node.code(), node.title(), amounts));
            }
        }
        if (byObjective.containsKey(PLAN_PSEUDO_ID)) {
            lines.add(budgetLine(null, null, byObjective.get(PLAN_PSEUDO_ID)));
        }
        long withoutBudget = work.stream().filter(line -> line.node().budgetLines() == 0).count();
        return new Figures.Budget(new ArrayList<>(years), wholePlan, lines, totalByYear, total, withoutBudget,
                work.size());
    }

    private static Figures.BudgetLine budgetLine(String code, String title, Map<Integer, Amounts> amounts) {
        Amounts total = amounts.values().stream().reduce(Amounts.ZERO, Amounts::plus);
        return new Figures.BudgetLine(code, title, amounts, total);
    }

    private NodeRow strategicOf(NodeRow node) {
        for (NodeRow current = node; current != null; current = parent(current)) {
            if (current.kind() == NodeKind.STRATEGIC_OBJECTIVE) {
                return current;
            }
        }
        return null;
    }

    private void walk(List<NodeRow> level, Predicate<NodeRow> wanted, List<NodeRow> result) {
        for (NodeRow node : level) {
            if (wanted.test(node)) {
                result.add(node);
            }
            walk(children.getOrDefault(node.id(), List.of()), wanted, result);
        }
    }

    private List<NodeRow> ofKind(NodeKind kind) {
        List<NodeRow> result = new ArrayList<>();
        walk(roots, node -> node.kind() == kind, result);
        return result;
    }

    private List<Figures.Coverage> sdgCoverage() {
        List<Figures.Coverage> coverage = new ArrayList<>();
        for (SustainableDevelopmentGoal goal : SustainableDevelopmentGoal.values()) {
            coverage.add(coverage(goal.number(), goal.frenchName(), goal.colour(),
                    new WorkSelector.ServingSdg(goal.number())));
        }
        return coverage;
    }

    private List<Figures.Coverage> enjeuCoverage() {
        List<Figures.Coverage> coverage = new ArrayList<>();
        for (WalloonEnjeu enjeu : WalloonEnjeu.values()) {
            coverage.add(coverage(enjeu.number(), enjeu.frenchName(), null,
                    new WorkSelector.ServingEnjeu(enjeu.number())));
        }
        return coverage;
    }

    private Figures.Coverage coverage(int number, String name, String colour, WorkSelector serves) {
        List<WorkLine> serving = select(serves);
        double mean = serving.stream().filter(line -> line.percent() >= 0).mapToInt(WorkLine::percent)
                .average().orElse(0);
        return new Figures.Coverage(number, name, colour, serving.size(), (int) Math.round(mean));
    }

    private Figures.Choices choices(List<Choice> choices) {
        Map<String, List<Choice>> byVocabulary = choices.stream()
                .collect(Collectors.groupingBy(Choice::vocabulary, TreeMap::new, Collectors.toList()));
        return new Figures.Choices(ofKind(NodeKind.VOLET), ofKind(NodeKind.AXE),
                ofKind(NodeKind.STRATEGIC_OBJECTIVE), ofKind(NodeKind.OPERATIONAL_OBJECTIVE),
                byVocabulary.getOrDefault("service", List.of()), byVocabulary.getOrDefault("person", List.of()),
                byVocabulary.getOrDefault("priority", List.of()), byVocabulary.getOrDefault("state", List.of()));
    }
}
