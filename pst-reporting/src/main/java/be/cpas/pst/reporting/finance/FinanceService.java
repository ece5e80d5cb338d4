package be.cpas.pst.reporting.finance;

import be.cpas.pst.domain.access.AccessPolicy;
import be.cpas.pst.domain.evaluation.EvaluationKind;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PlanRepository;
import be.cpas.pst.domain.planning.BudgetFlow;
import be.cpas.pst.reporting.finance.FinanceFigures.PlanRef;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The financial follow-up of a plan: the {@link FinanceCalculator}'s figures over the read model of
 * {@link FinanceRows}, for the people the access policy lets read it (the DG, the DF, the CODIR).
 */
@Service
@Transactional(readOnly = true)
public class FinanceService {

    private final PlanRepository plans;
    private final FinanceRows rows;
    private final AccessPolicy policy;
    private final Clock clock;

    public FinanceService(PlanRepository plans, FinanceRows rows, AccessPolicy policy, Optional<Clock> clock) {
        this.plans = plans;
        this.rows = rows;
        this.policy = policy;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** The figures of a plan under a filter; empty when there is no such plan. */
    public Optional<FinanceFigures> figures(long planId, FinanceFilter filter) {
        return calculator(planId).map(calculator -> calculator.figures(filter));
    }

    /** The calculator over the plan's current rows, to compute several views of the same data. */
    public Optional<FinanceCalculator> calculator(long planId) {
        Optional<Plan> plan = plans.findById(planId);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        policy.requireReadFinance(plan.get());
        return Optional.of(calculatorOf(plan.get()));
    }

    private FinanceCalculator calculatorOf(Plan p) {
        long planId = p.getId();
        return new FinanceCalculator(new PlanRef(p.getId(), p.getTitle(), p.getPeriodStart(), p.getPeriodEnd()),
                rows.nodes(planId), rows.lines(planId), rows.years(planId), rows.projections(planId),
                LocalDate.now(clock).getYear());
    }

    /**
     * The DF's report figures as an evaluation keeps them with its other figures (the totals, without the lines and
     * their internal comments), for the use case that freezes them: it has checked its caller already (the DG opening
     * an evaluation, the demonstration's loading). Whoever reads them later is checked when they are shown.
     */
    public Optional<FinancialReportFigures> reportToFreeze(long planId, int year, EvaluationKind kind) {
        return plans.findById(planId).map(plan -> report(calculatorOf(plan), year, kind).withoutLines());
    }

    /** The figures of the DF's report for a year; empty when there is no such plan. */
    public Optional<FinancialReportFigures> report(long planId, int year, EvaluationKind kind) {
        return calculator(planId).map(calculator -> report(calculator, year, kind));
    }

    static FinancialReportFigures report(FinanceCalculator calculator, int year, EvaluationKind kind) {
        FinanceFilter ofYear = FinanceFilter.mandate().withYear(year);
        FinanceFigures expenses = calculator.figures(ofYear);
        FinanceFigures revenues = calculator.figures(new FinanceFilter(year, null, null, null, null,
                BudgetFlow.REVENUE, null));
        int first = kind == EvaluationKind.ANNUAL ? year : Math.min(year, expenses.plan().periodStart());
        List<Integer> years = IntStream.rangeClosed(first, year).boxed().toList();
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Map<Integer, Amounts>> byObjective = new LinkedHashMap<>();
        List<FinanceFigures.YearTotal> byYear = new ArrayList<>();
        Amounts sinceStart = Amounts.NONE;
        for (int y : years) {
            FinanceFigures figures = y == year ? expenses : calculator.figures(FinanceFilter.mandate().withYear(y));
            for (FinanceFigures.ObjectiveTotal objective : figures.byObjective()) {
                String key = objective.strategic().key() == null ? "" : objective.strategic().key();
                labels.putIfAbsent(key, objective.strategic().label());
                byObjective.computeIfAbsent(key, k -> new TreeMap<>()).put(y, objective.strategic().amounts());
            }
            byYear.add(new FinanceFigures.YearTotal(y, figures.total(), figures.lines().size()));
            sinceStart = sinceStart.plus(figures.total());
        }
        List<FinancialReportFigures.ObjectiveYears> objectives = new ArrayList<>();
        byObjective.forEach((key, amounts) -> objectives.add(new FinancialReportFigures.ObjectiveYears(
                key.isEmpty() ? null : key, labels.get(key), amounts,
                amounts.values().stream().reduce(Amounts.NONE, Amounts::plus))));
        return new FinancialReportFigures(expenses.plan(), year, kind, years, expenses, revenues, objectives, byYear,
                sinceStart);
    }

    /** Whether the signed-in person may open the financial follow-up of this plan (for the navigation). */
    public boolean mayRead(long planId) {
        return plans.findById(planId).map(policy::mayReadFinance).orElse(false);
    }

    /** Whether the signed-in person may enter the DF's figures. */
    public boolean mayEdit() {
        return policy.mayEditBudget();
    }
}
