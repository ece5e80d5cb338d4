package be.cpas.pst.domain.mail;

import be.cpas.pst.domain.access.AccessPolicy;
import be.cpas.pst.domain.shared.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox: every message is recorded here first (once per reason), then sent by {@link #deliverDue()}, which the
 * scheduler calls every minute; the administrator reads it, failures included.
 */
@Service
@Transactional
public class Outbox {

    private static final System.Logger log = System.getLogger(Outbox.class.getName());
    /** How many messages one delivery round sends at most. */
    static final int BATCH = 50;

    private final MailRepository messages;
    private final ObjectProvider<MailTransport> transport;
    private final AccessPolicy policy;
    private final Clock clock;

    public Outbox(MailRepository messages, ObjectProvider<MailTransport> transport, AccessPolicy policy,
            Optional<Clock> clock) {
        this.messages = messages;
        this.transport = transport;
        this.policy = policy;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    /** Whether messages leave the machine (a mail server is configured) or are only kept in the outbox. */
    public boolean sends() {
        return transport.getIfAvailable() != null;
    }

    /** Records a message unless one was already recorded for the same reason; whether it was recorded. */
    public boolean record(MailMessage.Draft draft) {
        return messages.recordOnce(new MailMessage(draft, !sends(), Instant.now(clock)));
    }

    /** Sends the messages due, each attempt recorded: sent, or tried again later, or failed after the last try. */
    public int deliverDue() {
        MailTransport server = transport.getIfAvailable();
        if (server == null) {
            return 0;
        }
        int sent = 0;
        for (MailMessage message : messages.lockDue(Instant.now(clock), BATCH)) {
            try {
                server.send(message);
                message.sent(Instant.now(clock));
                sent++;
            } catch (MailTransport.Refused failure) {
                message.attemptFailed(failure.getMessage(), Instant.now(clock));
                log.log(System.Logger.Level.WARNING, "Message {0} to {1} not sent (attempt {2}): {3}",
                        message.getId(), message.getRecipient(), message.getAttempts(), failure.getMessage());
            }
        }
        return sent;
    }

    /** The latest messages, for the administrator. */
    @Transactional(readOnly = true)
    public List<Letter> latest(int max) {
        policy.requireManageAccounts();
        return messages.latest(max).stream().map(Letter::of).toList();
    }

    @Transactional(readOnly = true)
    public Letter find(long id) {
        policy.requireManageAccounts();
        return Letter.of(messages.find(id).orElseThrow(() -> new NotFound("mail.notFound", "No message " + id)));
    }

    /** A message of the outbox as the administrator's pages show it (its text without markup). Values only. */
    public record Letter(long id, String reason, String recipient, String subject, String plain, MailState state,
            int attempts, String lastError, Instant createdAt, Instant sentAt) {

        static Letter of(MailMessage message) {
            return new Letter(message.getId(), message.getReason(), message.getRecipient(), message.getSubject(),
                    message.getPlain(), message.getState(), message.getAttempts(), message.getLastError(),
                    message.getCreatedAt(), message.getSentAt());
        }
    }
}
