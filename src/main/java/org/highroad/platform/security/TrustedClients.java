package org.highroad.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The clients each account has signed in from successfully, and until when they are trusted, in the database
 * ({@code sign_in_trust}, one row per account and client), so that a restart or another node knows them too. Clients
 * are keyed hashes ({@link SignInKeys}). What this node has read or written recently is remembered in memory, so that
 * an account's usual client costs no query at each sign-in, and its trust is written again at most once a day.
 */
@Component
class TrustedClients {

    /** A trust written less than this long ago is not written again. */
    static final Duration REWRITE_AFTER = Duration.ofDays(1);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final Map<String, Instant> known;
    private Instant lastPurge = Instant.EPOCH;

    TrustedClients(JdbcTemplate jdbc, @Value("${highroad.security.sign-in.max-entries:100000}") int maxRemembered) {
        this.jdbc = jdbc;
        this.known = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
                return size() > maxRemembered;
            }
        };
    }

    /** Whether this node remembers one of {@code clients} as trusted for {@code account} at {@code now}. */
    boolean known(String account, List<String> clients, Instant now) {
        for (String client : clients) {
            Instant until = remembered(account, client);
            if (until != null && now.isBefore(until)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code clients} signed in to {@code account} recently enough to be trusted at {@code now}. */
    boolean trusted(String account, List<String> clients, Instant now) {
        if (known(account, clients, now)) {
            return true;
        }
        boolean trusted = false;
        for (String client : clients) {
            List<OffsetDateTime> stored = jdbc.queryForList(
                    "select trusted_until from sign_in_trust where account_id = ? and client_key = ?", OffsetDateTime.class,
                    account, client);
            if (!stored.isEmpty()) {
                Instant until = stored.get(0).toInstant();
                remember(account, client, until);
                trusted |= now.isBefore(until);
            }
        }
        return trusted;
    }

    /**
     * Trusts {@code client} for {@code account} until {@code until}: one row per account and client however many nodes
     * write it at once (the primary key refuses a second; the loser updates the winner's row).
     */
    void trust(String account, String client, Instant now, Instant until) {
        Instant remembered = remembered(account, client);
        if (remembered != null && !remembered.isBefore(until.minus(REWRITE_AFTER))) {
            return;
        }
        OffsetDateTime value = OffsetDateTime.ofInstant(until, ZoneOffset.UTC);
        String update = "update sign_in_trust set trusted_until = ? where account_id = ? and client_key = ?";
        if (jdbc.update(update, value, account, client) == 0) {
            try {
                jdbc.update("insert into sign_in_trust (account_id, client_key, trusted_until) values (?, ?, ?)", account,
                        client, value);
            } catch (DuplicateKeyException writtenMeanwhile) {
                jdbc.update(update, value, account, client);
            }
        }
        remember(account, client, until);
        purgeExpired(now);
    }

    /** Trust ends ({@code trusted_until}) are deleted once past; at most once an hour per node. */
    private void purgeExpired(Instant now) {
        synchronized (this) {
            if (now.isBefore(lastPurge.plus(PURGE_EVERY))) {
                return;
            }
            lastPurge = now;
        }
        jdbc.update("delete from sign_in_trust where trusted_until < ?", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
    }

    private synchronized Instant remembered(String account, String client) {
        return known.get(account + "\n" + client);
    }

    private synchronized void remember(String account, String client, Instant until) {
        known.merge(account + "\n" + client, until, (a, b) -> a.isAfter(b) ? a : b);
    }
}
