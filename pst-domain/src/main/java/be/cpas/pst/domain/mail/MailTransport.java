package be.cpas.pst.domain.mail;


/** Port to the mail server; absent when none is configured (demonstration): messages are then kept, never sent. */
public interface MailTransport {

    /** Hands the message to the mail server; throws when it refuses it or does not answer. */
    void send(MailMessage message) throws Exception;
}
