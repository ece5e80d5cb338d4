package be.cpas.pst.persistence.mail;

import be.cpas.pst.domain.mail.NoticeSetting;
import be.cpas.pst.domain.mail.NoticeSettingRepository;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Repository;

/** The notices' settings. */
@Repository
class JpaNoticeSettingRepository implements NoticeSettingRepository {

    private final EntityManager entityManager;

    JpaNoticeSettingRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<NoticeSetting> findByPlan(long planId) {
        return entityManager.createQuery("select s from NoticeSetting s where s.planId = :plan", NoticeSetting.class)
                .setParameter("plan", planId).getResultList();
    }

    @Override
    public List<NoticeSetting> findByAccount(long accountId) {
        return entityManager.createQuery("select s from NoticeSetting s where s.accountId = :account",
                NoticeSetting.class).setParameter("account", accountId).getResultList();
    }

    @Override
    public NoticeSetting save(NoticeSetting setting) {
        entityManager.persist(setting);
        return setting;
    }
}
