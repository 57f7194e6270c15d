package org.highroad.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.util.HexFormat;
import org.highroad.payroll.domain.RawUploadStore;
import org.highroad.support.Http.Response;
import org.highroad.support.LogCapture;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A submission whose processing broke for a technical reason (not the file's fault) stays RECEIVED with a neutral
 * reason and its raw upload (503), and is retried from the upload stored in the database (whichever node takes the
 * retry: no file of any node is read); only its contractor (or an administrator) may
 * retry it. A value the database refuses is the file's fault: the payroll is rejected (422) naming the field, also
 * when a retry finds it. Neither the answer nor the log carries SQL or the refused value. On PostgreSQL:
 * {@link PayrollRetryPostgresTest}.
 */
class PayrollRetryTest extends PayrollTest {

    /** A name the database is told to refuse, standing in for any value the reader lets through and the database does not. */
    private static final String REFUSED = "Quixoticallyrefused";
    private static final String CONSTRAINT = "ck_test_refused_last_name";

    @Autowired
    private RawUploadStore uploads;

    @AfterEach
    void theDatabaseAcceptsEveryNameAgain() {
        jdbc.execute("alter table payroll_row drop constraint if exists " + CONSTRAINT);
    }

    private void theDatabaseRefuses(String lastName) {
        jdbc.execute("alter table payroll_row add constraint " + CONSTRAINT + " check (last_name <> '" + lastName + "')");
    }

    /** A submission recorded RECEIVED whose raw upload is not (yet) in the store. */
    private long received(long contract, String content) throws Exception {
        long harbor = as(TestUsers.OFFICER).get("/api/contracts/" + contract).json().path("primeVendorId").asLong();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        jdbc.update("insert into payroll_submission (contract_id, vendor_id, week_ending, source, status, sha256, size_bytes, "
                + "row_count, error_count, submitted_by, submitted_at, row_version) values (?, ?, date '2027-01-09', 'CSV', 'RECEIVED', ?, ?, "
                + "0, 0, 'harbor', ?, 0)", contract, harbor, sha, content.length(), Timestamp.from(org.highroad.support.TestClock.now()));
        return jdbc.queryForObject("select max(id) from payroll_submission where contract_id = ?", Long.class, contract);
    }

    private void stored(String content) {
        uploads.store(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSubmissionLeftReceivedIsMarkedWhenItBreaksAndAcceptedWhenRetriedFromItsStoredFile() throws Exception {
        long contract = contractWithStatement("Retry");
        String content = csv("60.00", "2400.00", ELECTRICIAN);
        long id = received(contract, content);
        jdbc.update("delete from raw_upload where sha256 = ?", jdbc.queryForObject(
                "select sha256 from payroll_submission where id = ?", String.class, id)); // an earlier test's copy
        weekHasEnded(WEEK);

        Response broken;
        try (LogCapture logs = LogCapture.all()) {
            broken = as(TestUsers.HARBOR).post("/api/payrolls/" + id + "/retry", "");
            assertThat(broken.status()).as(broken.body()).isEqualTo(503);
            String reference = broken.json().path("submission").path("failure").asText().replaceAll(".*reference ([-0-9a-f]+).*", "$1");
            assertThat(logs.text()).as("the log names the submission and the reference").contains("payroll submission " + id)
                    .contains(reference);
        }
        assertThat(broken.json().path("submission").path("status").asText()).isEqualTo("RECEIVED");
        assertThat(broken.json().path("submission").path("failure").asText()).contains("technical").contains("reference")
                .doesNotContain("not stored").doesNotContain("raw_upload");
        assertThat(jdbc.queryForObject("select count(*) from payroll_row where submission_id = ?", Integer.class, id)).isZero();

        stored(content);
        assertThat(as(TestUsers.NORTHSIDE).post("/api/payrolls/" + id + "/retry", "").status()).isEqualTo(404);
        Response retried = as(TestUsers.HARBOR).post("/api/payrolls/" + id + "/retry", "");
        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        assertThat(retried.json().path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(retried.json().path("failure").asText(null)).isNull();
        assertThat(retried.json().path("rowCount").asInt()).isEqualTo(1);
        assertThat(as(TestUsers.HARBOR).post("/api/payrolls/" + id + "/retry", "").status()).as("only once").isEqualTo(409);
    }

    @Test
    void aValueTheDatabaseRefusesRejectsThePayrollWithoutSqlOrTheValueInTheAnswerOrTheLog() {
        long contract = contractWithStatement("Refused value");
        theDatabaseRefuses(REFUSED);
        String file = HEADER + "\n" + row(1, "Garcia", "1234", "60.00", "2400.00", ELECTRICIAN) + "\n"
                + row(2, REFUSED, "5678", "60.00", "2400.00", ELECTRICIAN) + "\n";

        Response rejected;
        String logged;
        try (LogCapture logs = LogCapture.all()) {
            rejected = post(TestUsers.HARBOR, contract, WEEK, file);
            logged = logs.text();
        }

        assertThat(rejected.status()).as(rejected.body()).isEqualTo(422);
        assertThat(rejected.contentType()).contains("problem+json");
        assertThat(rejected.json().path("submission").path("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.json().path("errors")).isNotEmpty();
        assertThat(rejected.json().path("errors").get(0).path("reason").asText()).isNotBlank();
        assertThat(rejected.body()).doesNotContain(REFUSED).doesNotContainIgnoringCase(CONSTRAINT)
                .doesNotContainIgnoringCase("payroll_row").doesNotContainIgnoringCase("insert into").doesNotContainIgnoringCase("copy ")
                .doesNotContainIgnoringCase("sqlstate").doesNotContainIgnoringCase("exception");
        assertThat(logged).as("the log carries ids, never the value").doesNotContain(REFUSED).doesNotContain("Garcia");
        long id = rejected.json().path("submission").path("id").asLong();
        assertThat(jdbc.queryForObject("select count(*) from payroll_row where submission_id = ?", Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from payroll_row_day where submission_id = ?", Integer.class, id)).isZero();
        assertThat(as(TestUsers.HARBOR).get("/api/payrolls/" + id).body()).doesNotContain(REFUSED)
                .doesNotContainIgnoringCase("payroll_row");
    }

    @Test
    void aRetryThatFailsForADataReasonEndsTheSubmissionRejectedWithItsErrors() throws Exception {
        long contract = contractWithStatement("Retry refused");
        String content = HEADER + "\n" + row(1, REFUSED, "1234", "60.00", "2400.00", ELECTRICIAN) + "\n";
        stored(content);
        long id = received(contract, content);
        theDatabaseRefuses(REFUSED);
        weekHasEnded(WEEK);

        Response retried = as(TestUsers.HARBOR).post("/api/payrolls/" + id + "/retry", "");
        assertThat(retried.status()).as(retried.body()).isEqualTo(422);
        assertThat(retried.json().path("submission").path("status").asText()).isEqualTo("REJECTED");
        assertThat(retried.json().path("errors")).isNotEmpty();
        assertThat(retried.body()).doesNotContain(REFUSED);
        assertThat(as(TestUsers.HARBOR).post("/api/payrolls/" + id + "/retry", "").status()).as("settled").isEqualTo(409);
        Response sameFile = post(TestUsers.HARBOR, contract, WEEK, content);
        assertThat(sameFile.status()).as("the same file again is the same rejected submission").isEqualTo(422);
        assertThat(sameFile.json().path("submission").path("id").asLong()).isEqualTo(id);
    }
}
