package org.highroad.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.highroad.support.TestClock;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.operaton.bpm.engine.impl.util.ClockUtil;

/** The clock's origin (ADR 0035): none in production, one per JVM where it is set. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClockOriginTest {

    @Test
    void withoutAnOriginTheSystemClock() {
        Clock clock = ClockOrigin.clockFor("");
        assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
        assertThat(ClockOrigin.clockFor(null).getZone()).isEqualTo(java.time.ZoneOffset.UTC);
    }

    @Test
    void oneOriginPerJvmEveryContextSharingOneOffset() {
        String origin = TestClock.origin();
        assertThat(ClockOrigin.offsetFor(origin)).isEqualTo(ClockOrigin.offsetFor(origin));
        assertThatThrownBy(() -> ClockOrigin.offsetFor(Instant.parse(origin).plusSeconds(1).toString()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("highroad.clock.origin");
    }

    @Test
    void anOriginThatIsNoInstantIsRefusedNamingTheProperty() {
        assertThatThrownBy(() -> ClockOrigin.offsetFor("3 December"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("highroad.clock.origin");
    }

    @Test
    @Order(1)
    void aTestMayFixTheEnginesClock() {
        ClockUtil.setCurrentTime(java.util.Date.from(Instant.parse("2001-02-03T04:05:06Z")));
        ClockUtil.reset();
    }

    @Test
    @Order(2)
    void theNextTestFindsItOnTheOriginAgain() {
        assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), TestClock.now()).abs())
                .isLessThan(Duration.ofSeconds(5));
    }
}
