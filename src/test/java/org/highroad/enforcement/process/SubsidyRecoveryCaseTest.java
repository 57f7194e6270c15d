package org.highroad.enforcement.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.highroad.subsidies.PayCsv;
import org.highroad.subsidies.SubsidiesTest;
import org.highroad.subsidies.SubsidyClawbackFound;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A wage-subsidy clawback through the compliance-case process: the hire's pay records show a wage below the approved
 * one, the $440.00 reimbursed for the hire (40 hours x 50% x $22.00) is a subsidy recovery owed to the program, a case
 * about the agreement opens, the auditor confirms, the notice names the program, the agreement and the amount, the
 * employer repays with evidence, the auditor verifies, the case closes and the employer's record says so. One case per
 * clawback, however often it is posted or announced.
 */
class SubsidyRecoveryCaseTest extends SubsidiesTest {

    @Autowired
    private RuntimeService runtime;
    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private org.springframework.transaction.PlatformTransactionManager transactionManager;

    @Test
    void aWageBelowTheApprovedOneBecomesACaseTheEmployerRepaysAndTheAuditorClosesAsResolved() {
        Hired hired = hiredAndWorked(TestUsers.HARBOR, "R-1");
        long program = hired.program();
        long id = hired.id();
        LocalDate w1 = hired.firstWeekEnding();
        // week 1 at $22.00: 40 h x $11.00 = $440.00 paid; week 2 at $21.00, below the approved $22.00: not paid, clawed back
        Response claim = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/claims", Map.of("milestone", "MIDPOINT",
                "weeks", List.of(Map.of("weekEnding", w1.toString(), "csv", PayCsv.week("R-1", "22.00", List.of(8, 8, 8, 8, 8))),
                        Map.of("weekEnding", w1.plusDays(7).toString(), "csv", PayCsv.week("R-1", "21.00", List.of(8, 8, 8, 8, 8))))));
        assertThat(claim.status()).as(claim.body()).isEqualTo(201);
        assertThat(claim.json().path("amount").decimalValue()).isEqualByComparingTo("440.00");

        JsonNode opened = subsidyCase(id);
        long caseId = opened.path("id").asLong();
        assertThat(opened.path("subject").asText()).isEqualTo("SUBSIDY_AGREEMENT");
        assertThat(opened.path("contractId").isNull() || opened.path("contractId").isMissingNode()).isTrue();
        assertThat(opened.path("amountOwed").decimalValue()).as("the amount to recover").isEqualByComparingTo("440.00");
        JsonNode recovery = opened.path("findings").get(0).path("recovery");
        assertThat(recovery.path("ground").asText()).isEqualTo("WAGE_BELOW_APPROVED");
        assertThat(recovery.path("workerRef").asText()).isEqualTo("R-1");
        assertThat(recovery.path("ruleCited").asText()).contains("20 CFR 680.700(a)").contains("2 CFR 200.346");
        String payee = recovery.path("payee").asText();
        assertThat(payee).startsWith("OJT-");

        // permissions: the employer reads its case, another contractor does not learn it exists
        assertThat(as(TestUsers.HARBOR).get("/api/cases/" + caseId).status()).isEqualTo(200);
        assertThat(as(TestUsers.NORTHSIDE).get("/api/cases/" + caseId).status()).isEqualTo(404);
        assertThat(as(TestUsers.NORTHSIDE).all("/api/cases").json().findValuesAsText("id")).doesNotContain(String.valueOf(caseId));
        assertThat(as(TestUsers.NORTHSIDE).post("/api/cases/" + caseId + "/responses", repayment(payee, "440.00")).status())
                .isEqualTo(404);

        Jobs.runDue(management);
        Response reviewed = as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/findings/" + recovery.path("id").asLong()
                + "/review", Map.of("decision", "CONFIRM", "reason", "Pay records show $21.00 an hour"));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        Jobs.runDue(management);

        JsonNode notice = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/notices").json().get(0);
        assertThat(notice.path("amountOwed").decimalValue()).isEqualByComparingTo("440.00");
        assertThat(notice.path("correctionPayrollRequired").asBoolean()).isFalse();
        String pdf = pdfText(TestUsers.HARBOR, notice.path("pdf").asText());
        assertThat(pdf).contains("Notice of subsidy recovery").contains("Demo City on-the-job training")
                .contains("training agreement of subsidy request " + id).contains("Total to repay to the program")
                .contains("$440.00").contains("Repay by " + java.time.LocalDate.parse(notice.path("cureDue").asText())
                        .format(java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", java.util.Locale.US))).contains(payee);
        JsonNode noticed = as(TestUsers.AUDITOR).get("/api/cases/" + caseId).json();
        assertThat(noticed.path("outstanding").decimalValue()).isEqualByComparingTo("440.00");

        // a subsidy case has no payroll to correct: refused naming the field
        Response correction = as(TestUsers.HARBOR).post("/api/cases/" + caseId + "/responses",
                Map.of("kind", "CORRECTION_PAYROLL", "submissionId", 1));
        assertThat(correction.status()).as(correction.body()).isEqualTo(422);
        assertThat(correction.errorFor("kind")).contains("no payroll");

        Response repaid = as(TestUsers.HARBOR).post("/api/cases/" + caseId + "/responses", repayment(payee, "440.00"));
        assertThat(repaid.status()).as(repaid.body()).isEqualTo(201);
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId).json().path("outstanding").decimalValue())
                .isEqualByComparingTo("0.00");
        Jobs.runDue(management);
        Response verified = as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/verification",
                Map.of("decision", "CURED", "reason", "Repayment received, check 2207"));
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);

        JsonNode closed = as(TestUsers.AUDITOR).get("/api/cases/" + caseId).json();
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("outcome").asText()).isEqualTo("RESOLVED");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ComplianceCaseProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(caseId)).count()).isZero();

        long vendor = read(TestUsers.HARBOR, id).path("vendorId").asLong();
        JsonNode entry = null;
        for (JsonNode e : as(TestUsers.HARBOR).get("/api/vendors/" + vendor + "/compliance-record").json().path("entries")) {
            if (e.path("caseId").asLong() == caseId) {
                entry = e;
            }
        }
        assertThat(entry).as("the employer's record has the case").isNotNull();
        assertThat(entry.path("kind").asText()).as("owed to a program, not wages").isEqualTo("OTHER_LABOR_VIOLATION");
        assertThat(entry.path("description").asText()).contains("subsidy recovery").contains("to repay $440.00, repaid $440.00")
                .contains("closed RESOLVED");
        assertThat(entry.path("resolved").asBoolean()).isTrue();
    }

    @Test
    void notRepaidByTheCureDateTheLadderAdvisesWithholdingTheOutstandingRecoveryAndFinesCarryNoAmount() {
        Hired hired = hiredAndWorked(TestUsers.HARBOR, "U-1");
        long id = hired.id();
        LocalDate start = hired.start();
        as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/claims", Map.of("milestone", "MIDPOINT",
                "weeks", List.of(Map.of("weekEnding", start.plusDays(6).toString(), "csv", PayCsv.week("U-1", "22.00", List.of(8, 8, 8, 8, 8))))));
        Response ended = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/hires/U-1/end",
                Map.of("endedOn", today().toString(), "withCause", false, "reason", "Left without notice"));
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        JsonNode opened = subsidyCase(id);
        long caseId = opened.path("id").asLong();
        Jobs.runDue(management);
        assertThat(as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/findings/" + opened.path("findings").get(0).path("recovery")
                .path("id").asLong() + "/review", Map.of("decision", "CONFIRM", "reason", "Ended without cause")).status()).isEqualTo(200);
        Jobs.runDue(management);
        JsonNode noticed = as(TestUsers.AUDITOR).get("/api/cases/" + caseId).json();
        // the cure period of the demo's WIOA standard, counted in business days from the notice
        assertThat(noticed.path("cureDue").asText()).isNotBlank();

        LocalDate next = LocalDate.parse(noticed.path("nextDeadline").asText());
        clock.advance(Duration.ofDays(next.toEpochDay() - today().toEpochDay() + 1));
        Jobs.fireTimer(management, runtime, ComplianceCaseProcess.PROCESS_ID, String.valueOf(caseId),
                ComplianceCaseProcess.EVENT_CURE_ENDED);
        Response applied = as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/escalation",
                Map.of("decision", "APPLY", "reason", "Recovery unpaid past the repay-by date"));
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        JsonNode steps = as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/steps").json();
        JsonNode last = steps.get(steps.size() - 1);
        assertThat(last.path("step").asText()).isEqualTo("WITHHOLDING");
        assertThat(last.path("amount").decimalValue()).as("the outstanding $440.00, offset from payments due")
                .isEqualByComparingTo("440.00");
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId).json().path("escalationStep").asText()).isEqualTo("WITHHOLDING");
    }

    @Test
    void displacementsPostedAtOnceOpenOneCase() throws Exception {
        Hired hired = hiredAndWorked(TestUsers.NORTHSIDE, "P-1");
        long id = hired.id();
        LocalDate start = hired.start();
        Response paid = as(TestUsers.NORTHSIDE).post("/api/subsidy-requests/" + id + "/claims", Map.of("milestone", "MIDPOINT",
                "weeks", List.of(Map.of("weekEnding", start.plusDays(6).toString(), "csv", PayCsv.week("P-1", "22.00", List.of(8, 8, 8, 8, 8))))));
        assertThat(paid.json().path("amount").decimalValue()).isEqualByComparingTo("440.00");

        List<Integer> statuses = atOnce(4, () -> as(TestUsers.STAFF).post("/api/subsidy-requests/" + id + "/clawbacks",
                Map.of("detail", "Complaint upheld: a current operator's hours were cut")).status());
        assertThat(statuses).containsOnlyOnce(201).allMatch(s -> s == 201 || s == 200);
        assertThat(casesOf(id)).as("one case for one clawback").isEqualTo(1);
        assertThat(subsidyCase(id).path("amountOwed").decimalValue()).isEqualByComparingTo("440.00");
    }

    @Test
    void theSameClawbackAnnouncedAgainOrAtOnceOpensNoSecondCase() throws Exception {
        Hired hired = hiredAndWorked(TestUsers.HARBOR, "Q-1");
        long program = hired.program();
        long id = hired.id();
        LocalDate start = hired.start();
        as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/claims", Map.of("milestone", "MIDPOINT",
                "weeks", List.of(Map.of("weekEnding", start.plusDays(6).toString(), "csv", PayCsv.week("Q-1", "22.00", List.of(8, 8, 8, 8, 8))))));
        Response ended = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/hires/Q-1/end",
                Map.of("endedOn", today().toString(), "withCause", false, "reason", "Left without notice"));
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(casesOf(id)).isEqualTo(1);

        // the event delivered again (as an outbox may), once and then four times at once: still one case
        JsonNode clawback = as(TestUsers.STAFF).get("/api/subsidy-requests/" + id + "/clawbacks").json().get(0);
        JsonNode recovery = subsidyCase(id).path("findings").get(0).path("recovery");
        SubsidyClawbackFound again = new SubsidyClawbackFound(clawback.path("id").asLong(), id,
                read(TestUsers.HARBOR, id).path("vendorId").asLong(), program, recovery.path("payee").asText(), "Demo City on-the-job training",
                recovery.path("agreement").asText(), "ENDED_EARLY", "Q-1", new BigDecimal("440.00"), "again", "rule", "DEMO-CITY", 10,
                clock.instant());
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        transactions.executeWithoutResult(t -> events.publishEvent(again));
        atOnce(4, () -> {
            transactions.executeWithoutResult(t -> events.publishEvent(again));
            return 0;
        });
        assertThat(casesOf(id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from subsidy_recovery_finding where request_id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    private int casesOf(long requestId) {
        return jdbc.queryForObject("select count(*) from compliance_case where subsidy_request_id = ?", Integer.class, requestId);
    }

    private JsonNode subsidyCase(long requestId) {
        for (JsonNode c : as(TestUsers.AUDITOR).all("/api/cases").json()) {
            if (c.path("subsidyRequestId").asLong() == requestId) {
                return c;
            }
        }
        throw new AssertionError("no case for subsidy request " + requestId);
    }

    private Map<String, Object> repayment(String payee, String amount) {
        return Map.of("kind", "RESTITUTION_PAYMENT", "payments", List.of(Map.of("workerRef", payee, "amount", amount,
                "paidOn", LocalDate.now(clock).toString(), "evidence", "check 2207 to the program")));
    }

    private static List<Integer> atOnce(int n, java.util.concurrent.Callable<Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                all.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> f : all) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private String pdfText(String user, String path) {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":" + TestUsers.PASSWORD).getBytes())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            try (PDDocument doc = Loader.loadPDF(response.body())) {
                return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
