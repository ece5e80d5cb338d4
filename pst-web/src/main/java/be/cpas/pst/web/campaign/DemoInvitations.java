package be.cpas.pst.web.campaign;

import be.cpas.pst.domain.campaign.Campaigns;
import be.cpas.pst.domain.campaign.UpdateCampaign;
import be.cpas.pst.domain.mail.Outbox;
import be.cpas.pst.persistence.database.DatabaseMode;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In demonstration without a mail server, the demo campaign's invitations are recorded at start-up (kept in the
 * outbox, never sent), so
 * that the outbox shows what the DG's opening sent; recorded once, whatever the number of starts.
 */
@Component
class DemoInvitations {

    private final Campaigns campaigns;
    private final CampaignMessages messages;
    private final Environment environment;
    private final Outbox outbox;

    DemoInvitations(Campaigns campaigns, CampaignMessages messages, Environment environment, Outbox outbox) {
        this.campaigns = campaigns;
        this.messages = messages;
        this.environment = environment;
        this.outbox = outbox;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recordTheDemoInvitations() {
        // with a mail server configured, the demo's invented addresses are not written to
        if (!DatabaseMode.from(environment).demo() || outbox.sends()) {
            return;
        }
        for (UpdateCampaign campaign : campaigns.openEverywhere()) {
            messages.invite(campaign);
        }
    }
}
