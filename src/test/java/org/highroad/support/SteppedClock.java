package org.highroad.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until the test steps it forward: rate limits and delays are tested without waiting. */
public final class SteppedClock extends Clock {

    private Instant now;

    /** Standing at a fixed instant, 2027-01-20T12:00:00Z. */
    public SteppedClock() {
        this(Instant.parse("2027-01-20T12:00:00Z"));
    }

    public SteppedClock(Instant start) {
        this.now = start;
    }

    public synchronized void step(Duration by) {
        now = now.plus(by);
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
