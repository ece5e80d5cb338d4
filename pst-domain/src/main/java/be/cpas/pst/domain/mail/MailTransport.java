package be.cpas.pst.domain.mail;

/** Port to the mail server; absent when none is configured (demonstration): messages are then kept, never sent. */
public interface MailTransport {

    /** Hands the message to the mail server; {@link Refused} when it refuses it or does not answer. */
    void send(MailMessage message) throws Refused;

    /** The mail server refused the message or did not answer: it is tried again later. */
    class Refused extends Exception {

        public Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
