package be.cpas.pst.reporting.dashboard;

import be.cpas.pst.domain.access.AccessPolicy;
import be.cpas.pst.domain.indicator.IndicatorAssessment;
import be.cpas.pst.domain.indicator.IndicatorStatus;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PlanRepository;
import be.cpas.pst.domain.plan.PlanStatus;
import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.progress.FollowUpRules;
import be.cpas.pst.domain.progress.ProgressRollup;
import be.cpas.pst.domain.progress.Rollup;
import be.cpas.pst.domain.progress.RollupNode;
import be.cpas.pst.domain.reference.SustainableDevelopmentGoal;
import be.cpas.pst.domain.reference.WalloonEnjeu;
import be.cpas.pst.domain.vocabulary.StateCategory;
import be.cpas.pst.reporting.dashboard.Dashboard.Amounts;
import be.cpas.pst.reporting.dashboard.Dashboard.WorkLine;
import be.cpas.pst.reporting.dashboard.DashboardRows.Node;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CODIR dashboard and its drill-down lists. The figures come from the read model of {@link DashboardRows} and
 * the domain's own rules (roll-up, lateness, staleness, indicator status), so that they agree with the plan pages.
 * "Projets/actions" counted here are the work items without work below them: a projet that groups actions counts
 * through its actions.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private static final long PLAN_PSEUDO_ID = -1L;
    /** Indicators are listed the most worrying first. */
    private static final List<IndicatorStatus> CONCERN = List.of(IndicatorStatus.OFF_TRACK,
            IndicatorStatus.NEEDS_ACCELERATION, IndicatorStatus.ON_TRACK, IndicatorStatus.ACHIEVED,
            IndicatorStatus.NO_DATA);

    private final PlanRepository plans;
    private final DashboardRows rows;
    private final AccessPolicy policy;
    private final Clock clock;
    /**
     * Computed dashboards, kept while the plan data's revision is unchanged: the CODIR opens the same dashboard many
     * times between two updates, and computing one for a large plan costs tens of milliseconds of SQL and rules.
     * An entry of an older revision is never asked for again and leaves by size or age.
     */
    private final Cache<Key, Snapshot> computed = Caffeine.newBuilder().maximumSize(32)
            .expireAfterAccess(Duration.ofMinutes(30)).build();

    /** What a computed dashboard depends on. */
    private record Key(long planId, long revision, DashboardFilter filter, LocalDate today) {
    }

    public DashboardService(PlanRepository plans, DashboardRows rows, AccessPolicy policy, Optional<Clock> clock) {
        this.plans = plans;
        this.rows = rows;
        this.policy = policy;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** Whether the signed-in person may open the dashboard of this plan (for the navigation). */
    public boolean mayRead(long planId) {
        return plans.findById(planId).map(policy::mayReadDashboard).orElse(false);
    }

    /** The dashboard of a plan under a filter; empty when there is no such plan. */
    public Optional<Dashboard> dashboard(long planId, DashboardFilter filter) {
        return snapshot(planId, filter).map(snapshot -> snapshot.dashboard);
    }

    /** A drill-down list: every projet/action behind one of the dashboard's counts. */
    public record WorkList(Dashboard.PlanInfo plan, DashboardFilter filter, String key, List<WorkLine> lines) {
    }

    /**
     * The projets/actions behind a count: {@code all}, {@code late}, {@code stale}, {@code due30}, {@code due90},
     * {@code dueSoon}, {@code suspended}, {@code abandoned}, {@code stopped}, {@code category-<CATEGORY>},
     * {@code priority-<id>} or {@code priority-none}, {@code sdg-<n>}, {@code enjeu-<n>}; empty for an unknown key.
     */
    public Optional<WorkList> workList(long planId, DashboardFilter filter, String key) {
        return snapshot(planId, filter).flatMap(snapshot -> snapshot.selector(key)
                .map(selector -> new WorkList(snapshot.info, filter, key,
                        snapshot.work.stream().filter(selector).toList())));
    }

    private Optional<Snapshot> snapshot(long planId, DashboardFilter filter) {
        // the revision is read before the data: what is computed is at least as recent as the revision it is kept under
        Key key = new Key(planId, rows.revision(), filter, LocalDate.now(clock));
        Snapshot kept = computed.getIfPresent(key);
        if (kept != null) {
            // the plan's status is that of the same revision: a change of status changes the revision
            policy.requireReadDashboard(planId, kept.status == PlanStatus.DRAFT);
            return Optional.of(kept);
        }
        Optional<Plan> plan = plans.findById(planId);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        policy.requireReadDashboard(plan.get());
        return Optional.of(computed.get(key, ignored -> new Snapshot(plan.get(), rows.nodes(planId), filter,
                key.today())));
    }

    /** One computation of the dashboard over the read model. */
    private final class Snapshot {

        private final Dashboard.PlanInfo info;
        private final PlanStatus status;
        private final LocalDate followUpSince;
        private final DashboardFilter filter;
        private final LocalDate today;
        private final Map<Long, Node> byId = new HashMap<>();
        private final Map<Long, List<Node>> children = new HashMap<>();
        private final List<Node> roots = new ArrayList<>();
        /** Nodes kept by the filter: the filtered work and everything above it (all nodes without a filter). */
        private final Map<Long, Boolean> kept = new HashMap<>();
        private final Map<Long, Rollup> rollups;
        private final List<WorkLine> work = new ArrayList<>();
        private final Dashboard dashboard;

        Snapshot(Plan plan, List<Node> nodes, DashboardFilter filter, LocalDate today) {
            this.filter = filter;
            this.followUpSince = plan.followUpSince();
            this.status = plan.getStatus();
            this.today = today;
            this.info = new Dashboard.PlanInfo(plan.getId(), plan.getTitle(), plan.getPeriodStart(),
                    plan.getPeriodEnd(), plan.getStaleAfterDays(), plan.getDueSoonDays());
            for (Node node : nodes) {
                byId.put(node.id(), node);
                if (node.parentId() == null) {
                    roots.add(node);
                } else {
                    children.computeIfAbsent(node.parentId(), id -> new ArrayList<>()).add(node);
                }
            }
            List<RollupNode> top = new ArrayList<>();
            for (Node root : roots) {
                RollupNode rollupNode = keep(root);
                if (rollupNode != null) {
                    top.add(rollupNode);
                }
            }
            rollups = ProgressRollup.computePlan(PLAN_PSEUDO_ID, top);
            collectWork(roots);
            dashboard = computeDashboard();
        }

        /** The roll-up tree of what the filter keeps below (and including) a node, or null if nothing is kept. */
        private RollupNode keep(Node node) {
            List<Node> below = children.getOrDefault(node.id(), List.of());
            boolean countable = node.kind().isWork() && below.stream().noneMatch(child -> child.kind().isWork());
            List<RollupNode> keptChildren = new ArrayList<>();
            if (!countable) {
                for (Node child : below) {
                    RollupNode kept = keep(child);
                    if (kept != null) {
                        keptChildren.add(kept);
                    }
                }
            }
            boolean keepIt = countable ? filter.accepts(node, ancestor -> isAncestorOrSelf(ancestor, node))
                    : filter.isEmpty() || !keptChildren.isEmpty();
            if (!keepIt) {
                return null;
            }
            kept.put(node.id(), countable);
            return new RollupNode(node.id(), node.kind(), node.code(), node.title(), node.category(),
                    node.manualPercent(), node.stepsDone(), node.stepsTotal(), node.weight(), keptChildren);
        }

        private boolean isAncestorOrSelf(long ancestorId, Node node) {
            for (Node current = node; current != null; current = parent(current)) {
                if (current.id() == ancestorId) {
                    return true;
                }
            }
            return false;
        }

        private Node parent(Node node) {
            return node.parentId() == null ? null : byId.get(node.parentId());
        }

        private void collectWork(List<Node> level) {
            for (Node node : level) {
                if (Boolean.TRUE.equals(kept.get(node.id()))) {
                    work.add(workLine(node));
                }
                collectWork(children.getOrDefault(node.id(), List.of()));
            }
        }

        private WorkLine workLine(Node node) {
            StateCategory category = node.category();
            LocalDate due = node.dueDate();
            Rollup rollup = rollups.get(node.id());
            return new WorkLine(node, objectiveOf(node), rollup == null ? -1 : rollup.rounded(),
                    FollowUpRules.isLate(due, category, today), FollowUpRules.daysLate(due, category, today),
                    FollowUpRules.isStale(node.lastUpdate(), followUpSince, category, today, info.staleAfterDays()),
                    node.lastUpdate() != null ? node.lastUpdate() : followUpSince,
                    FollowUpRules.isDueSoon(due, category, today, info.dueSoonDays()));
        }

        private Node objectiveOf(Node node) {
            for (Node current = parent(node); current != null; current = parent(current)) {
                if (current.kind() == NodeKind.OPERATIONAL_OBJECTIVE
                        || current.kind() == NodeKind.STRATEGIC_OBJECTIVE) {
                    return current;
                }
            }
            return null;
        }

        Optional<Predicate<WorkLine>> selector(String key) {
            if (key == null) {
                return Optional.empty();
            }
            Predicate<WorkLine> selector = switch (key) {
                case "all" -> line -> true;
                case "late" -> WorkLine::late;
                case "stale" -> WorkLine::stale;
                case "dueSoon" -> WorkLine::dueSoon;
                case "due30" -> line -> FollowUpRules.isDueSoon(line.node().dueDate(), line.node().category(),
                        today, 30);
                case "due90" -> line -> FollowUpRules.isDueSoon(line.node().dueDate(), line.node().category(),
                        today, 90);
                case "suspended" -> line -> line.node().category() == StateCategory.SUSPENDED;
                case "abandoned" -> line -> line.node().category() == StateCategory.ABANDONED;
                case "stopped" -> line -> line.node().category() == StateCategory.SUSPENDED
                        || line.node().category() == StateCategory.ABANDONED;
                case "priority-none" -> line -> line.node().priorityId() == null;
                default -> prefixed(key);
            };
            return Optional.ofNullable(selector);
        }

        private Predicate<WorkLine> prefixed(String key) {
            try {
                if (key.startsWith("category-")) {
                    StateCategory category = StateCategory.valueOf(key.substring("category-".length()));
                    return line -> categoryOf(line.node()) == category;
                }
                if (key.startsWith("priority-")) {
                    long priority = Long.parseLong(key.substring("priority-".length()));
                    return line -> Objects.equals(line.node().priorityId(), priority);
                }
                if (key.startsWith("sdg-")) {
                    int sdg = Integer.parseInt(key.substring("sdg-".length()));
                    return line -> line.node().sdgs().contains(sdg);
                }
                if (key.startsWith("enjeu-")) {
                    int enjeu = Integer.parseInt(key.substring("enjeu-".length()));
                    return line -> line.node().enjeux().contains(enjeu);
                }
            } catch (IllegalArgumentException unknown) {
                return null;
            }
            return null;
        }

        private Dashboard computeDashboard() {
            List<DashboardRows.Choice> choices = rows.choices(info.id());
            List<Long> indicatorNodes = new ArrayList<>(kept.keySet());
            List<DashboardRows.IndicatorRow> indicatorRows = rows.indicators(indicatorNodes);
            List<Dashboard.IndicatorLine> indicators = indicatorRows.stream().map(this::indicatorLine)
                    .sorted(Comparator.comparingInt(line -> CONCERN.indexOf(line.status()))).toList();
            Map<Long, Map<IndicatorStatus, Long>> statusesByNode = new HashMap<>();
            for (Dashboard.IndicatorLine line : indicators) {
                for (Node current = line.work(); current != null; current = parent(current)) {
                    statusesByNode.computeIfAbsent(current.id(), id -> new EnumMap<>(IndicatorStatus.class))
                            .merge(line.status(), 1L, Long::sum);
                }
            }
            List<Long> workIds = work.stream().map(line -> line.node().id()).toList();
            return new Dashboard(info, filter, today, headline(choices, indicators), objectives(statusesByNode),
                    lists(indicators), indicators, budget(rows.budget(workIds)), sdgCoverage(), enjeuCoverage(),
                    choices(choices));
        }

        private Dashboard.Headline headline(List<DashboardRows.Choice> choices,
                List<Dashboard.IndicatorLine> indicators) {
            Map<StateCategory, Long> byCategory = countByCategory(work);
            List<Dashboard.Count> byPriority = new ArrayList<>();
            for (DashboardRows.Choice priority : choices) {
                if (priority.vocabulary().equals("priority")) {
                    byPriority.add(new Dashboard.Count("priority-" + priority.id(), priority.label(),
                            work.stream().filter(line -> Objects.equals(line.node().priorityId(), priority.id()))
                                    .count()));
                }
            }
            long withoutPriority = work.stream().filter(line -> line.node().priorityId() == null).count();
            if (withoutPriority > 0) {
                byPriority.add(new Dashboard.Count("priority-none", null, withoutPriority));
            }
            Map<IndicatorStatus, Long> statuses = new EnumMap<>(IndicatorStatus.class);
            indicators.forEach(line -> statuses.merge(line.status(), 1L, Long::sum));
            return new Dashboard.Headline(rollups.get(PLAN_PSEUDO_ID), work.size(), byCategory, byPriority,
                    count("late"), count("stale"), count("due30"), count("due90"), count("suspended"),
                    count("abandoned"),
                    work.stream().map(line -> line.node().lastUpdate()).filter(Objects::nonNull)
                            .max(Comparator.naturalOrder()).orElse(null),
                    statuses);
        }

        private long count(String key) {
            return work.stream().filter(selector(key).orElseThrow()).count();
        }

        private Map<StateCategory, Long> countByCategory(List<WorkLine> lines) {
            Map<StateCategory, Long> counts = new EnumMap<>(StateCategory.class);
            for (StateCategory category : StateCategory.values()) {
                counts.put(category, 0L);
            }
            lines.forEach(line -> counts.merge(categoryOf(line.node()), 1L, Long::sum));
            return counts;
        }

        private StateCategory categoryOf(Node node) {
            return node.category() == null ? StateCategory.NOT_STARTED : node.category();
        }

        private List<Dashboard.ObjectiveLine> objectives(Map<Long, Map<IndicatorStatus, Long>> statusesByNode) {
            Map<Long, List<WorkLine>> workByObjective = new HashMap<>();
            for (WorkLine line : work) {
                for (Node current = parent(line.node()); current != null; current = parent(current)) {
                    if (current.kind() == NodeKind.STRATEGIC_OBJECTIVE
                            || current.kind() == NodeKind.OPERATIONAL_OBJECTIVE) {
                        workByObjective.computeIfAbsent(current.id(), id -> new ArrayList<>()).add(line);
                    }
                }
            }
            List<Dashboard.ObjectiveLine> lines = new ArrayList<>();
            addObjectives(roots, workByObjective, statusesByNode, lines);
            return lines;
        }

        private void addObjectives(List<Node> level, Map<Long, List<WorkLine>> workByObjective,
                Map<Long, Map<IndicatorStatus, Long>> statusesByNode, List<Dashboard.ObjectiveLine> lines) {
            for (Node node : level) {
                if (!kept.containsKey(node.id())) {
                    continue;
                }
                boolean objective = node.kind() == NodeKind.STRATEGIC_OBJECTIVE
                        || node.kind() == NodeKind.OPERATIONAL_OBJECTIVE;
                if (objective) {
                    List<WorkLine> below = workByObjective.getOrDefault(node.id(), List.of());
                    lines.add(new Dashboard.ObjectiveLine(node, node.kind() == NodeKind.STRATEGIC_OBJECTIVE ? 0 : 1,
                            rollups.get(node.id()), below.size(), countByCategory(below),
                            below.stream().filter(WorkLine::late).count(),
                            below.stream().filter(WorkLine::stale).count(),
                            statusesByNode.getOrDefault(node.id(), Map.of())));
                }
                if (node.kind() != NodeKind.OPERATIONAL_OBJECTIVE) {
                    addObjectives(children.getOrDefault(node.id(), List.of()), workByObjective, statusesByNode,
                            lines);
                }
            }
        }

        private Dashboard.Lists lists(List<Dashboard.IndicatorLine> indicators) {
            List<WorkLine> late = work.stream().filter(WorkLine::late)
                    .sorted(Comparator.comparingLong(WorkLine::daysLate).reversed()).toList();
            List<WorkLine> stale = work.stream().filter(WorkLine::stale)
                    .sorted(Comparator.comparing(WorkLine::staleSince)).toList();
            List<WorkLine> due = work.stream().filter(WorkLine::dueSoon)
                    .sorted(Comparator.comparing(line -> line.node().dueDate())).toList();
            List<WorkLine> stopped = work.stream().filter(selector("stopped").orElseThrow()).toList();
            List<Dashboard.IndicatorLine> offTrack = indicators.stream()
                    .filter(line -> line.status() == IndicatorStatus.OFF_TRACK).toList();
            return new Dashboard.Lists(head(late), late.size(), head(stale), stale.size(), head(due), due.size(),
                    head(stopped), stopped.size(), head(offTrack), offTrack.size());
        }

        private <T> List<T> head(List<T> list) {
            return list.subList(0, Math.min(Dashboard.LIST_LIMIT, list.size()));
        }

        private Dashboard.IndicatorLine indicatorLine(DashboardRows.IndicatorRow row) {
            List<IndicatorAssessment.Point> points = new ArrayList<>();
            for (int i = 0; i < row.values().size(); i++) {
                points.add(new IndicatorAssessment.Point(row.dates().get(i), row.values().get(i)));
            }
            IndicatorStatus status = IndicatorAssessment.assessSeries(row.direction(),
                    new IndicatorAssessment.Point(row.baselineDate(), row.baselineValue()),
                    new IndicatorAssessment.Point(row.targetDate(), row.targetValue()), points, today);
            BigDecimal latest = row.values().isEmpty() ? null : row.values().get(row.values().size() - 1);
            return new Dashboard.IndicatorLine(row, byId.get(row.nodeId()), status, latest,
                    Sparklines.of(row.values(), row.targetValue()));
        }

        private Dashboard.Budget budget(List<DashboardRows.BudgetRow> budgetRows) {
            TreeSet<Integer> years = new TreeSet<>();
            for (int year = info.periodStart(); year <= info.periodEnd(); year++) {
                years.add(year);
            }
            boolean wholePlan = false;
            Map<Long, Map<Integer, Amounts>> byObjective = new LinkedHashMap<>();
            Map<Integer, Amounts> totalByYear = new HashMap<>();
            Amounts total = Amounts.ZERO;
            for (DashboardRows.BudgetRow row : budgetRows) {
                Node os = strategicOf(byId.get(row.nodeId()));
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
            List<Dashboard.BudgetLine> lines = new ArrayList<>();
            for (Node node : orderedStrategic()) {
                Map<Integer, Amounts> amounts = byObjective.get(node.id());
                if (amounts != null) {
                    lines.add(budgetLine(node.code(), node.title(), amounts));
                }
            }
            if (byObjective.containsKey(PLAN_PSEUDO_ID)) {
                lines.add(budgetLine(null, null, byObjective.get(PLAN_PSEUDO_ID)));
            }
            long withoutBudget = work.stream().filter(line -> line.node().budgetLines() == 0).count();
            return new Dashboard.Budget(new ArrayList<>(years), wholePlan, lines, totalByYear, total, withoutBudget,
                    work.size());
        }

        private Dashboard.BudgetLine budgetLine(String code, String title, Map<Integer, Amounts> amounts) {
            Amounts total = amounts.values().stream().reduce(Amounts.ZERO, Amounts::plus);
            return new Dashboard.BudgetLine(code, title, amounts, total);
        }

        private Node strategicOf(Node node) {
            for (Node current = node; current != null; current = parent(current)) {
                if (current.kind() == NodeKind.STRATEGIC_OBJECTIVE) {
                    return current;
                }
            }
            return null;
        }

        private List<Node> orderedStrategic() {
            List<Node> result = new ArrayList<>();
            walk(roots, node -> node.kind() == NodeKind.STRATEGIC_OBJECTIVE, result);
            return result;
        }

        private void walk(List<Node> level, Predicate<Node> wanted, List<Node> result) {
            for (Node node : level) {
                if (wanted.test(node)) {
                    result.add(node);
                }
                walk(children.getOrDefault(node.id(), List.of()), wanted, result);
            }
        }

        private List<Dashboard.Coverage> sdgCoverage() {
            List<Dashboard.Coverage> coverage = new ArrayList<>();
            for (SustainableDevelopmentGoal goal : SustainableDevelopmentGoal.values()) {
                coverage.add(coverage(goal.number(), goal.frenchName(), goal.colour(),
                        line -> line.node().sdgs().contains(goal.number())));
            }
            return coverage;
        }

        private List<Dashboard.Coverage> enjeuCoverage() {
            List<Dashboard.Coverage> coverage = new ArrayList<>();
            for (WalloonEnjeu enjeu : WalloonEnjeu.values()) {
                coverage.add(coverage(enjeu.number(), enjeu.frenchName(), null,
                        line -> line.node().enjeux().contains(enjeu.number())));
            }
            return coverage;
        }

        private Dashboard.Coverage coverage(int number, String name, String colour, Predicate<WorkLine> serves) {
            List<WorkLine> serving = work.stream().filter(serves).toList();
            double mean = serving.stream().filter(line -> line.percent() >= 0).mapToInt(WorkLine::percent)
                    .average().orElse(0);
            return new Dashboard.Coverage(number, name, colour, serving.size(), (int) Math.round(mean));
        }

        private Dashboard.Choices choices(List<DashboardRows.Choice> choices) {
            Map<String, List<DashboardRows.Choice>> byVocabulary = choices.stream()
                    .collect(Collectors.groupingBy(DashboardRows.Choice::vocabulary, TreeMap::new,
                            Collectors.toList()));
            return new Dashboard.Choices(ofKind(NodeKind.VOLET), ofKind(NodeKind.AXE),
                    ofKind(NodeKind.STRATEGIC_OBJECTIVE), ofKind(NodeKind.OPERATIONAL_OBJECTIVE),
                    byVocabulary.getOrDefault("service", List.of()), byVocabulary.getOrDefault("person", List.of()),
                    byVocabulary.getOrDefault("priority", List.of()), byVocabulary.getOrDefault("state", List.of()));
        }

        private List<Node> ofKind(NodeKind kind) {
            List<Node> result = new ArrayList<>();
            walk(roots, node -> node.kind() == kind, result);
            return result;
        }
    }
}
