package org.highroad.complaints.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.highroad.platform.security.RateCounters;
import org.highroad.platform.security.RateCounters.Window;

/**
 * Complaints per client in a minute and in a day, and complaints filed by everyone together in a minute, in fixed
 * windows (minutes and UTC days) counted in the shared database ({@link RateCounters}): every node counts the same
 * client alike, a restart forgets nobody, and two requests at the same moment on two nodes are both counted. A refused
 * request learns how long to wait (until its window ends), and whether the limit was its own or everyone's.
 * <p>
 * A request refused for its minute is not counted in its day, so a burst spends only the minute. Clients are kept as
 * keyed hashes, never addresses, and their rows are deleted when their window ends; nothing bounds the table but time,
 * and what a crowd of addresses can file in all is bounded by the ceiling on everyone, which counts complaints filed,
 * not requests refused as bad.
 */
class RateLimiter {

    static final String PER_MINUTE = "complaints-minute";
    static final String PER_DAY = "complaints-day";
    static final String EVERYONE = "complaints-filed";
    private static final String ALL = "everyone";
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration DAY = Duration.ofDays(1);

    /** Why a request must wait, and for how long. */
    record Refusal(Duration retryAfter, boolean everyone) {
    }

    private final RateCounters counters;
    private final int perMinute;
    private final int perDay;
    private final int everyonePerMinute;
    private final Clock clock;

    RateLimiter(RateCounters counters, int perMinute, int perDay, int everyonePerMinute, Clock clock) {
        this.counters = counters;
        this.perMinute = perMinute;
        this.perDay = perDay;
        this.everyonePerMinute = everyonePerMinute;
        this.clock = clock;
    }

    /** Counts a request from {@code client} (a keyed hash); empty if it may go on, else why and how long to wait. */
    Optional<Refusal> acquire(String client) {
        Instant now = clock.instant();
        Window minute = Window.of(now, MINUTE);
        if (counters.hits(EVERYONE, ALL, minute, now) >= everyonePerMinute) {
            return Optional.of(new Refusal(Duration.between(now, minute.end()), true));
        }
        if (counters.hit(PER_MINUTE, client, minute, now) > perMinute) {
            return Optional.of(new Refusal(Duration.between(now, minute.end()), false));
        }
        Window day = Window.of(now, DAY);
        if (counters.hit(PER_DAY, client, day, now) > perDay) {
            return Optional.of(new Refusal(Duration.between(now, day.end()), false));
        }
        return Optional.empty();
    }

    /** A complaint was filed: it counts towards the ceiling on everyone in this minute. */
    void filed() {
        Instant now = clock.instant();
        counters.hit(EVERYONE, ALL, Window.of(now, MINUTE), now);
    }
}
