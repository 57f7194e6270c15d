package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.highroad.enforcement.process.ComplianceCaseProcess;
import org.highroad.payroll.PayrollTest;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.TestUsers;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/** Compliance-case test support: a case from an underpaid payroll, reviews, responses, timers, notice PDFs. */
public abstract class CaseTest extends PayrollTest {

    /** Lee (5678) at $55.00 where $60.00 is committed: $200.00 base owed; Garcia paid in full. */
    protected static final String UNDERPAID = HEADER + "\n" + row(1, "Garcia", "1234", "60.00", "2400.00", ELECTRICIAN) + "\n"
            + row(2, "Lee", "5678", "55.00", "2200.00", ELECTRICIAN) + "\n";

    @Autowired
    protected TaskService tasks;

    protected JsonNode caseOf(long contract, long vendor) {
        for (JsonNode c : as(TestUsers.AUDITOR).all("/api/cases").json()) {
            if (c.path("contractId").asLong() == contract && c.path("vendorId").asLong() == vendor) {
                return c;
            }
        }
        throw new AssertionError("no case for contract " + contract + " and vendor " + vendor);
    }

    protected JsonNode caseOf(long contract) {
        return caseOf(contract, as(TestUsers.OFFICER).get("/api/contracts/" + contract).json().path("primeVendorId").asLong());
    }

    /** A contract with its Statement of Compliance on file, and the case opened by an underpaid week's payroll. */
    protected long openCase(String title) {
        long contract = contractWithStatement(title);
        Response upload = post(TestUsers.HARBOR, contract, WEEK, UNDERPAID);
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        return caseOf(contract).path("id").asLong();
    }

    protected JsonNode get(long caseId) {
        return as(TestUsers.AUDITOR).get("/api/cases/" + caseId).json();
    }

    /** Reviews every pending finding: confirms those of the kinds given, dismisses the others with a reason. */
    protected void reviewAll(long caseId, Set<String> confirm) {
        Jobs.runDue(management); // a review round is prepared by the job executor
        for (JsonNode f : get(caseId).path("findings")) {
            if (!f.path("review").asText().equals("PENDING")) {
                continue;
            }
            String kind = f.path("finding").path("kind").asText();
            boolean yes = confirm.contains(kind);
            Response r = as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/findings/" + f.path("finding").path("id").asLong()
                    + "/review", yes ? Map.of("decision", "CONFIRM", "reason", "Checked against the timesheets")
                            : Map.of("decision", "DISMISS", "reason", "Measured at completion, not weekly"));
            assertThat(r.status()).as(r.body()).isEqualTo(200);
        }
    }

    /**
     * Reviews round after round until no review round is open: findings that join a case while a round runs get the
     * next round (ADR 0021).
     */
    protected void reviewEveryRound(long caseId, Set<String> confirm) {
        for (int round = 0; round < 10; round++) {
            if (openTasks(caseId, ComplianceCaseProcess.TASK_REVIEW_ROUND).isEmpty()) {
                return;
            }
            reviewAll(caseId, confirm);
        }
        throw new AssertionError("review rounds keep coming in case " + caseId);
    }

    /** The README walkthrough's payroll with row 4 (Andre Johnson, 5678) paid in full: $45.00 an hour, $26.85 to plans. */
    protected static String correctedWalkthroughPayroll() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("docs/walkthrough/payroll-week-1.csv")).replace(
                    "42.00,,25.00,0,1680.00,1680.00,180.00,128.52,0,308.52,1371.48",
                    "45.00,,26.85,0,1800.00,1800.00,180.00,128.52,0,308.52,1491.48");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    protected List<Task> openTasks(long caseId, String taskKey) {
        Jobs.runDue(management);
        return tasks.createTaskQuery().processDefinitionKey(ComplianceCaseProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(caseId)).taskDefinitionKey(taskKey).list();
    }

    protected boolean processEnded(long caseId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ComplianceCaseProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(caseId)).count() == 0;
    }

    protected Response decide(String user, long caseId, String what, String decision, String reason) {
        return as(user).post("/api/cases/" + caseId + "/" + what, Map.of("decision", decision, "reason", reason));
    }

    protected Response pay(String user, long caseId, String workerRef, String amount) {
        return as(user).post("/api/cases/" + caseId + "/responses", Map.of("kind", "RESTITUTION_PAYMENT", "payments",
                List.of(Map.of("workerRef", workerRef, "amount", amount, "paidOn", LocalDate.now(clock).toString(),
                        "evidence", "cancelled check 1001"))));
    }

    /** Moves the clock past the case's next deadline and fires the timer waiting on it. */
    protected void passDeadline(long caseId) {
        LocalDate next = LocalDate.parse(get(caseId).path("nextDeadline").asText());
        LocalDate today = LocalDate.now(clock);
        clock.advance(Duration.ofDays(Math.max(1, next.toEpochDay() - today.toEpochDay() + 1)));
        Jobs.fireTimer(management, runtime, ComplianceCaseProcess.PROCESS_ID, String.valueOf(caseId),
                ComplianceCaseProcess.EVENT_CURE_ENDED);
    }

    protected String pdfText(String user, String path) {
        try (PDDocument doc = Loader.loadPDF(pdfBytes(user, path))) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The PDF at {@code path} as served, byte for byte. */
    protected byte[] pdfBytes(String user, String path) {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":" + TestUsers.PASSWORD).getBytes())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/pdf");
            return response.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
