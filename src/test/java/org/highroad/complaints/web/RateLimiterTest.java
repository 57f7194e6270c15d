package org.highroad.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.highroad.support.SteppedClock;
import org.junit.jupiter.api.Test;

/** The per-client windows of the public complaint endpoint and its bounded table, on a clock the test moves. */
class RateLimiterTest {

    private final SteppedClock clock = new SteppedClock();
    private final RateLimiter limiter = new RateLimiter(2, 3, 2, 100, clock);

    @Test
    void aClientWaitsForTheEndOfItsMinuteThenForTheEndOfItsDay() {
        assertThat(limiter.acquire("a")).isEmpty();
        clock.step(Duration.ofSeconds(10));
        assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("a")).contains(new RateLimiter.Refusal(Duration.ofSeconds(50), false));
        assertThat(limiter.acquire("b")).as("another client has its own windows").isEmpty();

        clock.step(Duration.ofSeconds(50));
        assertThat(limiter.acquire("a")).as("a new minute").isEmpty();
        assertThat(limiter.acquire("a")).as("three a day")
                .contains(new RateLimiter.Refusal(Duration.ofHours(24).minusMinutes(1), false));

        clock.step(Duration.ofHours(24));
        assertThat(limiter.acquire("a")).as("a new day").isEmpty();
    }

    @Test
    void aFullTableForgetsTheClientSeenLeastRecentlyAndRefusesNoNewcomer() {
        assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("b")).isEmpty();
        assertThat(limiter.acquire("c")).as("a third client, with room for two").isEmpty();
        assertThat(limiter.clients()).isEqualTo(2);
        assertThat(limiter.acquire("c")).isEmpty();
        assertThat(limiter.acquire("c")).as("the newcomer is limited like anyone").isPresent();
    }

    @Test
    void aClientThatKeepsSendingStaysLimitedWhileOthersComeAndGo() {
        RateLimiter roomForThree = new RateLimiter(2, 3, 3, 100, clock);
        roomForThree.acquire("abuser");
        roomForThree.acquire("abuser");
        for (int i = 0; i < 1000; i++) {
            assertThat(roomForThree.acquire("abuser")).as("after %d newcomers", i).isPresent();
            roomForThree.acquire("newcomer" + i);
        }
        assertThat(roomForThree.clients()).isEqualTo(3);
    }

}
