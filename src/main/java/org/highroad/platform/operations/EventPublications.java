package org.highroad.platform.operations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * The event publication registry's upkeep (ADR 0015). An event whose after-commit listener failed, or whose node
 * stopped before the listener finished, stays incomplete in {@code event_publication}; it is delivered again at each
 * start-up ({@code spring.modulith.events.republish-outstanding-events-on-restart}) and by {@link #resubmit()} once it
 * is older than {@code highroad.events.resubmit-after} (default 5 min, well past any listener's run, so that a
 * delivery still running on another node is rarely repeated; a repeat is harmless, every such listener being
 * idempotent). Completed publications are deleted after {@code highroad.events.keep-completed} (default 7 days).
 * The gauges {@code highroad_events_incomplete} and {@code highroad_events_overdue} (incomplete past the resubmission
 * age: a listener that keeps failing) show them to operators (docs/operations.md).
 */
@Component
public class EventPublications {

    private static final Logger LOG = LoggerFactory.getLogger(EventPublications.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration resubmitAfter;
    private final Duration keepCompleted;

    EventPublications(IncompleteEventPublications incomplete, CompletedEventPublications completed, JdbcTemplate jdbc,
            Clock clock, DatabaseGauges gauges, @Value("${highroad.events.resubmit-after:PT5M}") Duration resubmitAfter,
            @Value("${highroad.events.keep-completed:P7D}") Duration keepCompleted) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.jdbc = jdbc;
        this.clock = clock;
        this.resubmitAfter = resubmitAfter;
        this.keepCompleted = keepCompleted;
        gauges.count("highroad.events.incomplete", "Events whose after-commit listener has not succeeded yet",
                "select count(*) from event_publication where completion_date is null", today -> new Object[0]);
        gauges.count("highroad.events.overdue", "Events whose after-commit listener has not succeeded within the "
                + "resubmission age (highroad.events.resubmit-after): a listener that keeps failing", this::overdue);
    }

    /** Delivers again every incomplete publication older than the resubmission age; answers how many it found. */
    public long resubmit() {
        long due = overdue();
        if (due > 0) {
            LOG.info("Resubmitting {} event publication(s) incomplete for more than {}", due, resubmitAfter);
            incomplete.resubmitIncompletePublicationsOlderThan(resubmitAfter);
        }
        return due;
    }

    /** Deletes publications completed more than the retention ago. */
    public void deleteCompleted() {
        completed.deletePublicationsOlderThan(keepCompleted);
    }

    /** Incomplete publications older than the resubmission age. */
    public long overdue() {
        return jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
                + "and publication_date < ?", Long.class, Timestamp.from(clock.instant().minus(resubmitAfter)));
    }
}
