package org.highroad.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sign-in delays on a clock the test moves: growing, bounded, and never a lock a stranger can set. */
class SignInThrottleTest {

    private static final Duration MAX = Duration.ofSeconds(60);

    private final SteppedClock clock = new SteppedClock();
    private final SignInThrottle throttle = new SignInThrottle(clock, Duration.ofSeconds(1), MAX, 3,
            Duration.ofMinutes(15), Duration.ofDays(30), 1000);

    @Test
    void eachFailureDoublesTheWaitFromOneSecondUpToAMinute() {
        assertThat(throttle.delay(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.delay(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.delay(6)).isEqualTo(Duration.ofSeconds(32));
        assertThat(throttle.delay(7)).isEqualTo(MAX);
        assertThat(throttle.delay(1_000_000)).isEqualTo(MAX);

        for (long expected : new long[] {1, 2, 4, 8}) {
            assertThat(throttle.waitBefore("stranger", "admin")).isEmpty();
            throttle.failed("stranger", "admin");
            assertThat(throttle.waitBefore("stranger", "admin")).contains(Duration.ofSeconds(expected));
            clock.step(Duration.ofSeconds(expected));
        }
    }

    @Test
    void aStrangerGuessingEveryTwoSecondsForHoursNeverKeepsTheOwnersUsualClientOut() {
        throttle.succeeded("owner-laptop", "admin");
        for (int i = 0; i < 10_000; i++) {
            if (throttle.waitBefore("stranger", "admin").isEmpty()) {
                throttle.failed("stranger", "admin");
            }
            assertThat(throttle.waitBefore("owner-laptop", "admin")).as("after %d attempts", i).isEmpty();
            clock.step(Duration.ofSeconds(2));
        }
        assertThat(throttle.waitBefore("stranger", "admin").orElseThrow()).isLessThanOrEqualTo(MAX);
    }

    @Test
    void aClientNewToTheAccountWaitsAtMostTheLongestDelayAfterAStrangersFailures() {
        for (int i = 0; i < 20; i++) {
            clock.step(throttle.waitBefore("stranger", "officer").orElse(Duration.ZERO));
            throttle.failed("stranger", "officer");
        }
        Optional<Duration> wait = throttle.waitBefore("new-phone", "officer");
        assertThat(wait).as("many failures for the account hold back clients it does not know").isPresent();
        assertThat(wait.get()).isLessThanOrEqualTo(MAX);
        clock.step(wait.get());
        assertThat(throttle.waitBefore("new-phone", "officer")).isEmpty();
    }

    @Test
    void theFirstFewFailuresForAnAccountOrFromAClientHoldBackNoOtherClientOrAccount() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("office", "user" + i);
        }
        assertThat(throttle.waitBefore("office", "user9")).as("three failures are allowed before the client waits").isEmpty();
        assertThat(throttle.waitBefore("home", "user0")).isEmpty();
        throttle.failed("office", "user3");
        assertThat(throttle.waitBefore("office", "user9")).as("a client trying many accounts waits")
                .contains(Duration.ofSeconds(1));
    }

    @Test
    void theOwnersOwnMistakeDelaysOnlyTheirNextAttemptOnThatAccount() {
        throttle.succeeded("laptop", "staff");
        throttle.failed("laptop", "staff");
        assertThat(throttle.waitBefore("laptop", "staff")).contains(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("laptop", "auditor")).isEmpty();
        clock.step(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore("laptop", "staff")).isEmpty();
        throttle.succeeded("laptop", "staff");
        throttle.failed("laptop", "staff");
        assertThat(throttle.waitBefore("laptop", "staff")).as("a success starts the count again")
                .contains(Duration.ofSeconds(1));
    }

    @Test
    void failuresAreForgottenAfterAQuarterOfAnHourWithoutANewOne() {
        for (int i = 0; i < 8; i++) {
            clock.step(throttle.waitBefore("x", "auditor").orElse(Duration.ZERO));
            throttle.failed("x", "auditor");
        }
        clock.step(Duration.ofMinutes(15));
        assertThat(throttle.waitBefore("x", "auditor")).isEmpty();
        throttle.failed("x", "auditor");
        assertThat(throttle.waitBefore("x", "auditor")).contains(Duration.ofSeconds(1));
    }

    @Test
    void anAdministratorsUnlockForgetsTheAccountsFailuresFromEveryClient() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("client" + i, "harbor");
        }
        assertThat(throttle.waitBefore("client0", "harbor")).isPresent();
        assertThat(throttle.waitBefore("new", "harbor")).isPresent();
        throttle.forgetAccount("harbor");
        assertThat(throttle.waitBefore("client0", "harbor")).isEmpty();
        assertThat(throttle.waitBefore("new", "harbor")).isEmpty();
    }

    @Test
    void theTableIsBoundedSoAFloodOfNamesCannotExhaustMemory() {
        SignInThrottle small = new SignInThrottle(clock, Duration.ofSeconds(1), MAX, 3, Duration.ofMinutes(15),
                Duration.ofDays(30), 10);
        for (int i = 0; i < 10_000; i++) {
            small.failed("flood", "name" + i);
        }
        small.failed("mine", "mine");
        assertThat(small.waitBefore("mine", "mine")).as("the newest entries are kept").isPresent();
    }

    private static final class SteppedClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T08:00:00Z");

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
