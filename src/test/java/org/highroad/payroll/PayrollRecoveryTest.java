package org.highroad.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import org.highroad.payroll.process.CertifiedPayrollReviewProcess;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A crash between accepting a payroll and finishing its checks (or telling the week's review process) recovers by
 * itself: the recovery (run at start-up and every few minutes by the application, by hand here) re-runs checks left
 * PENDING or FAILED once they are older than a grace period, and tells the review process. Re-uploading the same file
 * re-runs checks that never finished. A review process that cannot be told does not fail the upload. The crash is
 * simulated by writing its state into the database. On PostgreSQL: {@link PayrollRecoveryPostgresTest}.
 */
class PayrollRecoveryTest extends PayrollTest {

    /** Lee is paid $55.00 against the committed $60.00 for 40 hours: $200.00 owed once the checks run. */
    private static final String UNDERPAID = HEADER + "\n" + row(1, "Lee", "5678", "55.00", "2200.00", ELECTRICIAN) + "\n";

    @Autowired
    PayrollFollowUp followUp;
    @Autowired
    RepositoryService repository;

    private long harbor(long contract) {
        return as(TestUsers.OFFICER).get("/api/contracts/" + contract).json().path("primeVendorId").asLong();
    }

    /**
     * The state a crash leaves right after the payroll's acceptance committed: accepted with its row, checks PENDING, no
     * finding, the week's review never told. {@code minutesAgo}: when it was received.
     */
    private long acceptedButNeverChecked(long contract, String week, String checkStatus, int minutesAgo) throws Exception {
        long vendor = harbor(contract);
        long statement = jdbc.queryForObject("select max(id) from compliance_statement where contract_id = ?", Long.class, contract);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(UNDERPAID.getBytes(StandardCharsets.UTF_8)));
        jdbc.update("insert into payroll_submission (contract_id, vendor_id, week_ending, source, status, sha256, size_bytes, "
                + "row_count, error_count, submitted_by, submitted_at, row_version, statement_id, check_status, failure) "
                + "values (?, ?, ?, 'CSV', 'ACCEPTED', ?, ?, 1, 0, 'harbor', ?, 0, ?, ?, ?)", contract, vendor, Date.valueOf(week), sha,
                UNDERPAID.length(), Timestamp.from(clock.instant().minus(Duration.ofMinutes(minutesAgo))), statement, checkStatus,
                checkStatus.equals("FAILED") ? "technical failure" : null);
        long id = jdbc.queryForObject("select max(id) from payroll_submission where contract_id = ?", Long.class, contract);
        jdbc.update("insert into payroll_row (submission_id, position, entry_number, last_name, first_name, worker_ref, "
                + "classification, level, straight_rate, fringe_credit_per_hour, cash_in_lieu_per_hour, gross_this_project, "
                + "gross_all_work, net_pay, resident, race_ethnicity, gender) values (?, 1, 1, 'Lee', 'Ann', '5678', ?, "
                + "'JOURNEYWORKER', 55.00, 31.40, 0, 2200.00, 2200.00, 1716.40, true, 'Asian', 'Female')", id, ELECTRICIAN);
        LocalDate saturday = LocalDate.parse(week);
        for (int d = 5; d >= 1; d--) {
            jdbc.update("insert into payroll_row_day (submission_id, position, work_date, straight_hours, overtime_hours) "
                    + "values (?, 1, ?, 8, 0)", id, Date.valueOf(saturday.minusDays(d)));
        }
        jdbc.update("insert into payroll_week (contract_id, vendor_id, week_ending) select ?, ?, ? from payroll_submission "
                + "where id = ? and not exists (select 1 from payroll_week where contract_id = ? and vendor_id = ? and week_ending = ?)",
                contract, vendor, Date.valueOf(week), id, contract, vendor, Date.valueOf(week));
        return id;
    }

    private JsonNode submission(long id) {
        return as(TestUsers.AUDITOR).get("/api/payrolls/" + id).json();
    }

    private boolean reviewWaits(long contract, String week) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(CertifiedPayrollReviewProcess.PROCESS_ID)
                .processInstanceBusinessKey(contract + ":" + harbor(contract) + ":" + week).count() > 0;
    }

    @Test
    void aPayrollLeftAcceptedWithChecksPendingIsCheckedByTheRecoveryAndItsWeeksReviewHearsOfIt() throws Exception {
        long contract = contractWithStatement("Crash before checks");
        weekHasEnded("2027-01-16");
        long stuck = acceptedButNeverChecked(contract, WEEK, "PENDING", 60);
        long fresh = acceptedButNeverChecked(contract, "2027-01-16", "PENDING", 1);
        assertThat(reviewWaits(contract, WEEK)).isTrue();

        followUp.recover();

        JsonNode checked = submission(stuck);
        assertThat(checked.path("checkStatus").asText()).isEqualTo("CHECKED");
        assertThat(checked.path("amountOwed").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(jdbc.queryForObject("select count(*) from payroll_finding where submission_id = ? and kind = 'UNDERPAID_BASE'",
                Integer.class, stuck)).isOne();
        assertThat(reviewWaits(contract, WEEK)).as("the week's review heard of it").isFalse();
        assertThat(submission(fresh).path("checkStatus").asText()).as("within the grace period: maybe still being checked")
                .isEqualTo("PENDING");
        assertThat(reviewWaits(contract, "2027-01-16")).isTrue();

        clock.advance(Duration.ofMinutes(30));
        followUp.recover();
        assertThat(submission(fresh).path("checkStatus").asText()).isEqualTo("CHECKED");
        assertThat(reviewWaits(contract, "2027-01-16")).isFalse();
        followUp.recover();
        assertThat(jdbc.queryForObject("select count(*) from payroll_finding where submission_id in (?, ?) and kind = 'UNDERPAID_BASE'",
                Integer.class, stuck, fresh)).as("nothing found twice").isEqualTo(2);
    }

    @Test
    void checksThatFailedForATechnicalReasonAreRunAgainByTheRecovery() throws Exception {
        long contract = contractWithStatement("Checks failed");
        weekHasEnded(WEEK);
        long failed = acceptedButNeverChecked(contract, WEEK, "FAILED", 60);

        followUp.recover();

        assertThat(submission(failed).path("checkStatus").asText()).isEqualTo("CHECKED");
        assertThat(submission(failed).path("failure").asText(null)).isNull();
        assertThat(reviewWaits(contract, WEEK)).isFalse();
    }

    @Test
    void reuploadingTheSameFileRechecksAPayrollWhoseChecksNeverFinished() throws Exception {
        long contract = contractWithStatement("Re-upload after crash");
        weekHasEnded(WEEK);
        long stuck = acceptedButNeverChecked(contract, WEEK, "PENDING", 1);

        Response again = post(TestUsers.HARBOR, contract, WEEK, UNDERPAID);

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("duplicate").asBoolean()).isTrue();
        assertThat(again.json().path("id").asLong()).isEqualTo(stuck);
        assertThat(again.json().path("checkStatus").asText()).isEqualTo("CHECKED");
        assertThat(again.json().path("amountOwed").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(reviewWaits(contract, WEEK)).isFalse();
    }

    @Test
    void aReviewProcessThatCannotBeToldDoesNotFailTheUploadAndHearsOfItLater() {
        long contract = contractWithStatement("Review busy");
        String key = contract + ":" + harbor(contract) + ":" + WEEK;
        // another instance waits for the week's message and breaks when it gets it: the engine refuses the correlation,
        // as it does on an optimistic-locking conflict with the week's timer
        String deployment = repository.createDeployment().name("a review that breaks").addModelInstance("breaks.bpmn",
                Bpmn.createExecutableProcess("testReviewThatBreaks").operatonHistoryTimeToLive(1).startEvent()
                        .intermediateCatchEvent().message(CertifiedPayrollReviewProcess.MESSAGE_RECEIVED)
                        .serviceTask().operatonClass("org.highroad.NoSuchDelegate").endEvent().done()).deploy().getId();
        try {
            String breaks = runtime.startProcessInstanceByKey("testReviewThatBreaks", key).getId();

            Response accepted = post(TestUsers.HARBOR, contract, WEEK, UNDERPAID);

            assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
            assertThat(accepted.json().path("status").asText()).isEqualTo("ACCEPTED");
            assertThat(accepted.json().path("checkStatus").asText()).isEqualTo("CHECKED");
            assertThat(reviewWaits(contract, WEEK)).as("the whole correlation was refused").isTrue();

            runtime.deleteProcessInstance(breaks, "test done");
            clock.advance(Duration.ofMinutes(30));
            followUp.recover();
            assertThat(reviewWaits(contract, WEEK)).as("told by the recovery").isFalse();
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }
}
