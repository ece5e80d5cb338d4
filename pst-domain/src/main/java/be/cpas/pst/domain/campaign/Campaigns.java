package be.cpas.pst.domain.campaign;

import be.cpas.pst.domain.access.AccessPolicy;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PlanRepository;
import be.cpas.pst.domain.shared.ConcurrentModification;
import be.cpas.pst.domain.shared.NotFound;
import be.cpas.pst.domain.shared.RuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The update campaigns of a plan: the DG opens one (one at a time per plan) and closes it; the DG, the DF and the
 * CODIR follow how far it has come.
 */
@Service
@Transactional
public class Campaigns {

    private final CampaignRepository campaigns;
    private final PlanRepository plans;
    private final ObjectProvider<CampaignFreezer> freezer;
    private final AccessPolicy policy;
    private final Clock clock;

    public Campaigns(CampaignRepository campaigns, PlanRepository plans, ObjectProvider<CampaignFreezer> freezer,
            AccessPolicy policy, Optional<Clock> clock) {
        this.campaigns = campaigns;
        this.plans = plans;
        this.freezer = freezer;
        this.policy = policy;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** The plan, for whoever follows its campaigns. */
    @Transactional(readOnly = true)
    public Plan plan(long planId) {
        Plan plan = load(planId);
        requireFollow(plan);
        plan.getOrganisation().getName();
        return plan;
    }

    @Transactional(readOnly = true)
    public List<UpdateCampaign> list(long planId) {
        requireFollow(load(planId));
        return campaigns.findByPlan(planId);
    }

    @Transactional(readOnly = true)
    public UpdateCampaign find(long planId, long campaignId) {
        requireFollow(load(planId));
        return campaigns.findOne(planId, campaignId).map(Campaigns::loaded)
                .orElseThrow(() -> new NotFound("campaign.notFound", "No campaign " + campaignId));
    }

    /** The plan's open campaign, if any, for whoever follows them (the dashboard's figure). */
    @Transactional(readOnly = true)
    public Optional<UpdateCampaign> current(long planId) {
        return campaigns.findByPlan(planId).stream().filter(UpdateCampaign::isOpen).findFirst().map(Campaigns::loaded);
    }

    public boolean mayManage() {
        return policy.mayEditStructure();
    }

    public boolean mayFollow(Plan plan) {
        return policy.mayReadFinance(plan);
    }

    /** Opens a campaign: a deadline from today on; one open campaign per plan at a time. */
    public UpdateCampaign open(long planId, String title, LocalDate deadline, String message) {
        policy.requireEditStructure();
        Plan plan = load(planId);
        plan.checkEditable();
        if (plan.isDraft()) {
            throw new RuleViolation("campaign.draft", "A draft plan has no campaign");
        }
        if (deadline != null && deadline.isBefore(LocalDate.now(clock))) {
            throw new RuleViolation("campaign.deadline.past", "The deadline is past");
        }
        if (current(planId).isPresent()) {
            throw new RuleViolation("campaign.alreadyOpen", "A campaign is already open");
        }
        return loaded(campaigns.save(new UpdateCampaign(plan, title, deadline, message, Instant.now(clock),
                policy.actor().name())));
    }

    /** Closes a campaign, keeping who had updated what. */
    public void close(long planId, long campaignId, long expectedVersion) {
        policy.requireEditStructure();
        UpdateCampaign campaign = find(planId, campaignId);
        ConcurrentModification.check(expectedVersion, campaign.getVersion(), "Campaign " + campaignId);
        campaign.close(Instant.now(clock), freezer.getObject().figuresOf(campaign));
    }

    /** The campaigns still open on every plan, for the scheduled reminders (no person acting). */
    @Transactional(readOnly = true)
    public List<UpdateCampaign> openEverywhere() {
        return campaigns.findOpen().stream().map(Campaigns::loaded).toList();
    }

    /** What the pages and messages read of a campaign, loaded while its transaction is open. */
    private static UpdateCampaign loaded(UpdateCampaign campaign) {
        campaign.getPlan().getOrganisation().getName();
        return campaign;
    }

    private void requireFollow(Plan plan) {
        if (!mayFollow(plan)) {
            throw new be.cpas.pst.domain.access.AccessRefused("Not allowed to follow the campaigns of " + plan.getId());
        }
    }

    private Plan load(long planId) {
        return plans.findById(planId).orElseThrow(() -> new NotFound("plan.notFound", "No plan " + planId));
    }
}
