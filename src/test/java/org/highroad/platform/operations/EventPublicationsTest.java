package org.highroad.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.highroad.complaints.ComplaintsTest;
import org.highroad.complaints.process.WorkerComplaintProcess;
import org.highroad.platform.process.ProcessStarts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event publication registry (ADR 0015) with Highroad's own listeners: a listener that fails after the
 * publisher's commit leaves the publisher's data committed and its event incomplete; the scheduled resubmission
 * delivers it again and its effect happens once; a delivery repeated after a crash (the effect committed, its
 * completion not recorded) changes nothing; two deliveries at the same moment start one process instance.
 */
class EventPublicationsTest extends ComplaintsTest {

    /** Past the resubmission age (highroad.events.resubmit-after, 5 min by default). */
    private static final Duration LONG_AGO = Duration.ofMinutes(30);

    @Autowired
    EventPublications publications;
    @Autowired
    ProcessStarts starts;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock appClock;
    @Autowired
    EventSerializer serializer;

    /** Every event an after-commit listener receives, with values of each kind its fields hold. */
    static List<Object> afterCommitEvents() {
        java.time.LocalDate week = java.time.LocalDate.of(2027, 1, 9);
        return List.of(
                new org.highroad.procurement.ProcurementEvents.SolicitationPublished(1L,
                        java.time.OffsetDateTime.parse("2027-01-15T17:00:00-05:00")),
                new org.highroad.procurement.ProcurementEvents.BidSubmitted(2L, 1L),
                new org.highroad.procurement.BidAwarded(1L, 2L, 3L, "JQ-CITY", 2, new java.math.BigDecimal("1100000.00"),
                        "officer", java.time.Instant.parse("2027-01-20T15:04:05.123456Z"), "highest score"),
                new org.highroad.contracts.PayrollWeeksExpected(4L, List.of(
                        new org.highroad.contracts.ExpectedPayroll(3L, week, week.plusDays(7)),
                        new org.highroad.contracts.ExpectedPayroll(5L, week.plusDays(7), week.plusDays(14), week))),
                new org.highroad.vendors.VendorQualificationFiled(6L, 3L, "Harbor Builders, Inc.", "JQ-CITY", 2,
                        new java.math.BigDecimal("72.50"), "COMPLETE", "harbor"),
                new org.highroad.standards.StandardVersionProposed(7L, "JQ-CITY", 3, "officer",
                        java.time.Instant.parse("2027-01-02T10:00:00.5Z")),
                new org.highroad.subsidies.SubsidyRequestSubmitted(8L, 3L, "Harbor Builders: 4 hires"),
                new org.highroad.complaints.ComplaintReceived(9L, "WC-0000-0001", "Harbor Builders",
                        "Branch library, 12 Main Street", week),
                new org.highroad.enforcement.CaseIntake.CaseFindingsAdded(10L, List.of(11L, 12L), true));
    }

    @ParameterizedTest
    @MethodSource("afterCommitEvents")
    void everyAfterCommitEventReadsBackAsPublished(Object event) {
        Object stored = serializer.serialize(event);
        Object read = serializer.deserialize(stored, event.getClass());
        if (event instanceof org.highroad.procurement.ProcurementEvents.SolicitationPublished published) {
            // the deadline reads back as the same instant in UTC, not in the offset it was published with: the
            // listener uses the instant only
            var back = (org.highroad.procurement.ProcurementEvents.SolicitationPublished) read;
            assertThat(back.solicitationId()).isEqualTo(published.solicitationId());
            assertThat(back.submissionDeadline().toInstant()).isEqualTo(published.submissionDeadline().toInstant());
            return;
        }
        assertThat(read).as(String.valueOf(stored)).isEqualTo(event);
    }

    @Test
    void aListenerThatFailsAfterCommitKeepsThePublisherAndIsResubmittedUntilItsEffectHappensOnce() {
        // the complaint process cannot start: its listener fails after the complaint is committed
        repository.suspendProcessDefinitionByKey(WorkerComplaintProcess.PROCESS_ID);
        long id;
        try {
            id = file(complaint());
            assertThat(jdbc.queryForObject("select status from worker_complaint where id = ?", String.class, id))
                    .as("the publisher's data is committed though its listener failed").isEqualTo("RECEIVED");
            assertThat(instances(id)).isZero();
            assertThat(incomplete(id)).as("the event is owed to its listener").isEqualTo(1);

            age(id);
            publications.resubmit();
            assertThat(instances(id)).as("still failing: nothing started").isZero();
            assertThat(incomplete(id)).isEqualTo(1);
            assertThat(publications.overdue()).isPositive();
        } finally {
            repository.activateProcessDefinitionByKey(WorkerComplaintProcess.PROCESS_ID);
        }

        assertThat(publications.resubmit()).isPositive();
        assertThat(instances(id)).as("started once the listener succeeds").isEqualTo(1);
        assertThat(incomplete(id)).isZero();

        publications.resubmit();
        assertThat(instances(id)).as("a completed event is not delivered again").isEqualTo(1);
    }

    @Test
    void aDeliveryRepeatedAfterACrashBeforeCompletionStartsNothingMore() {
        long id = file(complaint());
        assertThat(instances(id)).isEqualTo(1);
        assertThat(incomplete(id)).isZero();

        // the node stopped after the listener's transaction committed, before the registry recorded completion
        copyAsIncomplete(publicationOf(id));
        assertThat(incomplete(id)).isEqualTo(1);
        publications.resubmit();

        assertThat(instances(id)).as("the complaint's triage is started once").isEqualTo(1);
        assertThat(incomplete(id)).isZero();
    }

    @Test
    void everyAfterCommitListenerDeliveredTwiceHasOneEffect() {
        executedContract("Registry redelivery");   // solicitation, bid, award, contract, payroll weeks
        file(complaint());
        List<String> copies = new ArrayList<>();
        Set<String> listeners = new TreeSet<>();
        for (Map<String, Object> p : jdbc.queryForList("select id, listener_id from event_publication "
                + "where completion_date is not null order by publication_date desc")) {
            if (listeners.add((String) p.get("listener_id"))) {
                copies.add(copyAsIncomplete((UUID) p.get("id")));
            }
        }
        assertThat(listeners).as("the listeners this test drove").anyMatch(l -> l.contains("SolicitationAwardProcess"))
                .anyMatch(l -> l.contains("BidEvaluationProcess")).anyMatch(l -> l.contains("ContractAwardProcess"))
                .anyMatch(l -> l.contains("CertifiedPayrollReviewProcess"))
                .anyMatch(l -> l.contains("WorkerComplaintProcess"));
        long before = history.createHistoricProcessInstanceQuery().count();

        publications.resubmit();

        assertThat(history.createHistoricProcessInstanceQuery().count()).as("no process started twice: " + listeners)
                .isEqualTo(before);
        for (String copy : copies) {
            assertThat(jdbc.queryForObject("select count(*) from event_publication where id = ? and completion_date "
                    + "is not null", Integer.class, UUID.fromString(copy))).as(copy).isEqualTo(1);
        }
    }

    @Test
    void twoDeliveriesAtTheSameMomentStartOneInstance() throws Exception {
        long id = file(complaint());
        String key = "race-" + id;
        Map<String, Object> variables = Map.of(WorkerComplaintProcess.VAR_COMPLAINT_ID, id,
                WorkerComplaintProcess.VAR_RECEIPT, "WC-RACE-" + id);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Boolean>> deliveries = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            deliveries.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return new TransactionTemplate(transactions).execute(
                        s -> starts.once(WorkerComplaintProcess.PROCESS_ID, key, variables));
            }));
        }
        go.countDown();
        int started = 0;
        int refused = 0;
        for (CompletableFuture<Boolean> delivery : deliveries) {
            try {
                started += delivery.get(60, TimeUnit.SECONDS) ? 1 : 0;
            } catch (java.util.concurrent.ExecutionException lostTheRace) {
                refused++;   // met the other's key: the registry delivers it again later, and then it finds the row
            }
        }
        assertThat(started).as("one delivery started it").isEqualTo(1);
        assertThat(started + refused).isLessThanOrEqualTo(2);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(WorkerComplaintProcess.PROCESS_ID)
                .processInstanceBusinessKey(key).count()).isEqualTo(1);
        Boolean again = new TransactionTemplate(transactions).execute(
                s -> starts.once(WorkerComplaintProcess.PROCESS_ID, key, variables));
        assertThat(again).as("delivered again").isFalse();
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test over"));
    }

    @Test
    void completedPublicationsAreDeletedAfterTheRetentionAndIncompleteOnesNever() {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        UUID owed = UUID.randomUUID();
        java.time.Instant now = appClock.instant();
        // highroad.events.keep-completed: 7 days
        publication(old, now.minus(Duration.ofDays(9)), now.minus(Duration.ofDays(8)));
        publication(recent, now.minus(Duration.ofDays(7)), now.minus(Duration.ofDays(6)));
        publication(owed, now.minus(Duration.ofDays(30)), null);
        try {
            publications.deleteCompleted();
            assertThat(jdbc.queryForList("select id from event_publication where id in (?, ?, ?)", UUID.class, old,
                    recent, owed)).containsExactlyInAnyOrder(recent, owed);
        } finally {
            jdbc.update("delete from event_publication where id in (?, ?, ?)", old, recent, owed);
        }
    }

    /** A publication of an event no listener receives (nothing to resubmit), published and completed then. */
    private void publication(UUID id, java.time.Instant published, java.time.Instant completed) {
        jdbc.update("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, "
                + "completion_date) values (?, 'retention-test', 'java.lang.String', '\"retention\"', ?, ?)", id,
                Timestamp.from(published), completed == null ? null : Timestamp.from(completed));
    }

    private long instances(long complaintId) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(WorkerComplaintProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(complaintId)).count();
    }

    private String complaintEvent(long complaintId) {
        return "%\"complaintId\":" + complaintId + ",%";
    }

    private int incomplete(long complaintId) {
        return jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
                + "and serialized_event like ?", Integer.class, complaintEvent(complaintId));
    }

    private UUID publicationOf(long complaintId) {
        return jdbc.queryForObject("select id from event_publication where serialized_event like ?", UUID.class,
                complaintEvent(complaintId));
    }

    /** Makes the complaint's incomplete publication older than the resubmission age. */
    private void age(long complaintId) {
        jdbc.update("update event_publication set publication_date = ? where completion_date is null "
                + "and serialized_event like ?", Timestamp.from(appClock.instant().minus(LONG_AGO)), complaintEvent(complaintId));
    }

    /** The same event for the same listener, incomplete and past the resubmission age: what a crash leaves. */
    private String copyAsIncomplete(UUID publication) {
        UUID copy = UUID.randomUUID();
        jdbc.update("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date) "
                + "select ?, listener_id, event_type, serialized_event, ? from event_publication where id = ?",
                copy, Timestamp.from(appClock.instant().minus(LONG_AGO)), publication);
        return copy.toString();
    }
}
