package org.rogatory.access;

import java.time.Duration;
import java.time.Instant;

/**
 * Guessing passwords is slowed down: after {@code maxFailures} failed sign-ins in a row an account
 * is locked for {@code lockFor}, then unlocks by itself. A lock refuses even the right password,
 * and attempts while locked do not count, so the lock cannot be stretched by an attacker.
 */
public record LoginLockout(int maxFailures, Duration lockFor) {

    public LoginLockout {
        if (maxFailures < 1 || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("a lockout needs at least one failure and a positive period");
        }
    }

    public boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Where the account stands after one more failure, given the failures in a row before it. */
    public Standing afterFailure(int failuresBefore, Instant now) {
        int failures = failuresBefore + 1;
        return failures >= maxFailures ? new Standing(0, now.plus(lockFor)) : new Standing(failures, null);
    }

    /** Failures in a row so far, and the end of the lock they caused (null when not locked). */
    public record Standing(int failures, Instant lockedUntil) {
    }
}
