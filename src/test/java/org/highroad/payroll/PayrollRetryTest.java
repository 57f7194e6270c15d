package org.highroad.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * A submission whose processing broke for a technical reason (not the file's fault) stays RECEIVED with the reason and
 * its raw upload, and is retried from the stored file; only its contractor (or an administrator) may retry it.
 */
class PayrollRetryTest extends PayrollTest {

    private long received(long contract, Path raw, String content) throws Exception {
        long harbor = as(TestUsers.OFFICER).get("/api/contracts/" + contract).json().path("primeVendorId").asLong();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        jdbc.update("insert into payroll_submission (contract_id, vendor_id, week_ending, source, status, sha256, size_bytes, raw_path, "
                + "row_count, error_count, submitted_by, submitted_at, row_version) values (?, ?, date '2027-01-09', 'CSV', 'RECEIVED', ?, ?, ?, "
                + "0, 0, 'harbor', ?, 0)", contract, harbor, sha, content.length(), raw.toString(), Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select max(id) from payroll_submission where contract_id = ?", Long.class, contract);
    }

    @Test
    void aSubmissionLeftReceivedIsMarkedWhenItBreaksAndAcceptedWhenRetriedFromItsStoredFile() throws Exception {
        long contract = contractWithStatement("Retry");
        String content = csv("60.00", "2400.00", ELECTRICIAN);
        Path raw = Files.createTempFile(Path.of("target"), "raw-", ".csv");
        Files.delete(raw);
        long id = received(contract, raw, content);

        Response broken = as(TestUsers.HARBOR).post("/api/payrolls/" + id + "/retry", "");
        assertThat(broken.status()).as(broken.body()).isEqualTo(503);
        assertThat(broken.json().path("submission").path("status").asText()).isEqualTo("RECEIVED");
        assertThat(broken.json().path("submission").path("failure").asText()).contains("NoSuchFile");
        assertThat(jdbc.queryForObject("select count(*) from payroll_row where submission_id = ?", Integer.class, id)).isZero();

        Files.writeString(raw, content);
        assertThat(as(TestUsers.NORTHSIDE).post("/api/payrolls/" + id + "/retry", "").status()).isEqualTo(404);
        Response retried = as(TestUsers.HARBOR).post("/api/payrolls/" + id + "/retry", "");
        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        assertThat(retried.json().path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(retried.json().path("failure").asText(null)).isNull();
        assertThat(retried.json().path("rowCount").asInt()).isEqualTo(1);
        assertThat(as(TestUsers.HARBOR).post("/api/payrolls/" + id + "/retry", "").status()).as("only once").isEqualTo(409);
    }
}
