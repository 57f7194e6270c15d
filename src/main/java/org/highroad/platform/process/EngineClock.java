package org.highroad.platform.process;

import java.time.Duration;
import org.highroad.platform.ClockOrigin;
import org.operaton.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The workflow engine reads the application's time: where {@code highroad.clock.origin} is set, the engine's clock is
 * offset by the same amount as the application's {@code Clock}, before the engine is built, so that job due dates,
 * timers ({@code timeDuration} from the engine's now, {@code timeDate} from the dates the application computed), the
 * job executor's acquisition and the history's timestamps all fall on the application's day. Without an origin
 * (production) the engine's clock is left alone: the system clock. The engine's clock is one for the JVM.
 */
@Component
public final class EngineClock extends AbstractProcessEnginePlugin {

    private final String origin;

    EngineClock(@Value("${" + ClockOrigin.PROPERTY + ":}") String origin) {
        this.origin = origin;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        apply(origin);
    }

    /**
     * Offsets the engine's clock to the origin's, if one is set; also what puts it back after something (a test) fixed
     * or reset it, since the engine's own reset returns to the system clock. The offset applied, if any.
     */
    public static java.util.Optional<Duration> apply(String origin) {
        java.util.Optional<Duration> offset = ClockOrigin.offsetFor(origin);
        offset.ifPresent(o -> ClockUtil.offset(o.toMillis()));
        return offset;
    }
}
