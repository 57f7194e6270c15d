package org.highroad.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Password guessing is slowed down, never answered with a lock a stranger could trigger (OWASP ASVS 4.0.3 V2.2.1:
 * anti-automation that must not allow an account lockout attack, and no more than 100 failed attempts per hour on a
 * single account; NIST SP 800-63B 5.2.2; OWASP "Slow Down Online Guessing Attacks with Device Cookies").
 * A sign-in that must wait is not even checked (the caller answers 429):
 * <ul>
 * <li>per client and account, after each failure, a delay doubling from {@code delay-base} up to {@code delay-max}:
 * the owner's own typing mistakes, and one client guessing one account;</li>
 * <li>per client, after {@code shared-allowance} failures, the same growing delays: one client trying many accounts;</li>
 * <li>per account, once it has had {@code account-budget} failures within {@code account-budget-window}, until it has
 * fewer again: many clients guessing one account.</li>
 * </ul>
 * The last two hold back only clients the account does not trust: those that have not signed in to it successfully
 * within {@code trust-for}, by their network address (IPv6: its /64) or, for a browser in the webapps, its device
 * cookie. So the clients an owner has signed in from are never held back by anyone else's failures. Trust and the
 * account's failures are in the database (shared by every node, kept across restarts, clients and accounts stored as
 * keyed hashes), and so are the growing delays ({@link RateCounters}), forgotten after {@code forget-after} without a
 * new failure.
 */
@Component
public class SignInThrottle {

    /** The settings under {@code highroad.security.sign-in}. */
    record Policy(Duration base, Duration max, int sharedAllowance, Duration forgetAfter, Duration trustFor,
            int accountBudget, Duration budgetWindow) {
    }

    private final Clock clock;
    private final Policy policy;
    private final SignInKeys keys;
    private final TrustedClients trusted;
    private final AccountFailures accounts;
    private final GrowingDelays delays;

    @Autowired
    SignInThrottle(Clock clock, @Value("${highroad.security.sign-in.delay-base:1s}") Duration base,
            @Value("${highroad.security.sign-in.delay-max:60s}") Duration max,
            @Value("${highroad.security.sign-in.shared-allowance:3}") int sharedAllowance,
            @Value("${highroad.security.sign-in.forget-after:15m}") Duration forgetAfter,
            @Value("${highroad.security.sign-in.trust-for:30d}") Duration trustFor,
            @Value("${highroad.security.sign-in.account-budget:100}") int accountBudget,
            @Value("${highroad.security.sign-in.account-budget-window:1h}") Duration budgetWindow,
            SignInKeys keys, TrustedClients trusted, AccountFailures accounts, RateCounters counters) {
        this(clock, new Policy(base, max, sharedAllowance, forgetAfter, trustFor, accountBudget, budgetWindow),
                keys, trusted, accounts, counters);
    }

    SignInThrottle(Clock clock, Policy policy, SignInKeys keys, TrustedClients trusted, AccountFailures accounts,
            RateCounters counters) {
        this.clock = clock;
        this.policy = policy;
        this.keys = keys;
        this.trusted = trusted;
        this.accounts = accounts;
        this.delays = new GrowingDelays(policy.base(), policy.max(), policy.forgetAfter(), counters, keys);
    }

    /** How long {@code client} must wait before a sign-in as {@code account} is checked; empty if it may go on. */
    Optional<Duration> waitBefore(SignInClient client, String account) {
        Instant now = clock.instant();
        String network = ClientNetwork.of(client.address());
        Duration wait = delays.remaining(pair(network, account), 0, now);
        if (client.device() != null) {
            wait = longer(wait, delays.remaining(pair(device(client), account), 0, now));
        }
        Duration clientHold = delays.remaining(client(network), policy.sharedAllowance(), now);
        List<String> clientKeys = clientKeys(client);
        if (!trusted.known(account, clientKeys, now)) {
            Duration shared = longer(clientHold, accountHold(account, now));
            if (!shared.isZero() && !trusted.trusted(account, clientKeys, now)) {
                wait = longer(wait, shared);
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** A wrong password (or an unknown or locked account) from {@code client}. */
    void failed(SignInClient client, String account) {
        Instant now = clock.instant();
        String network = ClientNetwork.of(client.address());
        String accountKey = keys.account(account);
        delays.count(pair(network, account), accountKey, now);
        delays.count(client(network), null, now);
        if (client.device() != null) {
            delays.count(pair(device(client), account), accountKey, now);
        }
        accounts.record(accountKey, now, policy.budgetWindow());
    }

    /** The right password: the client's own failures on the account are forgotten and the client is trusted for it. */
    void succeeded(SignInClient client, String account) {
        Instant now = clock.instant();
        delays.forget(pair(ClientNetwork.of(client.address()), account));
        if (client.device() != null) {
            delays.forget(pair(device(client), account));
        }
        for (String key : clientKeys(client)) {
            trusted.trust(account, key, now, now.plus(policy.trustFor()));
        }
    }

    /** An administrator cleared the account: its failures are forgotten, from every client and on every node. */
    public void forgetAccount(String account) {
        delays.forgetAccount(keys.account(account));
        accounts.forget(keys.account(account));
    }

    /** The wait until the account has fewer than its budget of failures in the window again. */
    private Duration accountHold(String account, Instant now) {
        return accounts.budgetSpentUntil(keys.account(account), now, policy.accountBudget(), policy.budgetWindow())
                .map(until -> Duration.between(now, until)).orElse(Duration.ZERO);
    }

    /** The keyed hashes the client is trusted by: its network, and its device if it has one. */
    private List<String> clientKeys(SignInClient client) {
        String network = keys.network(client.address());
        return client.device() == null ? List.of(network) : List.of(network, keys.device(client.device()));
    }

    /** How long a successful sign-in makes its client trusted for the account. */
    Duration trustFor() {
        return policy.trustFor();
    }

    /** base × 2^(n−1), at most {@code delay-max}. */
    Duration delay(int failures) {
        return delays.delay(failures);
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String pair(String client, String account) {
        return "pair\n" + client + "\n" + account;
    }

    private static String client(String network) {
        return "client\n" + network;
    }

    private static String device(SignInClient client) {
        return "device " + client.device();
    }
}
