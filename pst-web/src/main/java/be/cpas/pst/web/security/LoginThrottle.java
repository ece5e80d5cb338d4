package be.cpas.pst.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Failed-login throttling: after {@value #MAX_FAILURES} wrong passwords for the same account from the same address,
 * that account is locked for that address for 15 minutes. Kept in memory: one application instance serves a CPAS, and
 * a restart forgetting the count is harmless.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final Map<String, Attempts> attempts = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether this account may try to sign in from this address now. */
    public boolean isLocked(String username, String address) {
        Attempts current = attempts.get(key(username, address));
        return current != null && current.lockedUntil != null && clock.instant().isBefore(current.lockedUntil);
    }

    void failed(String username, String address) {
        attempts.compute(key(username, address), (key, previous) -> {
            Instant now = clock.instant();
            Attempts current = previous == null || previous.lockedUntil != null && !now.isBefore(previous.lockedUntil)
                    ? new Attempts(0, null) : previous;
            int failures = current.failures + 1;
            return new Attempts(failures, failures >= MAX_FAILURES ? now.plus(LOCK) : null);
        });
    }

    /**
     * Lifts the lock of an account from every address: the administrator gave it a new password, as the lock
     * message tells the person to ask for.
     */
    public void lift(String username) {
        String prefix = key(username, "");
        attempts.keySet().removeIf(key -> key.startsWith(prefix));
    }

    void succeeded(String username, String address) {
        attempts.remove(key(username, address));
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName(), address(event.getAuthentication().getDetails()));
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName(), address(event.getAuthentication().getDetails()));
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "?";
    }

    private static String key(String username, String address) {
        return (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)) + "|" + address;
    }

    private record Attempts(int failures, Instant lockedUntil) {
    }
}
