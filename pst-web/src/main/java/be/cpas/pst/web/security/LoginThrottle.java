package be.cpas.pst.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Failed-login throttling, per account and client address: after {@value #MAX_FAILURES} wrong passwords for the same
 * account from the same address, that account waits before its next try from that address, and the wait doubles
 * with each further wrong password — one minute, two, four, eight, then {@link #LONGEST_WAIT} at most. A person who
 * mistyped waits a minute; someone guessing gets a handful of tries an hour; nobody can hold back an account from
 * another address. An attempt is counted as it starts (the password is checked only if the failures so far and the
 * attempts under way allow it), so that many attempts sent at once cannot check more passwords than the limit. The
 * failures are forgotten at the next success, an administrator's reset, or an hour after the last wait ended. Kept in
 * memory: one application instance serves a CPAS, and a restart forgetting the count is harmless.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    /** Failures are forgotten this long after the last wait ended. */
    static final Duration MEMORY = Duration.ofHours(1);

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

    /**
     * Starts an attempt: whether its password may be checked (not locked, and the failures so far with the attempts
     * under way below the limit). Each started attempt is ended by {@link #end}.
     */
    public boolean tryStart(String username, String address) {
        boolean[] allowed = {false};
        attempts.compute(key(username, address), (key, previous) -> {
            Attempts current = fresh(previous);
            boolean waiting = current.lockedUntil != null && clock.instant().isBefore(current.lockedUntil);
            // below the limit, as many at once as the failures left; beyond it, one try at a time after each wait
            int allowedAtOnce = current.failures < MAX_FAILURES ? MAX_FAILURES - current.failures : 1;
            if (waiting || current.underWay >= allowedAtOnce) {
                return current;
            }
            allowed[0] = true;
            return new Attempts(current.failures, current.underWay + 1, null);
        });
        return allowed[0];
    }

    /** Ends an attempt started by {@link #tryStart}, whatever its outcome. */
    public void end(String username, String address) {
        attempts.computeIfPresent(key(username, address), (key, previous) -> new Attempts(previous.failures,
                Math.max(0, previous.underWay - 1), previous.lockedUntil));
    }

    /** Counts a wrong password; whether it makes the account wait before its next try from this address. */
    boolean failed(String username, String address) {
        boolean[] locksNow = {false};
        attempts.compute(key(username, address), (key, previous) -> {
            Attempts current = fresh(previous);
            int failures = current.failures + 1;
            locksNow[0] = failures >= MAX_FAILURES;
            return new Attempts(failures, current.underWay,
                    locksNow[0] ? clock.instant().plus(waitAfter(failures)) : current.lockedUntil);
        });
        return locksNow[0];
    }

    /** The wait after this many wrong passwords: one minute at the limit, doubled with each one more. */
    static Duration waitAfter(int failures) {
        int doublings = Math.min(failures - MAX_FAILURES, 10);
        Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /** The attempts as they stand, forgotten an hour after the last wait ended. */
    private Attempts fresh(Attempts previous) {
        if (previous == null) {
            return new Attempts(0, 0, null);
        }
        if (previous.lockedUntil != null && !clock.instant().isBefore(previous.lockedUntil.plus(MEMORY))) {
            return new Attempts(0, previous.underWay, null);
        }
        return previous;
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
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName(), address(event.getAuthentication().getDetails()));
    }

    static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "?";
    }

    private static String key(String username, String address) {
        return (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)) + "|" + address;
    }

    /** Failures since the last success, attempts under way, and the end of a lock. */
    private record Attempts(int failures, int underWay, Instant lockedUntil) {
    }
}
