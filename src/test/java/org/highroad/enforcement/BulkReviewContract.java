package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.highroad.enforcement.process.ComplianceCaseProcess;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bulk review of a case's findings (ADR 0021), run on H2 by {@link BulkReviewTest} and on PostgreSQL by
 * {@link BulkReviewPostgresTest}, on the README walkthrough's payroll: Andre Johnson (worker 5678) paid $42.00 an hour
 * with $25.00 to plans for 40 hours against the committed $45.00 and $26.85, so his base is $3.00 × 40 = $120.00 short
 * and his fringe $1.85 × 40 = $74.00 short; two share shortfalls owe no restitution. One decision with one reason for
 * a group, each finding recorded one by one, all or nothing; two bulk reviews of the same findings at once: one wins.
 */
abstract class BulkReviewContract extends CaseTest {

    private static final String REASON = "Rates checked against Schedule A and the timesheets";

    private long caseId;

    @BeforeEach
    void harborFilesTheWalkthroughPayroll() throws Exception {
        long contract = executedContract("Bulk review " + System.nanoTime());
        assertThat(send(TestUsers.HARBOR, "/api/contracts/" + contract + "/compliance-statements", "application/json",
                Files.readString(Path.of("docs/walkthrough/statement-of-compliance.json"))).status()).isEqualTo(201);
        Response payroll = post(TestUsers.HARBOR, contract, WEEK, Files.readString(Path.of("docs/walkthrough/payroll-week-1.csv")));
        assertThat(payroll.status()).as(payroll.body()).isEqualTo(201);
        caseId = caseOf(contract).path("id").asLong();
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_REVIEW_ROUND)).as("one task for the round").hasSize(1);
    }

    private Response bulk(String user, Map<String, Object> body) {
        return as(user).post("/api/cases/" + caseId + "/findings/review", body);
    }

    private long audited(String action) {
        Long n = jdbc.queryForObject("select count(*) from audit_event where subject_type = 'compliance-case' and subject_id = ? "
                + "and action = ?", Long.class, caseId, action);
        return n == null ? 0 : n;
    }

    private List<Long> findingsOf(String kind) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode f : get(caseId).path("findings")) {
            if (f.path("finding").path("kind").asText().equals(kind)) {
                ids.add(f.path("finding").path("id").asLong());
            }
        }
        return ids;
    }

    @Test
    void groupsByWorkerAndKindThenOneWorkersFindingsConfirmedTogetherEachRecordedOneByOne() {
        JsonNode byWorker = as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/findings/groups?by=worker").json();
        JsonNode andre = null;
        for (JsonNode g : byWorker) {
            if (g.path("key").asText().equals("5678")) {
                andre = g;
            }
        }
        assertThat(andre).as(byWorker.toString()).isNotNull();
        assertThat(andre.path("findings").asInt()).as("base and fringe").isEqualTo(2);
        assertThat(andre.path("pending").asInt()).isEqualTo(2);
        assertThat(andre.path("amountPending").decimalValue()).isEqualByComparingTo("194.00");
        assertThat(byWorker.get(0).path("key").asText()).as("the largest amount first").isEqualTo("5678");
        JsonNode byKind = as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/findings/groups?by=kind").json();
        Map<String, BigDecimal> amounts = new java.util.HashMap<>();
        byKind.forEach(g -> amounts.put(g.path("key").asText(), g.path("amountOwed").decimalValue()));
        assertThat(amounts.get("UNDERPAID_BASE")).isEqualByComparingTo("120.00");
        assertThat(amounts.get("FRINGE_SHORTFALL")).isEqualByComparingTo("74.00");
        assertThat(amounts.get("SHARE_SHORTFALL")).isEqualByComparingTo("0.00");
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/findings/groups?by=trade").status()).isEqualTo(400);
        assertThat(as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/findings/groups?by=worker").status()).isEqualTo(403);

        Response confirmed = bulk(TestUsers.AUDITOR, Map.of("workerRef", "5678", "decision", "CONFIRM", "reason", REASON));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().path("reviewed").asInt()).isEqualTo(2);
        assertThat(confirmed.json().path("pendingFindings").asInt()).as("the share shortfalls").isEqualTo(2);
        JsonNode c = get(caseId);
        assertThat(c.path("confirmedFindings").asInt()).isEqualTo(2);
        for (JsonNode f : c.path("findings")) {
            if (f.path("review").asText().equals("CONFIRMED")) {
                assertThat(f.path("reason").asText()).isEqualTo(REASON);
                assertThat(f.path("reviewedBy").asText()).isEqualTo(TestUsers.AUDITOR);
                assertThat(f.path("finding").path("status").asText()).isEqualTo("CONFIRMED");
            }
        }
        assertThat(audited("FINDING CONFIRMED")).as("one by one in the audit trail").isEqualTo(2);
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger").json().path("totals").path("owed").decimalValue())
                .isEqualByComparingTo("194.00");
        boolean step = false;
        for (JsonNode s : as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/steps").json()) {
            step |= s.path("step").asText().equals("FINDINGS") && s.path("decision").asText().equals("CONFIRMED")
                    && s.path("reason").asText().equals(REASON) && s.path("amount").decimalValue().compareTo(new BigDecimal("194.00")) == 0;
        }
        assertThat(step).as("the case's steps say what was confirmed together and why").isTrue();
        // the staff case page in Spanish says the step in Spanish, not "2 finding(s) confirmed together"
        org.highroad.support.PageSession page = new org.highroad.support.PageSession(port);
        page.signIn(TestUsers.AUDITOR, TestUsers.PASSWORD);
        String spanish = org.springframework.web.util.HtmlUtils.htmlUnescape(page.get("/staff/cases/" + caseId + "?lang=es").body());
        assertThat(spanish).containsPattern("2 hallazgos confirmados en conjunto: \\d+ y \\d+\\.")
                .doesNotContain("finding(s)", "confirmed together", "hallazgo(s)");
        page.get("/staff/cases/" + caseId + "?lang=en");
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_REVIEW_ROUND)).as("two findings of the round still pending").hasSize(1);

        Response dismissed = bulk(TestUsers.AUDITOR, Map.of("kind", "SHARE_SHORTFALL", "decision", "DISMISS",
                "reason", "First week of a 12-week contract; shares are measured at completion"));
        assertThat(dismissed.status()).as(dismissed.body()).isEqualTo(200);
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_REVIEW_ROUND)).as("the last review completed the round").isEmpty();
        JsonNode notices = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/notices").json();
        assertThat(notices).as("the notice is issued").hasSize(1);
        assertThat(notices.get(0).path("amountOwed").decimalValue()).isEqualByComparingTo("194.00");
    }

    @Test
    void aSelectionWithAFindingNotPendingIsRefusedWholeNamingItAndBadSelectionsAreNamed() {
        long base = findingsOf("UNDERPAID_BASE").get(0);
        long fringe = findingsOf("FRINGE_SHORTFALL").get(0);
        assertThat(as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/findings/" + base + "/review",
                Map.of("decision", "CONFIRM", "reason", REASON)).status()).isEqualTo(200);

        Response refused = bulk(TestUsers.AUDITOR, Map.of("findingIds", List.of(fringe, base), "decision", "CONFIRM", "reason", REASON));
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("finding [" + base + "] is not pending");
        assertThat(get(caseId).path("pendingFindings").asInt()).as("nothing half-written").isEqualTo(3);
        assertThat(audited("FINDING CONFIRMED")).isEqualTo(1);
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger").json().path("totals").path("owed").decimalValue())
                .isEqualByComparingTo("120.00");

        Response neither = bulk(TestUsers.AUDITOR, Map.of("decision", "CONFIRM", "reason", REASON));
        assertThat(neither.status()).isEqualTo(422);
        assertThat(neither.body()).contains("findingIds");
        Response noReason = bulk(TestUsers.AUDITOR, Map.of("kind", "SHARE_SHORTFALL", "decision", "DISMISS"));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("reason");
        assertThat(bulk(TestUsers.HARBOR, Map.of("kind", "SHARE_SHORTFALL", "decision", "DISMISS", "reason", "x")).status())
                .isEqualTo(403);
        assertThat(as(TestUsers.AUDITOR).post("/api/cases/999999/findings/review", Map.of("kind", "SHARE_SHORTFALL",
                "decision", "DISMISS", "reason", "x")).status()).isEqualTo(404);
        Response none = bulk(TestUsers.AUDITOR, Map.of("workerRef", "0000", "decision", "DISMISS", "reason", "x"));
        assertThat(none.status()).as("a group with nothing pending").isEqualTo(409);
    }

    @Test
    void twoBulkReviewsOfOverlappingFindingsAtOnceOneWinsTheOtherIs409AndNothingIsHalfWritten() throws Exception {
        List<Long> base = findingsOf("UNDERPAID_BASE");
        List<Long> fringe = findingsOf("FRINGE_SHORTFALL");
        List<Long> shares = findingsOf("SHARE_SHORTFALL");
        List<Long> first = new ArrayList<>(base);
        first.addAll(fringe);
        List<Long> second = new ArrayList<>(fringe);
        second.addAll(shares);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Response> confirm = () -> {
                start.await();
                return bulk(TestUsers.AUDITOR, Map.of("findingIds", first, "decision", "CONFIRM", "reason", REASON));
            };
            Callable<Response> dismiss = () -> {
                start.await();
                return bulk(TestUsers.AUDITOR, Map.of("findingIds", second, "decision", "DISMISS", "reason", "Not this week's"));
            };
            Future<Response> a = pool.submit(confirm);
            Future<Response> b = pool.submit(dismiss);
            start.countDown();
            List<Integer> statuses = List.of(a.get().status(), b.get().status());
            assertThat(statuses).as(a.get().body() + " / " + b.get().body()).containsExactlyInAnyOrder(200, 409);
            Response lost = a.get().status() == 409 ? a.get() : b.get();
            // the loser waited for the winner's locks and found the finding reviewed (PostgreSQL); H2's MVStore refuses the
            // wait's row as a concurrent update instead: a 409 either way, and nothing of the loser written
            assertThat(lost.body()).containsAnyOf("finding [" + fringe.get(0) + "] is not pending", "at the same time");
            JsonNode c = get(caseId);
            if (a.get().status() == 200) {
                assertThat(c.path("confirmedFindings").asInt()).isEqualTo(first.size());
                assertThat(c.path("dismissedFindings").asInt()).isZero();
                assertThat(audited("FINDING CONFIRMED")).isEqualTo(first.size());
                assertThat(audited("FINDING DISMISSED")).isZero();
            } else {
                assertThat(c.path("dismissedFindings").asInt()).isEqualTo(second.size());
                assertThat(c.path("confirmedFindings").asInt()).isZero();
                assertThat(audited("FINDING DISMISSED")).isEqualTo(second.size());
                assertThat(audited("FINDING CONFIRMED")).isZero();
                assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger").json().path("entries")).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
