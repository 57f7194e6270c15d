package org.highroad.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The per-client windows of the public complaint endpoint, on a clock the test moves. */
class RateLimiterTest {

    private final SteppedClock clock = new SteppedClock();
    private final RateLimiter limiter = new RateLimiter(2, 3, 2, clock);

    @Test
    void aClientWaitsForTheEndOfItsMinuteThenForTheEndOfItsDay() {
        assertThat(limiter.acquire("a")).isEmpty();
        clock.step(Duration.ofSeconds(10));
        assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("a")).contains(Duration.ofSeconds(50));
        assertThat(limiter.acquire("b")).as("another client has its own windows").isEmpty();

        clock.step(Duration.ofSeconds(50));
        assertThat(limiter.acquire("a")).as("a new minute").isEmpty();
        assertThat(limiter.acquire("a")).as("three a day").contains(Duration.ofHours(24).minusMinutes(1));

        clock.step(Duration.ofHours(24));
        assertThat(limiter.acquire("a")).as("a new day").isEmpty();
    }

    @Test
    void whenTheTableIsFullExpiredClientsMakeRoomAndOtherwiseNewClientsWait() {
        assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("b")).isEmpty();
        assertThat(limiter.acquire("c")).as("two clients at most").contains(Duration.ofMinutes(1));
        assertThat(limiter.acquire("a")).as("known clients go on").isEmpty();

        clock.step(Duration.ofDays(1));
        assertThat(limiter.acquire("c")).as("a and b expired").isEmpty();
    }

    private static final class SteppedClock extends Clock {
        private Instant now = Instant.parse("2027-01-20T12:00:00Z");

        void step(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
