package be.cpas.pst.web.security;

import be.cpas.pst.domain.audit.SecurityEvent;
import be.cpas.pst.domain.audit.SecurityJournal;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * What is refused at the door, kept twice: a row of the audit trail of type "Sécurité" (the administrator and the DG
 * filter on it) and one log line with the event, the account and the address. A refused sign-in, the wrong password
 * that locks an account for an address, and a page or change refused to a signed-in person (403) are recorded here;
 * password changes and resets, role changes and deactivations are changes of the account, in the trail as any change.
 */
@Component
public class SecurityEvents {

    /**
     * Most rows one client address adds to the trail in ten minutes for its refused sign-ins, and for the refused
     * requests of each signed-in account: they cost the sender nothing, and the trail must not grow without bound for
     * someone sending them in a loop (the log keeps every one).
     */
    static final int ROWS_PER_ADDRESS = 50;

    private static final Logger log = LoggerFactory.getLogger("be.cpas.pst.security");

    private final SecurityJournal journal;
    private final LoginThrottle throttle;
    /** Rows written per sender over the last ten minutes: beyond {@value #ROWS_PER_ADDRESS}, only the log. */
    private final Cache<String, AtomicInteger> rowsPerAddress = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(10)).maximumSize(10_000).build();

    SecurityEvents(SecurityJournal journal, LoginThrottle throttle) {
        this.journal = journal;
        this.throttle = throttle;
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        String address = LoginThrottle.address(event.getAuthentication().getDetails());
        record(SecurityEvent.Kind.SIGN_IN_REFUSED, username, address, null,
                event.getException().getClass().getSimpleName());
        if (event instanceof AuthenticationFailureBadCredentialsEvent && throttle.failed(username, address)) {
            record(SecurityEvent.Kind.SIGN_IN_LOCKED, username, address, null, "held back from this address");
        }
    }

    @EventListener
    void accepted(AuthenticationSuccessEvent event) {
        log.info("event=SIGNED_IN account='{}' address={}", event.getAuthentication().getName(),
                LoginThrottle.address(event.getAuthentication().getDetails()));
    }

    /** A page or a change refused to the person making this request (HTTP 403), with the reason for the log. */
    public void denied(HttpServletRequest request, String reason) {
        String username = request.getUserPrincipal() instanceof Authentication authentication
                ? authentication.getName() : null;
        record(SecurityEvent.Kind.ACCESS_DENIED, username, request.getRemoteAddr(),
                request.getMethod() + " " + request.getRequestURI(), reason);
    }

    private void record(SecurityEvent.Kind kind, String username, String address, String request, String reason) {
        SecurityEvent event = new SecurityEvent(kind, username, address, request);
        log.warn("event={} account='{}' address={} request='{}' reason='{}'", kind, event.account(), event.address(),
                event.request() == null ? "" : event.request(), reason);
        // a refused sign-in names whatever account the sender typed: those are counted per address alone
        String sender = kind == SecurityEvent.Kind.ACCESS_DENIED ? event.address() + "|" + event.account()
                : event.address() + "|sign-in";
        if (rowsPerAddress.get(sender, key -> new AtomicInteger()).incrementAndGet() > ROWS_PER_ADDRESS) {
            return;
        }
        journal.record(event);
    }
}
