package org.highroad.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.highroad.platform.security.RateCounters;
import org.highroad.support.ApiTest;
import org.highroad.support.SteppedClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The per-client windows of the public complaint endpoint and the ceiling on everyone, counted in the database: two
 * limiters over one database (two nodes) count one client together, also when its requests arrive at the same moment
 * on both; a client is stored only as a keyed hash, and its rows go when their window ends. Each test has clients and
 * a minute of its own. On PostgreSQL: {@link RateLimiterPostgresTest}.
 */
class RateLimiterTest extends ApiTest {

    @Autowired
    RateCounters counters;
    @Autowired
    JdbcTemplate jdbc;

    private static String client() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private RateLimiter node(SteppedClock clock) {
        return new RateLimiter(counters, 2, 3, 100, clock);
    }

    @Test
    void aClientWaitsForTheEndOfItsMinuteThenForTheEndOfItsDayOnEveryNode() {
        SteppedClock clock = new SteppedClock(Instant.parse("2031-03-04T10:00:10Z"));
        RateLimiter first = node(clock);
        RateLimiter second = node(clock);
        String a = client();
        assertThat(first.acquire(a)).isEmpty();
        assertThat(second.acquire(a)).as("the other node counts the same client").isEmpty();
        assertThat(first.acquire(a)).contains(new RateLimiter.Refusal(Duration.ofSeconds(50), false));
        assertThat(second.acquire(a)).contains(new RateLimiter.Refusal(Duration.ofSeconds(50), false));
        assertThat(second.acquire(client())).as("another client has its own windows").isEmpty();

        clock.step(Duration.ofSeconds(50));
        assertThat(second.acquire(a)).as("a new minute").isEmpty();
        assertThat(first.acquire(a)).as("three a day, the refused ones not counted")
                .contains(new RateLimiter.Refusal(Duration.ofHours(14).minusMinutes(1), false));

        clock.step(Duration.ofHours(14));
        assertThat(node(clock).acquire(a)).as("a new day, also on a node started since").isEmpty();
    }

    @Test
    void requestsArrivingAtTheSameMomentOnTwoNodesAreEachCountedOnce() throws Exception {
        SteppedClock clock = new SteppedClock(Instant.parse("2031-03-05T10:00:10Z"));
        List<RateLimiter> nodes = List.of(new RateLimiter(counters, 5, 50, 1000, clock),
                new RateLimiter(counters, 5, 50, 1000, clock));
        String a = client();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Optional<RateLimiter.Refusal>>> requests = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            RateLimiter node = nodes.get(i % 2);
            requests.add(() -> node.acquire(a));
        }
        int allowed = 0;
        try {
            for (Future<Optional<RateLimiter.Refusal>> answer : pool.invokeAll(requests)) {
                allowed += answer.get().isEmpty() ? 1 : 0;
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(allowed).as("five a minute, of 24 at once on two nodes").isEqualTo(5);
        assertThat(jdbc.queryForObject("select hits from rate_counter where scope = ? and key_hash = ?", Integer.class,
                RateLimiter.PER_MINUTE, a)).as("every request counted").isEqualTo(24);
        assertThat(jdbc.queryForObject("select hits from rate_counter where scope = ? and key_hash = ?", Integer.class,
                RateLimiter.PER_DAY, a)).as("only those its minute let through count in its day").isEqualTo(5);
    }

    @Test
    void theCeilingOnEveryoneCountsComplaintsFiledOnEveryNode() {
        SteppedClock clock = new SteppedClock(Instant.parse("2031-03-06T10:00:30Z"));
        RateLimiter first = new RateLimiter(counters, 5, 50, 3, clock);
        RateLimiter second = new RateLimiter(counters, 5, 50, 3, clock);
        first.filed();
        second.filed();
        assertThat(first.acquire(client())).isEmpty();
        second.filed();
        assertThat(first.acquire(client())).contains(new RateLimiter.Refusal(Duration.ofSeconds(30), true));
        clock.step(Duration.ofSeconds(30));
        assertThat(second.acquire(client())).as("a new minute").isEmpty();
    }

    @Test
    void aClientIsStoredAsAKeyedHashAndItsRowsGoWhenTheirWindowEnds() {
        String key = counters.clientKey("complaint-client", "203.0.113.77");
        assertThat(key).matches("[0-9a-f]{64}").doesNotContain("203.0.113");
        assertThat(counters.clientKey("complaint-client", "2001:db8:1:2::a"))
                .as("an IPv6 /64 is one client").isEqualTo(counters.clientKey("complaint-client", "2001:db8:1:2:ffff::1"));
        assertThat(counters.clientKey("complaint-client", "203.0.113.77")).as("the same key on every call and node")
                .isEqualTo(key).isNotEqualTo(counters.clientKey("sign-in", "203.0.113.77"));

        SteppedClock clock = new SteppedClock(Instant.parse("2031-03-07T10:00:00Z"));
        node(clock).acquire(key);
        assertThat(rows(key)).isEqualTo(2);
        counters.expire(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(rows(key)).as("the minute's row is gone, the day's stays").isEqualTo(1);
        counters.expire(clock.instant().plus(Duration.ofDays(1)));
        assertThat(rows(key)).isZero();
    }

    private int rows(String key) {
        return jdbc.queryForObject("select count(*) from rate_counter where key_hash = ?", Integer.class, key);
    }
}
