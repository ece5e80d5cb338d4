package be.cpas.pst.domain.mail;


/** Where a message stands. */
public enum MailState {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** Handed to the mail server. */
    SENT,
    /** Given up after the last attempt: the administrator sees why. */
    FAILED,
    /** No mail server configured (demonstration): kept in the outbox, never sent. */
    KEPT
}
