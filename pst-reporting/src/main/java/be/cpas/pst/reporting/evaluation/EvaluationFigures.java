package be.cpas.pst.reporting.evaluation;

import be.cpas.pst.domain.evaluation.EvaluationKind;
import be.cpas.pst.domain.evaluation.FigureFreezer;
import be.cpas.pst.domain.indicator.IndicatorStatus;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PlanRepository;
import be.cpas.pst.domain.planning.SynergyStatus;
import be.cpas.pst.domain.progress.WorkFilter;
import be.cpas.pst.domain.shared.NotFound;
import be.cpas.pst.domain.vocabulary.StateCategory;
import be.cpas.pst.reporting.dashboard.DashboardRows;
import be.cpas.pst.reporting.figures.Figures;
import be.cpas.pst.reporting.figures.FiguresCalculator;
import be.cpas.pst.reporting.figures.IndicatorRow;
import be.cpas.pst.reporting.figures.NodeRow;
import be.cpas.pst.reporting.figures.WorkLine;
import be.cpas.pst.reporting.finance.FinanceService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Freezes a plan's figures for an evaluation: the dashboard's calculator run as of the reference date (late and due
 * counted on that day, indicator values measured after it left out), written as JSON; and reads them back.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationFigures implements FigureFreezer {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final PlanRepository plans;
    private final DashboardRows rows;
    private final FinanceService finance;

    public EvaluationFigures(PlanRepository plans, DashboardRows rows, FinanceService finance) {
        this.plans = plans;
        this.rows = rows;
        this.finance = finance;
    }

    @Override
    public String figuresAsOf(long planId, LocalDate referenceDate) {
        return JSON.writeValueAsString(compute(planId, referenceDate));
    }

    @Override
    public String evaluationFiguresAsOf(long planId, LocalDate referenceDate, int year, EvaluationKind kind) {
        FrozenFigures figures = compute(planId, referenceDate);
        int evaluated = Math.min(year, plans.findById(planId).map(Plan::getPeriodEnd).orElse(year));
        return JSON.writeValueAsString(finance.reportToFreeze(planId, evaluated, kind).map(figures::withFinancial)
                .orElse(figures));
    }

    /** The figures an evaluation kept ({@code null} when it kept none). */
    public static FrozenFigures read(String frozen) {
        return frozen == null ? null : JSON.readValue(frozen, FrozenFigures.class);
    }

    FrozenFigures compute(long planId, LocalDate referenceDate) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFound("plan.notFound", "No plan " + planId));
        Figures.PlanInfo info = new Figures.PlanInfo(plan.getId(), plan.getTitle(), plan.getPeriodStart(),
                plan.getPeriodEnd(), plan.getStaleAfterDays(), plan.getDueSoonDays());
        List<NodeRow> nodes = rows.nodes(planId);
        FiguresCalculator calculator = new FiguresCalculator(info, plan.followUpSince(), nodes, WorkFilter.NONE,
                referenceDate);
        List<IndicatorRow> indicators = rows.indicators(calculator.keptNodeIds()).stream()
                .map(indicator -> asOf(indicator, referenceDate)).toList();
        Figures figures = calculator.figures(rows.choices(planId), indicators, List.of(), List.of());
        Map<Long, WorkLine> work = new HashMap<>();
        calculator.work().forEach(line -> work.put(line.node().id(), line));
        Map<Long, Figures.ObjectiveLine> objectives = new HashMap<>();
        figures.objectives().forEach(line -> objectives.put(line.node().id(), line));
        Map<Long, List<FrozenFigures.Indicator>> indicatorsByNode = new HashMap<>();
        for (Figures.IndicatorLine line : figures.indicators()) {
            IndicatorRow row = line.indicator();
            indicatorsByNode.computeIfAbsent(row.nodeId(), id -> new ArrayList<>()).add(new FrozenFigures.Indicator(
                    row.name(), row.unit(), row.baselineValue(), row.targetValue(), line.latest(), line.status()));
        }
        Map<Long, DashboardRows.Synergy> synergies = new HashMap<>();
        rows.synergies(planId).forEach(synergy -> synergies.put(synergy.nodeId(), synergy));
        List<FrozenFigures.Element> elements = new ArrayList<>();
        for (NodeRow node : nodes) {
            if (!node.kind().hasState()) {
                continue;
            }
            WorkLine line = work.get(node.id());
            Figures.ObjectiveLine objective = objectives.get(node.id());
            var rollup = calculator.rollup(node.id());
            int percent = line != null ? Math.max(0, line.percent())
                    : rollup == null || rollup.percent().isEmpty() ? 0 : rollup.rounded();
            elements.add(new FrozenFigures.Element(node.id(), node.parentId(), node.kind(), node.code(),
                    node.title(), node.stateLabel(), line != null ? line.category() : node.category(), percent,
                    objective == null ? null : new EnumMap<>(objective.byCategory()),
                    objective == null ? 0 : objective.late(), line != null && line.late(),
                    node.deadlineText(), indicatorsByNode.getOrDefault(node.id(), List.of()))
                    .withSynergy(synergies.containsKey(node.id()) ? SynergyStatus.valueOf(synergies.get(node.id())
                            .status()) : null, synergies.containsKey(node.id()) ? synergies.get(node.id()).details()
                            : null));
        }
        var planRollup = calculator.rollup(null);
        Map<IndicatorStatus, Long> statuses = new EnumMap<>(IndicatorStatus.class);
        figures.indicators().forEach(line -> statuses.merge(line.status(), 1L, Long::sum));
        Map<StateCategory, Long> byCategory = new EnumMap<>(StateCategory.class);
        byCategory.putAll(figures.headline().byCategory());
        return new FrozenFigures(referenceDate, planRollup == null || planRollup.percent().isEmpty() ? 0
                : planRollup.rounded(), byCategory, figures.headline().late(), statuses, elements);
    }

    /** An indicator as it was on a day: the values measured after it left out. */
    private static IndicatorRow asOf(IndicatorRow row, LocalDate day) {
        List<LocalDate> dates = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < row.dates().size(); i++) {
            if (!row.dates().get(i).isAfter(day)) {
                dates.add(row.dates().get(i));
                values.add(row.values().get(i));
            }
        }
        return new IndicatorRow(row.id(), row.nodeId(), row.name(), row.unit(), row.baselineValue(),
                row.baselineDate(), row.targetValue(), row.targetDate(), row.direction(), dates, values);
    }
}
