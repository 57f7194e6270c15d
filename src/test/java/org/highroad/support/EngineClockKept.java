package org.highroad.support;

import org.highroad.platform.process.EngineClock;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * After every test (registered for all, META-INF/services and junit-platform.properties): puts the engine's clock back
 * on the tests' origin, whatever the test did with it. The engine's own {@code ClockUtil.reset()} returns to the system
 * clock, and a fixed {@code ClockUtil.setCurrentTime} would stay for the next tests: both would put the engine on
 * another day than the application's.
 */
public class EngineClockKept implements AfterEachCallback, AfterAllCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        EngineClock.apply(TestClock.origin());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        EngineClock.apply(TestClock.origin());
    }
}
