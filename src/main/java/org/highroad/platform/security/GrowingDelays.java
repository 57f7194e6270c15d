package org.highroad.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Failures counted under a key (a client and an account, or a client), each making the next attempt under that key
 * wait longer: {@code base} × 2^(n−1) after n failures, at most {@code max} (OWASP ASVS 4.0.3 V2.2.1: ever-increasing
 * delays, never a lock). A key's failures are forgotten after {@code forgetAfter} without a new one. Counted in the
 * shared database ({@link RateCounters}, one row per key that expires {@code forgetAfter} after its last failure), so
 * every node makes the same client wait alike and a restart forgets nothing; keys are stored as keyed hashes.
 */
final class GrowingDelays {

    static final String SCOPE = "sign-in-delay";
    /** The delays have one window per key: the row itself expires once its failures are forgotten. */
    private static final Instant ONE_WINDOW = Instant.EPOCH;

    private final Duration base;
    private final Duration max;
    private final Duration forgetAfter;
    private final RateCounters counters;
    private final SignInKeys keys;

    GrowingDelays(Duration base, Duration max, Duration forgetAfter, RateCounters counters, SignInKeys keys) {
        this.base = base;
        this.max = max;
        this.forgetAfter = forgetAfter;
        this.counters = counters;
        this.keys = keys;
    }

    /** The delay still to wait under {@code key}: none up to {@code allowance} failures, then doubling from the base. */
    Duration remaining(String key, int allowance, Instant at) {
        Instant now = at.truncatedTo(ChronoUnit.MILLIS); // as the last failure is stored
        Optional<RateCounters.Count> f = counters.read(SCOPE, hash(key), ONE_WINDOW, now);
        if (f.isEmpty() || f.get().hits() <= allowance) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, f.get().lastHit().plus(delay(f.get().hits() - allowance)));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** One more failure under {@code key}; {@code account} (a keyed hash, may be null) is the account it concerns. */
    void count(String key, String account, Instant now) {
        counters.hit(SCOPE, hash(key), ONE_WINDOW, now, now.plus(forgetAfter), account);
    }

    void forget(String key) {
        counters.forget(SCOPE, hash(key));
    }

    /** Forgets every failure counted for the account (keyed hash), from every client. */
    void forgetAccount(String account) {
        counters.forgetSubject(SCOPE, account);
    }

    /** base × 2^(n−1), at most {@code max}. */
    Duration delay(int failures) {
        int doublings = Math.min(failures - 1, 30);
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 || delay.isNegative() ? max : delay;
    }

    private String hash(String key) {
        return keys.keyed("delay", key);
    }
}
