package org.highroad.complaints.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.highroad.platform.security.RateCounters;
import org.highroad.support.ApiTest;
import org.highroad.support.SteppedClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;

/**
 * The guard of the public complaint endpoint, counting in the database: a crowd of addresses, even sending bad
 * requests, never shuts intake for a newcomer, and every refusal's Retry-After (the end of its fixed window) and message
 * are true. Each test starts at a minute of its own, so no other test's counts are in its windows.
 */
class PublicComplaintGuardTest extends ApiTest {

    private static final AtomicInteger MINUTES = new AtomicInteger();

    @Autowired
    RateCounters counters;

    private SteppedClock clock;
    private PublicComplaintGuard guard;

    @BeforeEach
    void aMinuteOfItsOwn() {
        clock = new SteppedClock(Instant.parse("2032-01-01T00:00:00Z").plus(Duration.ofDays(2L * MINUTES.incrementAndGet())));
        guard = guard(600);
    }

    private PublicComplaintGuard guard(int everyonePerMinute) {
        return new PublicComplaintGuard(5, 50, everyonePerMinute, 65536, clock, new ObjectMapper(), counters);
    }

    @Test
    void tenAddressesSendingBadRequestsDoNotShutIntakeForAnEleventh() throws Exception {
        for (int i = 1; i <= 10; i++) {
            assertThat(guard.preHandle(from("127.0.5." + i), new MockHttpServletResponse(), intake())).isTrue();
        }
        MockHttpServletResponse answer = new MockHttpServletResponse();
        assertThat(guard.preHandle(from("127.0.6.1"), answer, intake())).as(answer.getContentAsString()).isTrue();
        clock.step(Duration.ofSeconds(70));
        assertThat(guard.preHandle(from("127.0.6.2"), new MockHttpServletResponse(), intake())).isTrue();
    }

    @Test
    void aFloodFromFiveHundredAddressesShutsIntakeForNoNewcomer() throws Exception {
        for (int i = 0; i < 500; i++) {
            guard.preHandle(from("10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255)), new MockHttpServletResponse(),
                    intake());
        }
        assertThat(guard.preHandle(from("192.0.2.1"), new MockHttpServletResponse(), intake())).isTrue();
    }

    @Test
    void aClientOverItsLimitIsToldTrulyHowLongToWait() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(guard.preHandle(from("192.0.2.7"), new MockHttpServletResponse(), intake())).isTrue();
            clock.step(Duration.ofSeconds(5));
        }
        MockHttpServletResponse refused = new MockHttpServletResponse();
        assertThat(guard.preHandle(from("192.0.2.7"), refused, intake())).isFalse();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("35");
        assertThat(refused.getContentAsString()).contains("35 seconds").contains("5 a minute");

        clock.step(Duration.ofSeconds(34));
        assertThat(guard.preHandle(from("192.0.2.7"), new MockHttpServletResponse(), intake())).isFalse();
        clock.step(Duration.ofSeconds(1));
        assertThat(guard.preHandle(from("192.0.2.7"), new MockHttpServletResponse(), intake())).isTrue();
    }

    @Test
    void addressesOfOneIpv6SlashSixtyFourShareOneLimit() throws Exception {
        for (int i = 1; i <= 5; i++) {
            assertThat(guard.preHandle(from("2001:db8:7:8::" + i), new MockHttpServletResponse(), intake())).isTrue();
        }
        assertThat(guard.preHandle(from("2001:db8:7:8:ffff::6"), new MockHttpServletResponse(), intake())).isFalse();
        assertThat(guard.preHandle(from("2001:db8:7:9::1"), new MockHttpServletResponse(), intake())).isTrue();
    }

    @Test
    void whenEveryoneTogetherHasFiledTheCeilingOfAMinuteNewComplaintsWaitForTheMinutesEndAndAreToldSo() throws Exception {
        clock.step(Duration.ofSeconds(5));
        PublicComplaintGuard ceilingOfThree = guard(3);
        for (int i = 1; i <= 5; i++) {
            MockHttpServletRequest request = from("198.51.100." + i);
            assertThat(ceilingOfThree.preHandle(request, new MockHttpServletResponse(), intake())).isTrue();
            MockHttpServletResponse answered = new MockHttpServletResponse();
            answered.setStatus(i <= 2 ? 400 : 201); // two bad requests, which file nothing, then three complaints
            ceilingOfThree.afterCompletion(request, answered, intake(), null);
            clock.step(Duration.ofSeconds(10));
        }
        MockHttpServletResponse refused = new MockHttpServletResponse();
        assertThat(ceilingOfThree.preHandle(from("198.51.100.9"), refused, intake())).isFalse();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).as("the minute ends 5 s from now, at :00").isEqualTo("5");
        assertThat(refused.getContentAsString()).contains("more complaints than it can take in").contains("5 seconds")
                .doesNotContain("your address");
        clock.step(Duration.ofSeconds(4));
        assertThat(ceilingOfThree.preHandle(from("198.51.100.9"), new MockHttpServletResponse(), intake())).isFalse();
        clock.step(Duration.ofSeconds(1));
        assertThat(ceilingOfThree.preHandle(from("198.51.100.9"), new MockHttpServletResponse(), intake())).isTrue();
    }

    private static MockHttpServletRequest from(String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", PublicComplaintGuard.PATH);
        request.setRemoteAddr(address);
        request.setContentType("application/json");
        return request;
    }

    private static HandlerMethod intake() throws NoSuchMethodException {
        Method receive = PublicComplaintsController.class.getDeclaredMethod("receive", jakarta.servlet.http.HttpServletRequest.class, String.class);
        return new HandlerMethod(new Object(), receive);
    }

}
