package org.rogatory.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginLockoutTest {

    static final LoginLockout LOCKOUT = new LoginLockout(3, Duration.ofMinutes(15));
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void failuresBelowTheLimitAreCountedWithoutLocking() {
        assertThat(LOCKOUT.afterFailure(0, NOW)).isEqualTo(new LoginLockout.Standing(1, null));
        assertThat(LOCKOUT.afterFailure(1, NOW)).isEqualTo(new LoginLockout.Standing(2, null));
    }

    @Test
    void theFailureThatReachesTheLimitLocksForThePeriodAndStartsTheCountAgain() {
        assertThat(LOCKOUT.afterFailure(2, NOW)).isEqualTo(new LoginLockout.Standing(0, NOW.plusSeconds(900)));
    }

    @Test
    void aLockHoldsUntilItsEndAndThenLiftsByItself() {
        Instant until = LOCKOUT.afterFailure(2, NOW).lockedUntil();
        assertThat(LOCKOUT.isLocked(until, NOW)).isTrue();
        assertThat(LOCKOUT.isLocked(until, NOW.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(LOCKOUT.isLocked(until, NOW.plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(LOCKOUT.isLocked(null, NOW)).isFalse();
    }

    @Test
    void aLockoutNeedsALimitAndAPeriod() {
        assertThatThrownBy(() -> new LoginLockout(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginLockout(3, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
