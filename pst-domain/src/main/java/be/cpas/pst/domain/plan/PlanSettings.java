package be.cpas.pst.domain.plan;

import be.cpas.pst.domain.access.AccessPolicy;
import be.cpas.pst.domain.shared.ConcurrentModification;
import be.cpas.pst.domain.shared.NotFound;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The DG describes the plan: title, mandate, follow-up thresholds and its context (DPS, AFOM, values, vision…). */
@Service
@Transactional
public class PlanSettings {

    private final PlanRepository plans;
    private final AccessPolicy policy;

    public PlanSettings(PlanRepository plans, AccessPolicy policy) {
        this.plans = plans;
        this.policy = policy;
    }

    /** What the context form changes; rich texts already cleaned. */
    public record ContextChange(String title, int periodStart, int periodEnd, int staleAfterDays, int dueSoonDays,
            PlanContext context, List<SwotItem> swot, String insCode) {
    }

    @Transactional(readOnly = true)
    public Plan plan(long planId) {
        policy.requireEditStructure();
        Plan plan = find(planId);
        plan.getSwot().size();
        plan.getOrganisation().getName();
        return plan;
    }

    /** Saves it all, if nobody changed the plan since {@code expectedVersion}; any broken rule refuses all. */
    public void edit(long planId, long expectedVersion, ContextChange change) {
        policy.requireEditStructure();
        Plan plan = find(planId);
        ConcurrentModification.check(expectedVersion, plan.getVersion(), "Plan " + planId);
        plan.describe(change.title(), change.periodStart(), change.periodEnd());
        plan.changeFollowUpThresholds(change.staleAfterDays(), change.dueSoonDays());
        plan.updateContext(change.context(), change.swot());
        var organisation = plan.getOrganisation();
        String ins = change.insCode() == null || change.insCode().isBlank() ? null : change.insCode().strip();
        if (!java.util.Objects.equals(ins, organisation.getInsCode())) {
            organisation.updateContact(organisation.getAddress(), organisation.getWebsite(), ins);
        }
    }

    private Plan find(long planId) {
        return plans.findById(planId).orElseThrow(() -> new NotFound("plan.notFound", "No plan " + planId));
    }
}
