package be.cpas.pst.persistence.campaign;

import be.cpas.pst.domain.campaign.CampaignRepository;
import be.cpas.pst.domain.campaign.UpdateCampaign;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** The update campaigns, each list in one statement with its plan. */
@Repository
class JpaCampaignRepository implements CampaignRepository {

    private final EntityManager entityManager;

    JpaCampaignRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<UpdateCampaign> findByPlan(long planId) {
        return entityManager.createQuery("""
                        select c from UpdateCampaign c join fetch c.plan where c.plan.id = :plan
                        order by c.openedAt desc, c.id desc""", UpdateCampaign.class)
                .setParameter("plan", planId).getResultList();
    }

    @Override
    public Optional<UpdateCampaign> findOne(long planId, long campaignId) {
        return entityManager.createQuery("""
                        select c from UpdateCampaign c join fetch c.plan where c.plan.id = :plan and c.id = :id""",
                        UpdateCampaign.class)
                .setParameter("plan", planId).setParameter("id", campaignId).getResultStream().findFirst();
    }

    @Override
    public List<UpdateCampaign> findOpen() {
        return entityManager.createQuery("""
                        select c from UpdateCampaign c join fetch c.plan where c.closedAt is null order by c.id""",
                        UpdateCampaign.class).getResultList();
    }

    @Override
    public UpdateCampaign save(UpdateCampaign campaign) {
        entityManager.persist(campaign);
        return campaign;
    }
}
