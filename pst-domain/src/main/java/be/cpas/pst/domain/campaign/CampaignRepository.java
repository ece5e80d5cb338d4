package be.cpas.pst.domain.campaign;

import java.util.List;
import java.util.Optional;

/** Port to the update campaigns. */
public interface CampaignRepository {

    /** A plan's campaigns, the latest first. */
    List<UpdateCampaign> findByPlan(long planId);

    Optional<UpdateCampaign> findOne(long planId, long campaignId);

    /** The campaigns still open, on every plan. */
    List<UpdateCampaign> findOpen();

    UpdateCampaign save(UpdateCampaign campaign);
}
