package be.cpas.pst.domain.mail;

import be.cpas.pst.domain.audit.Audited;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A message to one person, recorded before it is sent. Its {@code reasonKey} says why it exists ("the invitation of
 * campaign 12 to account 5"): the same reason never gives a second message.
 */
@Entity
@Table(name = "mail_message")
public class MailMessage implements Audited {

    /** How long to wait before each new attempt; the message fails after the last one. */
    static final List<Duration> RETRY_DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reason_key", nullable = false, length = 300)
    private String reasonKey;

    @Column(nullable = false, length = 30)
    private String reason;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, columnDefinition = "text")
    private String html;

    @Column(nullable = false, columnDefinition = "text")
    private String plain;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", columnDefinition = "text")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected MailMessage() {
        // for JPA
    }

    /**
     * @param kept whether no mail server is configured: the message is kept in the outbox, never sent
     */
    public MailMessage(Draft draft, boolean kept, Instant now) {
        this.reasonKey = Objects.requireNonNull(draft.reasonKey(), "reasonKey");
        this.reason = draft.reason();
        this.campaignId = draft.campaignId();
        this.accountId = draft.accountId();
        this.recipient = Objects.requireNonNull(draft.recipient(), "recipient");
        this.subject = cut(draft.subject(), 300);
        this.html = draft.html();
        this.plain = draft.plain();
        this.state = kept ? MailState.KEPT : MailState.PENDING;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /**
     * What a message is made of before it is recorded.
     *
     * @param reasonKey why it exists, unique: the same reason never gives a second message
     * @param reason the kind of message (campaign invitation, reminder…), for the outbox page
     */
    public record Draft(String reasonKey, String reason, Long campaignId, Long accountId, String recipient,
            String subject, String html, String plain) {
    }

    void sent(Instant now) {
        this.state = MailState.SENT;
        this.sentAt = now;
        this.attempts++;
        this.lastError = null;
    }

    /** The mail server refused or did not answer: another attempt later, or failed after the last one. */
    void attemptFailed(String error, Instant now) {
        this.lastError = cut(error == null ? "erreur inconnue" : error, 2000);
        if (attempts >= RETRY_DELAYS.size()) {
            this.attempts++;
            this.state = MailState.FAILED;
            return;
        }
        this.nextAttemptAt = now.plus(RETRY_DELAYS.get(attempts));
        this.attempts++;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String auditLabel() {
        return subject + " → " + recipient;
    }

    public String getReasonKey() {
        return reasonKey;
    }

    public String getReason() {
        return reason;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getHtml() {
        return html;
    }

    public String getPlain() {
        return plain;
    }

    public MailState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
