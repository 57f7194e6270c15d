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
 * Publishes every solicitation once the application is up ({@link OcdsPublication#publishChanges()}, the full path that
 * also repairs a change left unmarked; {@code highroad.transparency.publish-all-at-start-up}, true unless set), and then
 * every {@code highroad.transparency.publish-every} (five minutes unless configured; application.yaml says one) only
 * what changed: the contracts time changed since the last day swept are marked ({@link OcdsPublication#markDue()}),
 * then the marked solicitations are compiled ({@link OcdsPublication#publishMarked()}, ADR 0031). On wherever the
 * engine's job executor runs ({@code highroad.transparency.schedule.enabled} defaults to
 * {@code operaton.bpm.job-execution.enabled}); the tests, which drive time by hand, publish by calling the publication.
 * Nodes publishing at once add each release once (the unique ocid and release id).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnExpression("${highroad.transparency.schedule.enabled:${operaton.bpm.job-execution.enabled:true}}")
class PublicationSchedule {

    private static final Logger log = LoggerFactory.getLogger(PublicationSchedule.class);

    private final OcdsPublication publication;
    private final boolean allAtStartUp;
    private final org.springframework.beans.factory.ObjectProvider<org.springframework.scheduling.TaskScheduler> scheduler;

    PublicationSchedule(OcdsPublication publication,
            @org.springframework.beans.factory.annotation.Value("${highroad.transparency.publish-all-at-start-up:true}") boolean allAtStartUp,
            org.springframework.beans.factory.ObjectProvider<org.springframework.scheduling.TaskScheduler> scheduler) {
        this.publication = publication;
        this.allAtStartUp = allAtStartUp;
        this.scheduler = scheduler;
    }

    /**
     * The full publication at start-up runs on the scheduler's thread, not in the start-up's: it compiles every
     * solicitation, which takes minutes on an agency's thousands of contracts, and readiness (the load balancer's
     * signal) must not wait for it. Until it is done, the public pages serve the releases already stored.
     */
    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
    void atStartUp() {
        org.springframework.scheduling.TaskScheduler tasks = scheduler.getIfAvailable();
        if (tasks == null) {
            publishAll();
        } else {
            tasks.schedule(this::publishAll, java.time.Instant.now());
        }
    }

    private void publishAll() {
        if (!allAtStartUp) {
            run();
            return;
        }
        try {
            int added = publication.publishChanges();
            log.info("Open contracting data: every solicitation published at start-up, {} release(s) added", added);
        } catch (RuntimeException e) {
            log.warn("Open contracting data not published at start-up; what is marked is published on the next run", e);
        }
    }

    @Scheduled(fixedDelayString = "${highroad.transparency.publish-every:PT5M}", initialDelayString = "${highroad.transparency.publish-every:PT5M}")
    void run() {
        try {
            publication.markDue();
            int added = publication.publishMarked();
            if (added > 0) {
                log.info("Open contracting data: {} release(s) published", added);
            }
        } catch (RuntimeException e) {
            log.warn("Open contracting data not published this time; retried on the next run", e);
        }
    }
}
