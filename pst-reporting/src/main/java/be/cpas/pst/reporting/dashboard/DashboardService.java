package be.cpas.pst.reporting.dashboard;

import be.cpas.pst.domain.access.AccessPolicy;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PlanRepository;
import be.cpas.pst.domain.plan.PlanStatus;
import be.cpas.pst.domain.progress.WorkFilter;
import be.cpas.pst.reporting.figures.Figures;
import be.cpas.pst.reporting.figures.FiguresCalculator;
import be.cpas.pst.reporting.figures.WorkLine;
import be.cpas.pst.reporting.figures.WorkSelector;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CODIR dashboard and its drill-down lists: the {@link FiguresCalculator}'s figures over the read model of
 * {@link DashboardRows}, checked against the access policy and kept while the plan data is unchanged.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

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
    private record Key(long planId, long revision, WorkFilter filter, LocalDate today) {
    }

    /** A computation kept: the plan's status of that revision (for access), the work and the figures. */
    private record Snapshot(PlanStatus status, FiguresCalculator calculator, Figures figures) {
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
    public Optional<Figures> dashboard(long planId, WorkFilter filter) {
        return snapshot(planId, filter).map(Snapshot::figures);
    }

    /** A drill-down list: every projet/action behind one of the dashboard's counts. */
    public record WorkList(Figures.PlanInfo plan, WorkFilter filter, WorkSelector selector, List<WorkLine> lines) {

        /** The word of the list's address. */
        public String key() {
            return selector.key();
        }
    }

    /** The projets/actions a selector counts under a filter; empty when there is no such plan. */
    public Optional<WorkList> workList(long planId, WorkFilter filter, WorkSelector selector) {
        return snapshot(planId, filter).map(snapshot -> new WorkList(snapshot.figures().plan(), filter, selector,
                snapshot.calculator().select(selector)));
    }

    private Optional<Snapshot> snapshot(long planId, WorkFilter filter) {
        // the revision is read before the data: what is computed is at least as recent as the revision it is kept under
        Key key = new Key(planId, rows.revision(), filter, LocalDate.now(clock));
        Snapshot kept = computed.getIfPresent(key);
        if (kept != null) {
            // the plan's status is that of the same revision: a change of status changes the revision
            policy.requireReadDashboard(planId, kept.status() == PlanStatus.DRAFT);
            return Optional.of(kept);
        }
        Optional<Plan> plan = plans.findById(planId);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        policy.requireReadDashboard(plan.get());
        return Optional.of(computed.get(key, ignored -> compute(plan.get(), filter, key.today())));
    }

    private Snapshot compute(Plan plan, WorkFilter filter, LocalDate today) {
        Figures.PlanInfo info = new Figures.PlanInfo(plan.getId(), plan.getTitle(), plan.getPeriodStart(),
                plan.getPeriodEnd(), plan.getStaleAfterDays(), plan.getDueSoonDays());
        FiguresCalculator calculator = new FiguresCalculator(info, plan.followUpSince(), rows.nodes(plan.getId()),
                filter, today);
        List<Long> workIds = calculator.workIds();
        Figures figures = calculator.figures(rows.choices(plan.getId()), rows.indicators(calculator.keptNodeIds()),
                rows.budgetLines(workIds), rows.followUps(workIds));
        return new Snapshot(plan.getStatus(), calculator, figures);
    }
}
