package org.highroad.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counters of requests per client in fixed windows, kept in the shared database ({@code rate_counter}) so that every
 * node counts the same client alike and a restart forgets nothing: the rate limits of public endpoints and the growing
 * delays of failed sign-ins. A hit is counted and its new count read back by one atomic statement (PostgreSQL's
 * {@code insert ... on conflict do update ... returning}, H2's {@code merge} read through {@code final table}), so two
 * nodes counting the same client at the same moment never both read the old count.
 * <p>
 * Clients are stored as keyed hashes ({@link #clientKey}, HMAC-SHA256 under the sign-in key), never as addresses:
 * the database holds no personal data from which an address could be computed. A window's row expires at its end (or,
 * for a delay, once it is forgotten) and expired rows are deleted every few minutes by whichever node runs the sweep.
 */
@Component
public class RateCounters {

    private static final String POSTGRES = "insert into rate_counter (scope, key_hash, window_start, hits, last_hit, "
            + "expires_at, subject) values (?, ?, ?, 1, ?, ?, ?) on conflict (scope, key_hash, window_start) do update set "
            + "hits = case when rate_counter.expires_at <= excluded.last_hit then 1 else rate_counter.hits + 1 end, "
            + "last_hit = excluded.last_hit, expires_at = excluded.expires_at returning hits";
    private static final String STANDARD = "select hits from final table (merge into rate_counter t using (values ("
            + "cast(? as varchar(40)), cast(? as varchar(64)), cast(? as timestamp with time zone), "
            + "cast(? as timestamp with time zone), cast(? as timestamp with time zone), cast(? as varchar(64)))) "
            + "s (scope, key_hash, window_start, now_at, expires_at, subject) "
            + "on t.scope = s.scope and t.key_hash = s.key_hash and t.window_start = s.window_start "
            + "when matched then update set hits = case when t.expires_at <= s.now_at then 1 else t.hits + 1 end, "
            + "last_hit = s.now_at, expires_at = s.expires_at "
            + "when not matched then insert (scope, key_hash, window_start, hits, last_hit, expires_at, subject) "
            + "values (s.scope, s.key_hash, s.window_start, 1, s.now_at, s.expires_at, s.subject))";

    private final JdbcTemplate jdbc;
    private final SignInKeys keys;
    private final Clock clock;
    private final String upsert;

    RateCounters(JdbcTemplate jdbc, SignInKeys keys, Clock clock) {
        this.jdbc = jdbc;
        this.keys = keys;
        this.clock = clock;
        String product = jdbc.execute((ConnectionCallback<String>) con -> con.getMetaData().getDatabaseProductName());
        this.upsert = "PostgreSQL".equalsIgnoreCase(product) ? POSTGRES : STANDARD;
    }

    /** A fixed window of {@code length} (minutes, days), aligned to the epoch, that holds {@code at}. */
    public record Window(Instant start, Instant end) {
        public static Window of(Instant at, Duration length) {
            long ms = length.toMillis();
            Instant start = Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), ms) * ms);
            return new Window(start, start.plus(length));
        }
    }

    /** A counter as read: its hits and the last one. */
    public record Count(int hits, Instant lastHit) {
    }

    /** The keyed hash a client's network (IPv6: its /64) is counted under for {@code purpose}: never its address. */
    public String clientKey(String purpose, String address) {
        return keys.keyed(purpose, ClientNetwork.of(address));
    }

    /** Counts one hit in {@code window}; returns the window's hits with it (1 for the first). */
    public int hit(String scope, String key, Window window, Instant now) {
        return hit(scope, key, window.start(), now, window.end(), null);
    }

    /**
     * Counts one hit under {@code windowStart}, the row kept until {@code expiresAt}; a row found expired starts again
     * at 1. Returns the hits with this one. One statement; a first hit racing another node's first hit is counted again
     * on the row that node made.
     */
    int hit(String scope, String key, Instant windowStart, Instant now, Instant expiresAt, String subject) {
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbc.queryForObject(upsert, Integer.class, scope, key, utc(windowStart), utc(now), utc(expiresAt),
                        subject);
            } catch (DuplicateKeyException insertedAtTheSameMoment) {
                // H2's merge may lose the race to insert the row; the retry finds it and counts on it
                if (attempt >= 5) {
                    throw insertedAtTheSameMoment;
                }
            }
        }
    }

    /** The hits counted in {@code window} so far (0 if none), without counting one. */
    public int hits(String scope, String key, Window window, Instant now) {
        return read(scope, key, window.start(), now).map(Count::hits).orElse(0);
    }

    /** The counter under {@code windowStart}, unless it has expired at {@code now}. */
    Optional<Count> read(String scope, String key, Instant windowStart, Instant now) {
        List<Count> found = jdbc.query("select hits, last_hit from rate_counter where scope = ? and key_hash = ? and "
                + "window_start = ? and expires_at > ?", (rs, n) -> new Count(rs.getInt(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant()), scope, key, utc(windowStart), utc(now));
        return found.stream().findFirst();
    }

    /** Forgets one counter (every window of it). */
    void forget(String scope, String key) {
        jdbc.update("delete from rate_counter where scope = ? and key_hash = ?", scope, key);
    }

    /** Forgets every counter of {@code subject} in {@code scope}. */
    void forgetSubject(String scope, String subject) {
        jdbc.update("delete from rate_counter where scope = ? and subject = ?", scope, subject);
    }

    /** Deletes the counters expired at {@code now}; returns how many. */
    public int expire(Instant now) {
        return jdbc.update("delete from rate_counter where expires_at <= ?", utc(now));
    }

    @Scheduled(fixedDelayString = "${highroad.security.rate-counters.sweep-every:PT5M}")
    void sweep() {
        expire(clock.instant());
    }

    /** To the millisecond, which every database keeps exactly (a clock may tell nanoseconds). */
    static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }
}
