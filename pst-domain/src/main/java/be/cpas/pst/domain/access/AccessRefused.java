package be.cpas.pst.domain.access;

/** The access policy refused an operation; the web layer answers 403 with the French error page. */
public class AccessRefused extends RuntimeException {

    public AccessRefused(String englishMessage) {
        super(englishMessage);
    }
}
