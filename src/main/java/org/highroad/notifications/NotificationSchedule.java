package org.highroad.notifications;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The reporting scan ({@link ReportingReminders}, {@code highroad.notifications.scan-every}, default hourly) and the
 * retry of mails not sent ({@link MailDelivery#retryDue()}, {@code retry-every}, default every minute). On wherever
 * the engine's job executor runs ({@code highroad.notifications.schedule.enabled} defaults to
 * {@code operaton.bpm.job-execution.enabled}); the tests call both themselves. Several nodes may run them: each
 * reminder is recorded once (its dedup key) and each mail claimed before it is sent.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnExpression("${highroad.notifications.schedule.enabled:${operaton.bpm.job-execution.enabled:true}}")
class NotificationSchedule {

    private final ReportingReminders reminders;
    private final MailDelivery delivery;

    NotificationSchedule(ReportingReminders reminders, MailDelivery delivery) {
        this.reminders = reminders;
        this.delivery = delivery;
    }

    @Scheduled(initialDelayString = "${highroad.notifications.scan-first-after:PT1M}",
            fixedDelayString = "${highroad.notifications.scan-every:PT1H}")
    void scan() {
        reminders.scan();
    }

    @Scheduled(initialDelayString = "${highroad.notifications.retry-every:PT1M}",
            fixedDelayString = "${highroad.notifications.retry-every:PT1M}")
    void retry() {
        delivery.retryDue();
    }
}
