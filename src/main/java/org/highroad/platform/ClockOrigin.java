package org.highroad.platform;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Where "now" starts when a deployment fixes it ({@code highroad.clock.origin}; the tests do, so that the dates their
 * contracts, payroll weeks and deadlines are written with keep the past and the future they were written for): the
 * fixed origin plus the time elapsed since this JVM started. One offset for the whole JVM, whichever application
 * context or engine asks first, so that contexts started minutes apart, and the workflow engine, read the same day.
 * Without an origin (production) nothing is offset: the system clock, as before (ADR 0035).
 */
public final class ClockOrigin {

    /** The property that fixes the origin, an ISO instant such as {@code 2026-12-03T12:00:00Z}. */
    public static final String PROPERTY = "highroad.clock.origin";

    /** When this JVM started, by the system clock: the origin stands for this instant. */
    private static final Instant JVM_START = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());

    private static Instant origin;

    private ClockOrigin() {
    }

    /**
     * The offset from the system clock to the clock that began at {@code origin} when this JVM started; empty for a
     * blank origin (the system clock). A JVM has one origin: another one asked later is refused, since the engine's
     * clock is one for the JVM and two contexts on two different days would each see the other's records out of time.
     */
    public static Optional<Duration> offsetFor(String origin) {
        if (origin == null || origin.isBlank()) {
            return Optional.empty();
        }
        Instant asked;
        try {
            asked = Instant.parse(origin.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(PROPERTY + " must be an ISO instant such as 2026-12-03T12:00:00Z, not '"
                    + origin + "'", e);
        }
        synchronized (ClockOrigin.class) {
            if (ClockOrigin.origin == null) {
                ClockOrigin.origin = asked;
            } else if (!ClockOrigin.origin.equals(asked)) {
                throw new IllegalStateException(PROPERTY + " is " + ClockOrigin.origin + " in this JVM already; "
                        + asked + " cannot start another clock beside it");
            }
        }
        return Optional.of(Duration.between(JVM_START, asked));
    }

    /** The clock that began at {@code origin} when this JVM started, or the system clock for a blank origin (UTC). */
    public static Clock clockFor(String origin) {
        return offsetFor(origin).map(offset -> Clock.offset(Clock.systemUTC(), offset)).orElseGet(Clock::systemUTC);
    }
}
