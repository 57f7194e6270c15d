package org.highroad.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per account, counted per minute in the database ({@code sign_in_failure}), so that every node counts
 * an account's failures in the last hour alike and a restart forgets none of them. A minute's failures are counted
 * until the whole minute has left the window, so no window of that length ever holds more than the budget.
 */
@Component
class AccountFailures {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private Instant lastPurge = Instant.EPOCH;

    AccountFailures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One more failure for {@code account} at {@code at}: an atomic increment of the minute's row. */
    void record(String account, Instant at, Duration window) {
        OffsetDateTime minute = minute(at);
        String increment = "update sign_in_failure set failures = failures + 1 where account_key = ? and minute_start = ?";
        if (jdbc.update(increment, account, minute) == 0) {
            try {
                jdbc.update("insert into sign_in_failure (account_key, minute_start, failures) values (?, ?, 1)", account,
                        minute);
            } catch (DuplicateKeyException insertedMeanwhile) {
                jdbc.update(increment, account, minute);
            }
        }
        purgeBefore(at.minus(window).minus(MINUTE));
    }

    /**
     * When the account's failures within {@code window} before a moment fall below {@code budget} again, if they have
     * reached it at {@code now}; empty if they are below it now.
     */
    Optional<Instant> budgetSpentUntil(String account, Instant now, int budget, Duration window) {
        List<Minute> minutes = jdbc.query("select minute_start, failures from sign_in_failure where account_key = ? and "
                + "minute_start > ? order by minute_start", (rs, n) -> new Minute(
                        rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getInt(2)), account,
                minute(now.minus(window).minus(MINUTE)));
        // every minute read is still within the window (it leaves it after now)
        int inWindow = minutes.stream().mapToInt(Minute::failures).sum();
        if (inWindow < budget) {
            return Optional.empty();
        }
        for (Minute m : minutes) {
            inWindow -= m.failures;
            if (inWindow < budget) {
                return Optional.of(m.leaves(window));
            }
        }
        return Optional.empty();
    }

    /** An administrator cleared the account: its failures are forgotten on every node. */
    void forget(String account) {
        jdbc.update("delete from sign_in_failure where account_key = ?", account);
    }

    /** Minutes that have left every window are deleted; at most once a minute per node. */
    private void purgeBefore(Instant before) {
        synchronized (this) {
            if (before.isBefore(lastPurge.plus(MINUTE))) {
                return;
            }
            lastPurge = before;
        }
        jdbc.update("delete from sign_in_failure where minute_start < ?", minute(before));
    }

    private static OffsetDateTime minute(Instant at) {
        return OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MINUTES), ZoneOffset.UTC);
    }

    private record Minute(Instant start, int failures) {
        /** The moment the last failure this minute may hold leaves the window. */
        Instant leaves(Duration window) {
            return start.plus(MINUTE).plus(window);
        }
    }
}
