package org.rogatory.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.rogatory.RogatoryApplication;

/**
 * The system clock, moved forward by the tests that need time to pass (a remedy period, a search
 * that has happened): they move it, they never sleep, and they put it back when done.
 */
public final class MutableClock extends Clock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    public MutableClock() {
        this(RogatoryApplication.systemClock());
    }

    private MutableClock(Clock base) {
        this.base = base;
    }

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock clock = new MutableClock(base.withZone(zone));
        clock.offset = offset;
        return clock;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }
}
