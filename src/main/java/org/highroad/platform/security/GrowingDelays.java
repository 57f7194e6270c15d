package org.highroad.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Failures counted under a key (a client and an account, or a client), each making the next attempt under that key
 * wait longer: {@code base} × 2^(n−1) after n failures, at most {@code max} (OWASP ASVS 4.0.3 V2.2.1: ever-increasing
 * delays, never a lock). A key's failures are forgotten after {@code forgetAfter} without a new one. In memory, per
 * node, bounded: the entries used longest ago make room for new ones.
 */
final class GrowingDelays {

    private final Duration base;
    private final Duration max;
    private final Duration forgetAfter;
    private final Map<String, Failures> failures;

    GrowingDelays(Duration base, Duration max, Duration forgetAfter, int maxEntries) {
        this.base = base;
        this.max = max;
        this.forgetAfter = forgetAfter;
        this.failures = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The delay still to wait under {@code key}: none up to {@code allowance} failures, then doubling from the base. */
    synchronized Duration remaining(String key, int allowance, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count <= allowance || f.forgotten(now, forgetAfter)) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, f.last.plus(delay(f.count - allowance)));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** One more failure under {@code key}. */
    synchronized void count(String key, Instant now) {
        Failures f = failures.get(key);
        failures.put(key, f == null || f.forgotten(now, forgetAfter) ? new Failures(1, now) : new Failures(f.count + 1, now));
    }

    synchronized void forget(String key) {
        failures.remove(key);
    }

    synchronized void forgetAll(Predicate<String> keys) {
        failures.keySet().removeIf(keys);
    }

    /** base × 2^(n−1), at most {@code max}. */
    Duration delay(int failures) {
        int doublings = Math.min(failures - 1, 30);
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 || delay.isNegative() ? max : delay;
    }

    private record Failures(int count, Instant last) {
        boolean forgotten(Instant now, Duration forgetAfter) {
            return !now.isBefore(last.plus(forgetAfter));
        }
    }
}
