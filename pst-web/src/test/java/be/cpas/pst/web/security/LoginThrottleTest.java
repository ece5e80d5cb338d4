package be.cpas.pst.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-11-23T09:00:00Z");
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void fiveFailuresMakeTheAccountWaitAMinuteFromThatAddressOnly() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("agent", "10.0.0.1");
        }
        assertThat(throttle.isLocked("agent", "10.0.0.1")).isFalse();

        throttle.failed("Agent", "10.0.0.1");

        assertThat(throttle.isLocked("agent", "10.0.0.1")).isTrue();
        assertThat(throttle.tryStart("agent", "10.0.0.1")).as("no password checked while waiting").isFalse();
        assertThat(throttle.isLocked("agent", "10.0.0.2")).as("another address").isFalse();
        assertThat(throttle.isLocked("dg", "10.0.0.1")).as("another account").isFalse();
        now = now.plus(Duration.ofSeconds(59));
        assertThat(throttle.isLocked("agent", "10.0.0.1")).isTrue();
        now = now.plus(Duration.ofSeconds(1));
        assertThat(throttle.isLocked("agent", "10.0.0.1")).isFalse();
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToFifteenMinutes() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("agent", "10.0.0.1");
        }
        long[] waits = new long[6];
        for (int round = 0; round < waits.length; round++) {
            now = now.plus(Duration.ofMinutes(20));
            // after a wait, one try at a time: a second one sent meanwhile is turned away
            assertThat(throttle.tryStart("agent", "10.0.0.1")).isTrue();
            assertThat(throttle.tryStart("agent", "10.0.0.1")).isFalse();
            throttle.failed("agent", "10.0.0.1");
            throttle.end("agent", "10.0.0.1");
            Instant failedAt = now;
            while (throttle.isLocked("agent", "10.0.0.1")) {
                now = now.plus(Duration.ofSeconds(30));
            }
            waits[round] = Duration.between(failedAt, now).toMinutes();
            now = failedAt;
        }

        assertThat(waits).containsExactly(2, 4, 8, 15, 15, 15);
    }

    @Test
    void theFailuresAreForgottenAnHourAfterTheLastWait() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("agent", "10.0.0.1");
        }
        now = now.plus(Duration.ofMinutes(1)).plus(LoginThrottle.MEMORY);

        throttle.failed("agent", "10.0.0.1");

        assertThat(throttle.isLocked("agent", "10.0.0.1")).as("a first failure again").isFalse();
    }

    @Test
    void aSuccessfulSignInForgetsThePreviousFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("agent", "10.0.0.1");
        }
        throttle.succeeded("agent", "10.0.0.1");
        throttle.failed("agent", "10.0.0.1");

        assertThat(throttle.isLocked("agent", "10.0.0.1")).isFalse();
    }

    @Test
    void aPasswordResetByTheAdministratorLiftsTheLockFromEveryAddress() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("agent", "10.0.0.1");
            throttle.failed("agent", "10.0.0.2");
            throttle.failed("agente", "10.0.0.1");
        }

        throttle.lift("Agent");

        assertThat(throttle.isLocked("agent", "10.0.0.1")).isFalse();
        assertThat(throttle.isLocked("agent", "10.0.0.2")).isFalse();
        assertThat(throttle.isLocked("agente", "10.0.0.1")).as("another account, whose name starts alike").isTrue();
    }
}
