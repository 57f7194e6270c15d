package org.highroad.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Password guessing is slowed down, never answered with a lock a stranger could trigger (OWASP ASVS 4.0.3 V2.2.1:
 * anti-automation by ever-increasing delays, which must not allow an account lockout attack; NIST SP 800-63B 5.2.2).
 * After a failed sign-in, the next attempt under the same key is not even checked until a delay has passed; the
 * delay doubles with each failure, from {@code delay-base} up to {@code delay-max}. Three keys:
 * <ul>
 * <li>the client and the account: the owner's own typing mistakes, and one client guessing one account;</li>
 * <li>the client alone, after {@code shared-allowance} failures: one client trying many accounts;</li>
 * <li>the account alone, after {@code shared-allowance} failures: many clients guessing one account.</li>
 * </ul>
 * The last two hold back only clients that have not signed in to the account before ({@code trust-for}): failures
 * elsewhere never delay an owner's usual client, and since every delay ends, nobody outside can keep an owner out.
 * Failures are forgotten after {@code forget-after} without a new one. State is in memory (per node, gone on restart)
 * and bounded: the oldest entries make room for new ones.
 */
@Component
public class SignInThrottle {

    private final Clock clock;
    private final Duration base;
    private final Duration max;
    private final int sharedAllowance;
    private final Duration forgetAfter;
    private final Duration trustFor;
    private final Map<String, Failures> failures;
    private final Map<String, Instant> trusted;

    SignInThrottle(Clock clock, @Value("${highroad.security.sign-in.delay-base:1s}") Duration base,
            @Value("${highroad.security.sign-in.delay-max:60s}") Duration max,
            @Value("${highroad.security.sign-in.shared-allowance:3}") int sharedAllowance,
            @Value("${highroad.security.sign-in.forget-after:15m}") Duration forgetAfter,
            @Value("${highroad.security.sign-in.trust-for:30d}") Duration trustFor,
            @Value("${highroad.security.sign-in.max-entries:100000}") int maxEntries) {
        this.clock = clock;
        this.base = base;
        this.max = max;
        this.sharedAllowance = sharedAllowance;
        this.forgetAfter = forgetAfter;
        this.trustFor = trustFor;
        this.failures = bounded(maxEntries);
        this.trusted = bounded(maxEntries);
    }

    /** How long {@code client} must wait before a sign-in as {@code account} is checked; empty if it may go on. */
    public synchronized Optional<Duration> waitBefore(String client, String account) {
        Instant now = clock.instant();
        Duration wait = remaining(pair(client, account), 0, now);
        if (!isTrusted(client, account, now)) {
            wait = longer(wait, remaining(client(client), sharedAllowance, now));
            wait = longer(wait, remaining(account(account), sharedAllowance, now));
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** A wrong password (or an unknown or locked account) from {@code client}. */
    public synchronized void failed(String client, String account) {
        Instant now = clock.instant();
        for (String key : new String[] {pair(client, account), client(client), account(account)}) {
            Failures f = failures.get(key);
            failures.put(key, f == null || f.forgotten(now, forgetAfter) ? new Failures(1, now) : new Failures(f.count + 1, now));
        }
    }

    /** The right password: the client's own failures on the account are forgotten and the client is trusted for it. */
    public synchronized void succeeded(String client, String account) {
        failures.remove(pair(client, account));
        trusted.put(pair(client, account), clock.instant().plus(trustFor));
    }

    /** An administrator cleared the account: its failures are forgotten, from every client. */
    public synchronized void forgetAccount(String account) {
        failures.remove(account(account));
        String suffix = "\n" + account;
        failures.keySet().removeIf(k -> k.startsWith("pair\n") && k.endsWith(suffix));
    }

    private boolean isTrusted(String client, String account, Instant now) {
        Instant until = trusted.get(pair(client, account));
        return until != null && now.isBefore(until);
    }

    /** The delay still to wait under one key: none up to {@code allowance} failures, then doubling from the base. */
    private Duration remaining(String key, int allowance, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count <= allowance || f.forgotten(now, forgetAfter)) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, f.last.plus(delay(f.count - allowance)));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** base × 2^(n−1), at most {@code max}. */
    Duration delay(int failures) {
        int doublings = Math.min(failures - 1, 30);
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 || delay.isNegative() ? max : delay;
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String pair(String client, String account) {
        return "pair\n" + client + "\n" + account;
    }

    private static String client(String client) {
        return "client\n" + client;
    }

    private static String account(String account) {
        return "account\n" + account;
    }

    private static <V> Map<String, V> bounded(int maxEntries) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > maxEntries;
            }
        };
    }

    private record Failures(int count, Instant last) {
        boolean forgotten(Instant now, Duration forgetAfter) {
            return !now.isBefore(last.plus(forgetAfter));
        }
    }
}
