package be.cpas.pst.reporting.finance;

import be.cpas.pst.domain.access.AccessPolicy;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PlanRepository;
import be.cpas.pst.reporting.finance.FinanceFigures.PlanRef;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
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
        Plan p = plan.get();
        return Optional.of(new FinanceCalculator(new PlanRef(p.getId(), p.getTitle(), p.getPeriodStart(),
                p.getPeriodEnd()), rows.nodes(planId), rows.lines(planId), rows.years(planId),
                LocalDate.now(clock).getYear()));
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
