package be.cpas.pst.domain.campaign;


/** Port to whoever computes a campaign's figures (the reporting module), written down when it is closed. */
public interface CampaignFreezer {

    /** Who had updated what, as of now, in the form the reporting module reads back. */
    String figuresOf(UpdateCampaign campaign);
}
