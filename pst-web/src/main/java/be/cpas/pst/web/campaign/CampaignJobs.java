package be.cpas.pst.web.campaign;

import be.cpas.pst.domain.campaign.Campaigns;
import be.cpas.pst.domain.campaign.UpdateCampaign;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The campaigns' scheduled messages and the automatic notices, run once across all the application's nodes (ShedLock on the shared database):
 * the reminder during the last {@value #REMINDER_DAYS} days before the deadline, and after the deadline the list of
 * what is missing for the pilotes and the DG. Each message exists once per reason, however often this runs.
 */
@Component
@ConditionalOnProperty(name = "pst.jobs.enabled", matchIfMissing = true)
public class CampaignJobs {

    private static final Logger log = LoggerFactory.getLogger(CampaignJobs.class);
    /** How many days before the deadline the reminder goes. */
    static final int REMINDER_DAYS = 3;

    private final Campaigns campaigns;
    private final CampaignMessages messages;
    private final NoticeMessages notices;
    private final Clock clock;

    CampaignJobs(Campaigns campaigns, CampaignMessages messages, NoticeMessages notices, Optional<Clock> clock) {
        this.campaigns = campaigns;
        this.messages = messages;
        this.notices = notices;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** The automatic notices (each once per reason and period, however often this runs). */
    @Scheduled(initialDelayString = "${pst.jobs.campaigns-initial-delay:PT2M}",
            fixedDelayString = "${pst.jobs.campaigns-every:PT1H}")
    @SchedulerLock(name = "notices", lockAtMostFor = "PT30M")
    public void sendNotices() {
        int recorded = notices.sendAll(LocalDate.now(clock), clock.instant());
        if (recorded > 0) {
            log.info("Notices: {} message(s) recorded", recorded);
        }
    }

    @Scheduled(initialDelayString = "${pst.jobs.campaigns-initial-delay:PT2M}",
            fixedDelayString = "${pst.jobs.campaigns-every:PT1H}")
    @SchedulerLock(name = "campaign-reminders", lockAtMostFor = "PT30M")
    public void remindAndReport() {
        LocalDate today = LocalDate.now(clock);
        for (UpdateCampaign campaign : campaigns.openEverywhere()) {
            int recorded = 0;
            if (!today.isBefore(campaign.getDeadline().minusDays(REMINDER_DAYS))
                    && !today.isAfter(campaign.getDeadline())) {
                recorded = messages.remind(campaign);
            } else if (today.isAfter(campaign.getDeadline())) {
                recorded = messages.reportMissing(campaign);
            }
            if (recorded > 0) {
                log.info("Campaign « {} »: {} message(s) recorded", campaign.getTitle(), recorded);
            }
        }
    }
}
