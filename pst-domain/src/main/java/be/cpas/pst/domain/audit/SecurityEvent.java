package be.cpas.pst.domain.audit;

import java.util.Objects;

/**
 * Something refused at the door, kept in the audit trail as a "Sécurité" entry: a wrong password, an account held
 * back after too many of them, a page or a change refused to a signed-in person.
 *
 * @param kind      what happened
 * @param account   the account name typed or signed in ({@code null}: nobody signed in); the trail links the row to
 *                  the account when the name is one
 * @param address   the client's address, as the trusted proxies give it
 * @param request   method and path of the refused request ({@code null} for a sign-in)
 */
public record SecurityEvent(Kind kind, String account, String address, String request) {

    /** Longest account name or request kept: what a client sends is not stored beyond it. */
    public static final int MAX_TEXT = 200;

    public SecurityEvent {
        Objects.requireNonNull(kind, "kind");
        account = clean(account);
        address = clean(address);
        request = clean(request);
    }

    /** The kinds of security events; {@link #code()} is the action recorded in the trail. */
    public enum Kind {
        /** A sign-in refused: unknown account, wrong password or inactive account. */
        SIGN_IN_REFUSED("REFUSED"),
        /** Too many wrong passwords for one account from one address: it waits before its next try from there. */
        SIGN_IN_LOCKED("LOCKED"),
        /** A page or a change refused to a signed-in person (HTTP 403). */
        ACCESS_DENIED("DENIED");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** A text sent by a client, kept printable and short. */
    private static String clean(String text) {
        if (text == null) {
            return null;
        }
        String printable = text.replaceAll("[\\p{Cc}\\p{Cf}]", "?").strip();
        return printable.length() > MAX_TEXT ? printable.substring(0, MAX_TEXT) : printable;
    }
}
