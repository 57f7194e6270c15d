package org.highroad.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.highroad.procurement.BidAwarded;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;

/** Beans every HTTP test context shares: the movable clock and a recorder of published events. */
@TestConfiguration(proxyBeanMethods = false)
public class TestBeans {

    /** Moves from the clock this context's {@code highroad.clock.origin} begins (the tests' origin, ADR 0035). */
    @Bean
    @Primary
    MovableClock movableClock(@org.springframework.beans.factory.annotation.Value("${"
            + org.highroad.platform.ClockOrigin.PROPERTY + ":}") String origin) {
        return new MovableClock(org.highroad.platform.ClockOrigin.clockFor(origin));
    }

    @Bean
    PublishedEvents publishedEvents() {
        return new PublishedEvents();
    }

    /** Events other modules will consume, recorded whatever thread published them. */
    public static class PublishedEvents {
        private final List<BidAwarded> awarded = new CopyOnWriteArrayList<>();
        private final List<org.highroad.payroll.PayrollEvents.PayrollFlagged> flagged = new CopyOnWriteArrayList<>();

        @EventListener
        void on(org.highroad.payroll.PayrollEvents.PayrollFlagged event) {
            flagged.add(event);
        }

        /** Payroll findings announced to enforcement. */
        public List<org.highroad.payroll.PayrollEvents.PayrollFlagged> flagged() {
            return List.copyOf(flagged);
        }

        @EventListener
        void on(BidAwarded event) {
            awarded.add(event);
        }

        public List<BidAwarded> awarded() {
            return List.copyOf(awarded);
        }
    }

}
