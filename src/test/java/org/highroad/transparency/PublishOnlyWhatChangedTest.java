package org.highroad.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highroad.contracts.Contracts;
import org.highroad.contracts.ExpectedPayroll;
import org.highroad.enforcement.CaseTest;
import org.highroad.support.AtOnce;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.highroad.transparency.domain.PublicationMarks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Open contracting data publishes only what changed (ADR 0031): each kind of change a stage shows marks its subject in
 * its transaction, the next run compiles the marked solicitations and adds exactly the release the change made, and a
 * solicitation nothing changed is not compiled at all (counted, not timed). Every test starts with no mark waiting, so
 * a run compiles only what the test changed, whatever the shared database holds.
 */
class PublishOnlyWhatChangedTest extends CaseTest {

    @Autowired
    OcdsPublication publication;

    @Autowired
    PublicationMarks marks;

    @Autowired
    Contracts contracts;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aSolicitationChangedIsCompiledAndOneNothingChangedIsNot() {
        nothingMarked();
        long changed = publishedSolicitation("Marked tender");
        long untouched = publishedSolicitation("Untouched tender");
        assertThat(marks.of(ChangeMarks.SOLICITATION, changed)).as("published: marked in its transaction").isPresent();
        publication.publishMarked();
        assertThat(releaseIds(changed)).containsExactly(ocid(changed) + "-tender-1");
        assertThat(releaseIds(untouched)).containsExactly(ocid(untouched) + "-tender-1");
        assertThat(marks.of(ChangeMarks.SOLICITATION, changed)).as("cleared once published").isEmpty();
        long changedBefore = publication.compilationsOf(changed);
        long untouchedBefore = publication.compilationsOf(untouched);

        Response cancelled = as(TestUsers.OFFICER).post("/api/solicitations/" + changed + "/cancellation",
                Map.of("reason", "Budget withdrawn"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        publication.publishMarked();
        assertThat(releaseIds(changed)).containsExactly(ocid(changed) + "-tender-1", ocid(changed) + "-tender-2");
        assertThat(last(changed).path("tender").path("status").asText()).isEqualTo("cancelled");
        assertThat(publication.compilationsOf(changed)).isEqualTo(changedBefore + 1);
        assertThat(publication.compilationsOf(untouched)).as("nothing changed: not compiled").isEqualTo(untouchedBefore);

        // nothing marked: a run compiles neither again
        publication.publishMarked();
        assertThat(publication.compilationsOf(changed)).isEqualTo(changedBefore + 1);
        assertThat(publication.compilationsOf(untouched)).isEqualTo(untouchedBefore);
    }

    @Test
    void eachChangeOfAContractAndItsCaseAddsExactlyItsRelease() {
        nothingMarked();
        long contract = contractWithStatement("Marked contract");
        long solicitation = solicitationOf(contract);
        String ocid = ocid(solicitation);
        assertThat(marks.of(ChangeMarks.CONTRACT, contract)).as("executed: marked").isPresent();
        publication.publishMarked();
        assertThat(releaseIds(solicitation)).containsExactly(ocid + "-tender-1", ocid + "-bids-1", ocid + "-award-1",
                ocid + "-contract-" + contract + "-1");

        // an amendment: the contract's next version, as an amendment
        Response amended = as(TestUsers.OFFICER).post("/api/contracts/" + contract + "/amendments", Map.of("effectiveFrom",
                "2027-02-15", "reason", "raise for the electricians", "wageOffers", List.of(Map.of("classification",
                        ELECTRICIAN, "baseRate", 62.00, "fringeRate", 31.40))));
        assertThat(amended.status()).as(amended.body()).isEqualTo(200);
        assertThat(marks.of(ChangeMarks.CONTRACT, contract)).isPresent();
        assertThat(addedBy(solicitation)).isEqualTo(1);
        assertThat(newest(solicitation)).isEqualTo(ocid + "-contract-" + contract + "-2");
        assertThat(last(solicitation).path("tag").get(0).asText()).isEqualTo("contractAmendment");

        // a payroll accepted (one worker underpaid: a case opens with its finding pending review)
        Response accepted = post(TestUsers.HARBOR, contract, WEEK, UNDERPAID);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        long payroll = accepted.json().path("id").asLong();
        assertThat(marks.of(ChangeMarks.PAYROLL, payroll)).as("accepted: marked").isPresent();
        long caseId = caseOf(contract).path("id").asLong();
        assertThat(addedBy(solicitation)).isEqualTo(1);
        assertThat(newest(solicitation)).isEqualTo(ocid + "-implementation-" + contract + "-1");

        // the finding confirmed: restitution owed
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        assertThat(marks.of(ChangeMarks.CASE, caseId)).as("reviewed: marked").isPresent();
        assertThat(addedBy(solicitation)).isEqualTo(1);
        assertThat(newest(solicitation)).isEqualTo(ocid + "-implementation-" + contract + "-2");
        assertThat(metric(solicitation, "restitution-owed").path("value").path("amount").decimalValue())
                .isEqualByComparingTo("200.00");

        // a payment reported on the case's ledger: reported, not yet verified
        Response paid = as(TestUsers.HARBOR).post("/api/cases/" + caseId + "/responses", Map.of("kind", "RESTITUTION_PAYMENT",
                "payments", List.of(Map.of("workerRef", "5678", "amount", "40.00", "paidOn", LocalDate.now(clock).toString(),
                        "evidence", "check 2001"))));
        assertThat(paid.status()).as(paid.body()).isIn(200, 201);
        assertThat(marks.of(ChangeMarks.CASE, caseId)).as("ledger: marked").isPresent();
        assertThat(addedBy(solicitation)).isEqualTo(1);
        assertThat(newest(solicitation)).isEqualTo(ocid + "-implementation-" + contract + "-3");
        assertThat(metric(solicitation, "restitution-reported").path("value").path("amount").decimalValue())
                .isEqualByComparingTo("40.00");

        // and nothing else: the next run does not compile it again
        long compiled = publication.compilationsOf(solicitation);
        assertThat(addedBy(solicitation)).isZero();
        assertThat(publication.compilationsOf(solicitation)).isEqualTo(compiled);
    }

    @Test
    void timeAloneMarksTheContractWhoseReportFallsDue() {
        long contract = executedContract("Report falls due");
        long solicitation = solicitationOf(contract);
        String ocid = ocid(solicitation);
        publication.publishChangesOf(solicitation);
        assertThat(releaseIds(solicitation)).doesNotContain(ocid + "-implementation-" + contract + "-1");
        nothingMarked();

        ExpectedPayroll first = contracts.payrollCalendar(contract, ContractStages.READER).stream()
                .min((a, b) -> a.dueOn().compareTo(b.dueOn())).orElseThrow();
        LocalDate missingFrom = first.dueOn().plusDays(1);
        // days before the period: nothing of this contract changes
        publication.markDueBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2));
        assertThat(marks.of(ChangeMarks.CONTRACT, contract)).isEmpty();
        // the day after the first report's due day, with no report: missing
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.now(clock), missingFrom)));
        publication.markDueBetween(missingFrom.minusDays(1), missingFrom);
        assertThat(marks.of(ChangeMarks.CONTRACT, contract)).as("due: marked").isPresent();
        publication.publishMarked();
        assertThat(newest(solicitation)).isEqualTo(ocid + "-implementation-" + contract + "-1");
        assertThat(metric(solicitation, "missing-reports").path("measure").asInt()).isPositive();
    }

    @Test
    void theTimeSweepRunsOnceADay() {
        LocalDate today = LocalDate.now(clock);
        jdbc.update("update ocds_time_sweep set swept_through = ? where id = 1", today.minusDays(1));
        publication.markDue();
        assertThat(marks.sweptThrough()).isEqualTo(today);
        assertThat(publication.markDue()).as("swept already today").isZero();
    }

    @Test
    void aDraftOrACaseAboutNoContractLeavesNoMarkBehind() {
        nothingMarked();
        Response created = as(TestUsers.OFFICER).post("/api/solicitations", draft("Only a draft"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long draft = created.json().path("id").asLong();
        assertThat(marks.of(ChangeMarks.SOLICITATION, draft)).isPresent();
        new TransactionTemplate(transactionManager).executeWithoutResult(
                status -> marks.mark(ChangeMarks.CASE, Long.MAX_VALUE, clock.instant()));
        publication.publishMarked();
        assertThat(marks.of(ChangeMarks.SOLICITATION, draft)).isEmpty();
        assertThat(marks.of(ChangeMarks.CASE, Long.MAX_VALUE)).isEmpty();
        assertThat(publication.compilationsOf(draft)).as("a draft is never compiled").isZero();
    }

    @Test
    void twoChangesOfOneSubjectAtOnceLeaveOneMarkRaisedOnce() throws Exception {
        // a bid no stage can trace: the next run deletes its mark
        long subject = -(System.nanoTime() % 1_000_000_000L) - 1;
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        java.util.concurrent.Callable<Integer> change = () -> tx.execute(status -> {
            marks.mark(ChangeMarks.BID, subject, clock.instant());
            return 1;
        });
        assertThat(AtOnce.atOnce(List.of(change, change))).containsExactly(1, 1);
        assertThat(marks.of(ChangeMarks.BID, subject)).hasValueSatisfying(m -> assertThat(m.version()).isEqualTo(2));
        publication.publishMarked();
        assertThat(marks.of(ChangeMarks.BID, subject)).isEmpty();
    }

    @Test
    void aChangeRolledBackLeavesNoMark() {
        long subject = -(System.nanoTime() % 1_000_000_000L) - 1;
        new TransactionTemplate(transactionManager).execute(status -> {
            marks.mark(ChangeMarks.BID, subject, clock.instant());
            status.setRollbackOnly();
            return null;
        });
        assertThat(marks.of(ChangeMarks.BID, subject)).isEmpty();
    }

    /** The releases of this solicitation the next run adds (other tests' changes a job ran may add theirs). */
    private int addedBy(long solicitation) {
        int before = releaseIds(solicitation).size();
        publication.publishMarked();
        return releaseIds(solicitation).size() - before;
    }

    /** No mark waiting: what a run compiles is only what the test changes after this. */
    private void nothingMarked() {
        jdbc.update("delete from ocds_publication_mark");
    }

    private long solicitationOf(long contract) {
        return as(TestUsers.OFFICER).get("/api/contracts/" + contract).json().path("solicitationId").asLong();
    }

    private String ocid(long solicitation) {
        return publication.ocidOfSolicitation(solicitation);
    }

    private List<String> releaseIds(long solicitation) {
        List<String> ids = new ArrayList<>();
        publication.releases(ocid(solicitation)).forEach(r -> ids.add(r.path("id").asText()));
        return ids;
    }

    private String newest(long solicitation) {
        return last(solicitation).path("id").asText();
    }

    private ObjectNode last(long solicitation) {
        List<ObjectNode> all = publication.releases(ocid(solicitation));
        return all.get(all.size() - 1);
    }

    private JsonNode metric(long solicitation, String id) {
        for (JsonNode m : last(solicitation).path("contracts").get(0).path("implementation").path("metrics")) {
            if (m.path("id").asText().equals(id)) {
                return m.path("observations").get(0);
            }
        }
        throw new AssertionError("no metric " + id);
    }
}
