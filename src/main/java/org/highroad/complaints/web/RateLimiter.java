package org.highroad.complaints.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Complaints per client in a minute and in a day, in memory (fixed windows starting at a client's first request). A
 * refused request learns how long to wait. The map is bounded: when it holds {@code maxClients} clients, expired
 * entries are dropped, and if it is still full new clients wait too (a flood from many addresses cannot exhaust
 * memory). Nothing here is stored, so a restart forgets every client.
 */
class RateLimiter {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration DAY = Duration.ofDays(1);

    private final int perMinute;
    private final int perDay;
    private final int maxClients;
    private final Clock clock;
    private final Map<String, Window> clients = new ConcurrentHashMap<>();

    RateLimiter(int perMinute, int perDay, int maxClients, Clock clock) {
        this.perMinute = perMinute;
        this.perDay = perDay;
        this.maxClients = maxClients;
        this.clock = clock;
    }

    /** Counts a request from {@code client}; empty if it may go on, else how long until it may try again. */
    Optional<Duration> acquire(String client) {
        Instant now = clock.instant();
        if (!clients.containsKey(client) && clients.size() >= maxClients) {
            clients.values().removeIf(w -> w.expired(now));
            if (clients.size() >= maxClients) {
                return Optional.of(MINUTE);
            }
        }
        Window window = clients.computeIfAbsent(client, c -> new Window(now));
        synchronized (window) {
            return window.count(now, perMinute, perDay);
        }
    }

    /** One client's counts in the current minute and day. */
    private static final class Window {
        private Instant minuteStart;
        private Instant dayStart;
        private int minuteCount;
        private int dayCount;

        Window(Instant now) {
            minuteStart = now;
            dayStart = now;
        }

        Optional<Duration> count(Instant now, int perMinute, int perDay) {
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
            minuteCount++;
            dayCount++;
            return Optional.empty();
        }

        synchronized boolean expired(Instant now) {
            return !now.isBefore(dayStart.plus(DAY));
        }
    }
}
