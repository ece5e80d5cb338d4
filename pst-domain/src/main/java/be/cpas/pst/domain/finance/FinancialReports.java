package be.cpas.pst.domain.finance;

import be.cpas.pst.domain.access.AccessPolicy;
import be.cpas.pst.domain.evaluation.EvaluationKind;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PlanRepository;
import be.cpas.pst.domain.shared.ConcurrentModification;
import be.cpas.pst.domain.shared.NotFound;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The DF's commentary of his financial report: read by whoever reads the follow-up, written by the DF and the DG. */
@Service
@Transactional
public class FinancialReports {

    private final FinancialReportRepository reports;
    private final PlanRepository plans;
    private final AccessPolicy policy;

    public FinancialReports(FinancialReportRepository reports, PlanRepository plans, AccessPolicy policy) {
        this.reports = reports;
        this.plans = plans;
        this.policy = policy;
    }

    @Transactional(readOnly = true)
    public Optional<FinancialReport> find(long planId, int year, EvaluationKind kind) {
        policy.requireReadFinance(plan(planId));
        return reports.findByPlanIdAndYearAndKind(planId, year, kind);
    }

    /**
     * Saves the commentary, if nobody saved it since the page showed {@code expectedVersion} ({@code null}: there was
     * none yet).
     */
    public FinancialReport comment(long planId, int year, EvaluationKind kind, Long expectedVersion, String text) {
        Plan plan = plan(planId);
        policy.requireEditBudget();
        Optional<FinancialReport> existing = reports.findByPlanIdAndYearAndKind(planId, year, kind);
        if (existing.isPresent() != (expectedVersion != null)) {
            throw new ConcurrentModification("Financial report " + year + " of plan " + planId);
        }
        if (existing.isPresent()) {
            ConcurrentModification.check(expectedVersion, existing.get().getVersion(),
                    "Financial report " + year + " of plan " + planId);
        }
        FinancialReport report = existing.orElseGet(() -> reports.save(new FinancialReport(plan, year, kind)));
        report.comment(text);
        return report;
    }

    private Plan plan(long planId) {
        return plans.findById(planId).orElseThrow(() -> new NotFound("plan.notFound", "No plan " + planId));
    }
}
