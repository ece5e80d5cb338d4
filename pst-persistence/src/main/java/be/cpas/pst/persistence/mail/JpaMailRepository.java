package be.cpas.pst.persistence.mail;

import be.cpas.pst.domain.mail.MailMessage;
import be.cpas.pst.domain.mail.MailRepository;
import be.cpas.pst.domain.mail.MailState;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** The recorded messages: recorded once per reason by the database itself, locked for sending with SKIP LOCKED. */
@Repository
class JpaMailRepository implements MailRepository {

    /** PostgreSQL's {@code for update skip locked}, as the persistence API spells it. */
    private static final int SKIP_LOCKED = -2;

    private final EntityManager entityManager;

    JpaMailRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public boolean recordOnce(MailMessage m) {
        int inserted = entityManager.createNativeQuery("""
                        insert into mail_message (reason_key, reason, campaign_id, account_id, recipient, subject, html,
                            plain, state, attempts, next_attempt_at, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
                        on conflict (reason_key) do nothing""")
                .setParameter(1, m.getReasonKey()).setParameter(2, m.getReason())
                .setParameter(3, m.getCampaignId()).setParameter(4, m.getAccountId())
                .setParameter(5, m.getRecipient()).setParameter(6, m.getSubject()).setParameter(7, m.getHtml())
                .setParameter(8, m.getPlain()).setParameter(9, m.getState().name())
                .setParameter(10, Timestamp.from(m.getNextAttemptAt()))
                .setParameter(11, Timestamp.from(m.getCreatedAt()))
                .executeUpdate();
        return inserted == 1;
    }

    @Override
    public List<MailMessage> lockDue(Instant now, int max) {
        return entityManager.createQuery("""
                        select m from MailMessage m where m.state = :pending and m.nextAttemptAt <= :now
                        order by m.nextAttemptAt, m.id""", MailMessage.class)
                .setParameter("pending", MailState.PENDING).setParameter("now", now).setMaxResults(max)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .getResultList();
    }

    @Override
    public List<MailMessage> latest(int max) {
        return entityManager.createQuery("select m from MailMessage m order by m.createdAt desc, m.id desc",
                MailMessage.class).setMaxResults(max).getResultList();
    }

    @Override
    public Optional<MailMessage> find(long id) {
        return Optional.ofNullable(entityManager.find(MailMessage.class, id));
    }
}
