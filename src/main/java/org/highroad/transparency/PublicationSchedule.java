package org.highroad.transparency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Publishes the changes once the application is up and then every {@code highroad.transparency.publish-every} (five
 * minutes unless configured; application.yaml says one). On wherever the engine's job executor runs
 * ({@code highroad.transparency.schedule.enabled} defaults to {@code operaton.bpm.job-execution.enabled}); the tests,
 * which drive time by hand, publish by calling {@link OcdsPublication#publishChanges()}. Nodes publishing at once add
 * each release once (the unique ocid and release id).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnExpression("${highroad.transparency.schedule.enabled:${operaton.bpm.job-execution.enabled:true}}")
class PublicationSchedule {

    private static final Logger log = LoggerFactory.getLogger(PublicationSchedule.class);

    private final OcdsPublication publication;

    PublicationSchedule(OcdsPublication publication) {
        this.publication = publication;
    }

    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
    void atStartUp() {
        run();
    }

    @Scheduled(fixedDelayString = "${highroad.transparency.publish-every:PT5M}", initialDelayString = "${highroad.transparency.publish-every:PT5M}")
    void run() {
        try {
            int added = publication.publishChanges();
            if (added > 0) {
                log.info("Open contracting data: {} release(s) published", added);
            }
        } catch (RuntimeException e) {
            log.warn("Open contracting data not published this time; retried on the next run", e);
        }
    }
}
