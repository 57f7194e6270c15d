package org.highroad.platform;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the application, so tests can fix "today": the system clock (UTC), or, where {@code highroad.clock.origin}
 * is set (the tests' profile), the clock that began at that origin when the JVM started ({@link ClockOrigin}). The
 * workflow engine follows the same origin (platform/process EngineClock).
 */
@Configuration
class ClockConfig {
    @Bean
    Clock clock(@Value("${" + ClockOrigin.PROPERTY + ":}") String origin) {
        return ClockOrigin.clockFor(origin);
    }
}
