package be.cpas.pst.domain.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port to the recorded messages. */
public interface MailRepository {

    /** Records a message unless one with the same reason exists; whether it was recorded. */
    boolean recordOnce(MailMessage message);

    /**
     * The messages due for an attempt, locked for this transaction and skipped by any other node's (so that two
     * nodes never send the same message), the oldest first.
     */
    List<MailMessage> lockDue(Instant now, int max);

    /** The latest messages, the newest first. */
    List<MailMessage> latest(int max);

    Optional<MailMessage> find(long id);
}
