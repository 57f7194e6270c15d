package org.highroad.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Properties;
import org.highroad.platform.ClockOrigin;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The tests' "now" where no application context gives its {@code Clock} (fixtures built before or beside one): the same
 * clock the application's and the engine's follow, begun at {@code highroad.clock.origin} when the JVM started. The
 * origin is the system property if given ({@code -Dhighroad.clock.origin=...}), else the test profile's.
 */
public final class TestClock {

    private static volatile String origin;

    private TestClock() {
    }

    /** The origin the test JVM runs from, as the application's test profile reads it. */
    public static String origin() {
        String o = origin;
        if (o == null) {
            o = System.getProperty(ClockOrigin.PROPERTY);
            if (o == null || o.isBlank()) {
                o = System.getenv("HIGHROAD_CLOCK_ORIGIN");
            }
            if (o == null || o.isBlank()) {
                YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
                yaml.setResources(new ClassPathResource("application-test.yaml"));
                Properties test = yaml.getObject();
                o = test == null ? "" : test.getProperty(ClockOrigin.PROPERTY, "");
            }
            origin = o;
        }
        return o;
    }

    /** The tests' clock (UTC). */
    public static Clock clock() {
        return ClockOrigin.clockFor(origin());
    }

    public static Instant now() {
        return clock().instant();
    }

    /** Today in UTC, the application's day. */
    public static LocalDate today() {
        return LocalDate.now(clock().withZone(ZoneOffset.UTC));
    }
}
