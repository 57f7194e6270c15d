package org.highroad.complaints.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Complaints per client in a minute and in a day (fixed windows starting at a client's first request), and complaints
 * filed by everyone together in a minute, in memory. A refused request learns how long to wait, and whether the limit
 * was its own or everyone's.
 * <p>
 * The table of clients is bounded without refusing anybody for it: when it is full, the client seen least recently is
 * forgotten (its counts start again if it comes back). A client that keeps sending stays in the table and stays
 * limited; a crowd of addresses can only make the table forget clients that have gone quiet, and what a crowd can
 * file in all is bounded by the ceiling on everyone, which counts complaints filed, not requests refused as bad.
 * Nothing here is stored, so a restart forgets every client.
 */
class RateLimiter {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration DAY = Duration.ofDays(1);

    /** Why a request must wait, and for how long. */
    record Refusal(Duration retryAfter, boolean everyone) {
    }

    private final int perMinute;
    private final int perDay;
    private final int everyonePerMinute;
    private final Clock clock;
    private final Map<String, Window> clients;
    private Instant everyoneMinuteStart = Instant.EPOCH;
    private int everyoneFiled;

    RateLimiter(int perMinute, int perDay, int maxClients, int everyonePerMinute, Clock clock) {
        this.perMinute = perMinute;
        this.perDay = perDay;
        this.everyonePerMinute = everyonePerMinute;
        this.clock = clock;
        this.clients = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
                return size() > maxClients;
            }
        };
    }

    /** Counts a request from {@code client}; empty if it may go on, else why and how long until it may try again. */
    synchronized Optional<Refusal> acquire(String client) {
        Instant now = clock.instant();
        Window window = clients.computeIfAbsent(client, c -> new Window(now));
        Optional<Duration> own = window.wait(now, perMinute, perDay);
        if (own.isPresent()) {
            return own.map(retryAfter -> new Refusal(retryAfter, false));
        }
        if (now.isBefore(everyoneMinuteStart.plus(MINUTE)) && everyoneFiled >= everyonePerMinute) {
            return Optional.of(new Refusal(Duration.between(now, everyoneMinuteStart.plus(MINUTE)), true));
        }
        window.count();
        return Optional.empty();
    }

    /** A complaint was filed: it counts towards the ceiling on everyone, in the minute the first one filed began. */
    synchronized void filed() {
        Instant now = clock.instant();
        if (!now.isBefore(everyoneMinuteStart.plus(MINUTE))) {
            everyoneMinuteStart = now;
            everyoneFiled = 0;
        }
        everyoneFiled++;
    }

    /** How many clients the table holds now. */
    synchronized int clients() {
        return clients.size();
    }

    /** One client's counts in its current minute and day. */
    private static final class Window {
        private Instant minuteStart;
        private Instant dayStart;
        private int minuteCount;
        private int dayCount;

        Window(Instant now) {
            minuteStart = now;
            dayStart = now;
        }

        Optional<Duration> wait(Instant now, int perMinute, int perDay) {
            if (!now.isBefore(dayStart.plus(DAY))) {
                dayStart = now;
                dayCount = 0;
            }
            if (!now.isBefore(minuteStart.plus(MINUTE))) {
                minuteStart = now;
                minuteCount = 0;
            }
            if (dayCount >= perDay) {
                return Optional.of(Duration.between(now, dayStart.plus(DAY)));
            }
            if (minuteCount >= perMinute) {
                return Optional.of(Duration.between(now, minuteStart.plus(MINUTE)));
            }
            return Optional.empty();
        }

        void count() {
            minuteCount++;
            dayCount++;
        }
    }
}
