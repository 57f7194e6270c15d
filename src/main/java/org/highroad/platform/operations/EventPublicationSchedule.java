package org.highroad.platform.operations;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Resubmits incomplete event publications every {@code highroad.events.resubmit-every} (default 1 min) and deletes
 * old completed ones every {@code highroad.events.cleanup-every} (default 1 h), on every node that runs the engine's
 * jobs ({@code highroad.events.resubmission.enabled} defaults to {@code operaton.bpm.job-execution.enabled}); the
 * tests, which drive jobs by hand, call {@link EventPublications} themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnExpression("${highroad.events.resubmission.enabled:${operaton.bpm.job-execution.enabled:true}}")
class EventPublicationSchedule {

    private final EventPublications publications;

    EventPublicationSchedule(EventPublications publications) {
        this.publications = publications;
    }

    @Scheduled(initialDelayString = "${highroad.events.resubmit-every:PT1M}",
            fixedDelayString = "${highroad.events.resubmit-every:PT1M}")
    void resubmit() {
        publications.resubmit();
    }

    @Scheduled(initialDelayString = "${highroad.events.cleanup-every:PT1H}",
            fixedDelayString = "${highroad.events.cleanup-every:PT1H}")
    void deleteCompleted() {
        publications.deleteCompleted();
    }
}
