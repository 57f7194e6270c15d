package org.highroad.complaints.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.highroad.platform.security.RateCounters;
import org.highroad.platform.security.RateCounters.Window;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Asking about a complaint by its receipt is limited per client like filing one ({@link RateLimiter}): at most
 * {@code per-minute} lookups a minute and {@code per-day} a day, counted in the shared database under the client's
 * keyed hash (never its address), so that nobody can try receipt numbers in bulk (forty bits of them, and ten a minute).
 */
@Component
class StatusLookups {

    static final String PER_MINUTE = "complaint-status-minute";
    static final String PER_DAY = "complaint-status-day";

    private final RateCounters counters;
    private final int perMinute;
    private final int perDay;
    private final Clock clock;

    StatusLookups(RateCounters counters, @Value("${highroad.complaints.status-limit.per-minute:10}") int perMinute,
            @Value("${highroad.complaints.status-limit.per-day:100}") int perDay, Clock clock) {
        this.counters = counters;
        this.perMinute = perMinute;
        this.perDay = perDay;
        this.clock = clock;
    }

    /** Counts a lookup from {@code address}; empty if it may go on, else how long to wait. */
    Optional<Duration> acquire(String address) {
        String client = counters.clientKey("complaint-status-client", address);
        Instant now = clock.instant();
        Window minute = Window.of(now, Duration.ofMinutes(1));
        if (counters.hit(PER_MINUTE, client, minute, now) > perMinute) {
            return Optional.of(Duration.between(now, minute.end()));
        }
        Window day = Window.of(now, Duration.ofDays(1));
        if (counters.hit(PER_DAY, client, day, now) > perDay) {
            return Optional.of(Duration.between(now, day.end()));
        }
        return Optional.empty();
    }
}
