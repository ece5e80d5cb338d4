package be.cpas.pst.domain.campaign;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An update campaign as its pages show it: what was asked, by when, by whom, and how it ended. Values only.
 *
 * @param closingFigures what the campaign reached when it was closed; {@code null} while it is open
 */
public record CampaignView(long id, String title, LocalDate deadline, String message, boolean open,
        Instant openedAt, String openedBy, Instant closedAt, String closingFigures, long version) {

    public static CampaignView of(UpdateCampaign campaign) {
        return new CampaignView(campaign.getId(), campaign.getTitle(), campaign.getDeadline(),
                campaign.getMessage(), campaign.isOpen(), campaign.getOpenedAt(), campaign.getOpenedBy(),
                campaign.getClosedAt(), campaign.getClosingFigures(), campaign.getVersion());
    }
}
