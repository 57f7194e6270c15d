package org.highroad.enforcement.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highroad.enforcement.CaseTest;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every path of a compliance case, timers fired by hand: dismissed; cured in time; not cured → withholding
 * → fines → debarment referral; a subcontractor's case (the prime is notified); closing with money outstanding.
 */
class CaseLifecycleTest extends CaseTest {

    private static final Set<String> UNDERPAYMENT = Set.of("UNDERPAID_BASE");

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void releasesSentTogetherAreCheckedOneAtATimeAndNeverReleaseMoreThanIsHeld() throws Exception {
        long caseId = openCase("Case releases");
        reviewAll(caseId, UNDERPAYMENT);
        assertThat(as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/ledger/withholdings", Map.of("amount", "200.00",
                "paymentReference", "Pay application 7")).status()).isEqualTo(200);

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/ledger/releases", Map.of("amount", "150.00",
                        "reason", "Restitution paid in full, per the auditor")).status();
            }));
        }
        start.countDown();
        List<Integer> statuses = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<Integer> a : answers) {
            statuses.add(a.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(statuses).as("one release of $150.00 out of $200.00 held").containsOnlyOnce(200).doesNotContain(500);
        Response ledger = as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger");
        assertThat(ledger.status()).as(ledger.body()).isEqualTo(200);
        assertThat(ledger.json().path("entries").findValuesAsText("kind")).containsOnlyOnce("RELEASED");
        assertThat(as(TestUsers.AUDITOR).all("/api/cases").status()).isEqualTo(200);
    }

    @Test
    void aNoticeIsServedByteForByteAsIssuedFromTheDatabaseWhateverTheClockOrTheRenderingSay() {
        long caseId = openCase("Case notice kept");
        reviewAll(caseId, UNDERPAYMENT);
        JsonNode notice = as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/notices").json().get(0);
        String path = notice.path("pdf").asText();
        byte[] sent = pdfBytes(TestUsers.HARBOR, path);
        byte[] kept = jdbc.queryForObject("select content from issued_document where kind = 'case-notice' and subject_id = ?",
                byte[].class, notice.path("id").asLong());
        assertThat(sent).as("served from what was kept when it was issued").isEqualTo(kept);

        clock.advance(java.time.Duration.ofDays(40));
        assertThat(pdfBytes(TestUsers.AUDITOR, path)).as("40 days later, for another reader").isEqualTo(sent);

        // what a node without the kept document would serve: a new rendering, another creation date, other bytes
        jdbc.update("delete from issued_document where kind = 'case-notice' and subject_id = ?", notice.path("id").asLong());
        byte[] rendered = pdfBytes(TestUsers.AUDITOR, path);
        assertThat(rendered).isNotEqualTo(sent);
        assertThat(pdfText(TestUsers.AUDITOR, path)).contains("Notice of non-compliance", "$200.00");
        assertThat(pdfBytes(TestUsers.AUDITOR, path)).as("a notice issued before documents were kept is kept once rendered")
                .isEqualTo(rendered);
    }

    @Test
    void everyFindingDismissedClosesTheCaseAsDismissed() {
        long caseId = openCase("Case dismissed");
        reviewAll(caseId, Set.of());
        JsonNode c = get(caseId);
        assertThat(c.path("status").asText()).isEqualTo("CLOSED");
        assertThat(c.path("outcome").asText()).isEqualTo("DISMISSED");
        assertThat(c.path("nextDeadline").isNull() || c.path("nextDeadline").isMissingNode()).isTrue();
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/notices").json()).isEmpty();
        assertThat(processEnded(caseId)).isTrue();
    }

    @Test
    void curedInTimeTheContractorPaysTheAuditorVerifiesAndTheCaseClosesWithAZeroBalance() {
        long caseId = openCase("Case cured");
        reviewAll(caseId, UNDERPAYMENT);

        JsonNode c = get(caseId);
        assertThat(c.path("status").asText()).isEqualTo("OPEN");
        assertThat(c.path("outstanding").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(c.path("cureDue").asText()).isEqualTo(c.path("nextDeadline").asText());
        JsonNode notices = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/notices").json();
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).path("amountOwed").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(notices.get(0).path("cureBusinessDays").asInt()).isEqualTo(10);
        String pdf = pdfText(TestUsers.HARBOR, notices.get(0).path("pdf").asText());
        assertThat(pdf).contains("Notice of non-compliance", "Harbor Builders LLC", "$200.00", "5678",
                "Cure by " + java.time.LocalDate.parse(c.path("cureDue").asText()).format(java.time.format.DateTimeFormatter
                        .ofPattern("MMMM d, uuuu", java.util.Locale.US)), "29 CFR 5.5(a)(1)");
        assertThat(as(TestUsers.NORTHSIDE).get("/api/cases/" + caseId + "/notices").status()).isEqualTo(404);

        JsonNode ledger = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/ledger").json();
        assertThat(ledger.path("totals").path("owed").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(ledger.path("workers").get(0).path("workerRef").asText()).isEqualTo("5678");
        assertThat(ledger.path("contractors").get(0).path("recommendedWithholding").decimalValue()).isEqualByComparingTo("200.00");

        assertThat(pay(TestUsers.NORTHSIDE, caseId, "5678", "200.00").status()).as("not its case").isEqualTo(404);
        Response overpaidUnknown = pay(TestUsers.HARBOR, caseId, "9999", "10.00");
        assertThat(overpaidUnknown.status()).isEqualTo(422);
        assertThat(overpaidUnknown.errorFor("payments[0].workerRef")).contains("nothing is owed to worker 9999");
        java.util.List<Object> nullLine = new java.util.ArrayList<>();
        nullLine.add(null);
        Response noLine = as(TestUsers.HARBOR).post("/api/cases/" + caseId + "/responses",
                Map.of("kind", "RESTITUTION_PAYMENT", "payments", nullLine));
        assertThat(noLine.status()).as(noLine.body()).isEqualTo(422);
        assertThat(noLine.body()).contains("payments[0]");
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_VERIFY)).as("a refused payment leaves nothing").isEmpty();
        Response paid = pay(TestUsers.HARBOR, caseId, "5678", "200.00");
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        assertThat(pdfText(TestUsers.AUDITOR, notices.get(0).path("pdf").asText())).as("the notice as it was sent, not today's ledger")
                .contains("5678 $200.00 $0.00 $200.00");
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_VERIFY)).hasSize(1);
        assertThat(tasks.getVariables(openTasks(caseId, ComplianceCaseProcess.TASK_VERIFY).get(0).getId()))
                .as("the case is read from its API, not copied into the task").doesNotContainKey("caseSummary");
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/responses").body()).contains("RESTITUTION_PAYMENT");

        assertThat(decide(TestUsers.HARBOR, caseId, "verification", "CURED", "").status()).isEqualTo(403);
        Response verified = decide(TestUsers.AUDITOR, caseId, "verification", "CURED", "");
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        c = get(caseId);
        assertThat(c.path("status").asText()).isEqualTo("CLOSED");
        assertThat(c.path("outcome").asText()).isEqualTo("RESOLVED");
        assertThat(c.path("outstanding").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(processEnded(caseId)).isTrue();
        JsonNode steps = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/steps").json();
        assertThat(steps.findValuesAsText("step")).containsExactly("NOTICE", "VERIFICATION");
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/steps").json().get(1).path("decidedBy").asText())
                .isEqualTo(TestUsers.AUDITOR);
        String instance = history.createHistoricProcessInstanceQuery().processDefinitionKey(ComplianceCaseProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(caseId)).singleResult().getId();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).list())
                .extracting(org.operaton.bpm.engine.history.HistoricVariableInstance::getName)
                .as("the reviews' and the verification's answers are the case's records, not the engine's")
                .doesNotContain(ComplianceCaseProcess.VAR_DECISION, ComplianceCaseProcess.VAR_REASON, "findingSummary", "caseSummary");
    }

    @Test
    void closingWithRestitutionOutstandingIsRefusedWithoutAReasonAndNotCuredKeepsTheCureRunning() {
        long caseId = openCase("Case outstanding");
        reviewAll(caseId, UNDERPAYMENT);
        assertThat(as(TestUsers.HARBOR).post("/api/cases/" + caseId + "/responses", Map.of("kind", "CORRECTIVE_ACTION_PLAN",
                "text", "Payroll clerk retrained; rates now read from Schedule A")).status()).isEqualTo(201);
        Response unknown = decide(TestUsers.AUDITOR, caseId, "verification", "DONE", "");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorFor("decision")).contains("CURED or NOT_CURED");
        Response refused = decide(TestUsers.AUDITOR, caseId, "verification", "CURED", "");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("$200.00 is outstanding");
        Response notCured = decide(TestUsers.AUDITOR, caseId, "verification", "NOT_CURED", "Lee has not been paid the $200.00");
        assertThat(notCured.status()).as(notCured.body()).isEqualTo(200);
        assertThat(get(caseId).path("status").asText()).isEqualTo("OPEN");

        assertThat(pay(TestUsers.HARBOR, caseId, "5678", "150.00").status()).isEqualTo(201);
        Response withReason = decide(TestUsers.AUDITOR, caseId, "verification", "CURED",
                "Worker left the state; remaining $50.00 deposited with the Department of Labor");
        assertThat(withReason.status()).as(withReason.body()).isEqualTo(200);
        JsonNode c = get(caseId);
        assertThat(c.path("outcome").asText()).isEqualTo("RESOLVED");
        assertThat(c.path("closedReason").asText()).contains("Department of Labor");
        assertThat(c.path("outstanding").decimalValue()).isEqualByComparingTo("50.00");
    }

    @Test
    void notCuredTheLadderRecommendsWithholdingThenFinesThenADebarmentReferralThatAnAdminApproves() {
        long caseId = openCase("Case escalated");
        reviewAll(caseId, UNDERPAYMENT);
        long vendor = get(caseId).path("vendorId").asLong();

        passDeadline(caseId);
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_APPROVE_ESCALATION)).hasSize(1);
        assertThat(tasks.getVariable(openTasks(caseId, ComplianceCaseProcess.TASK_APPROVE_ESCALATION).get(0).getId(), "nextStep"))
                .isEqualTo("WITHHOLDING");
        Response noWhy = decide(TestUsers.AUDITOR, caseId, "escalation", "APPLY", "");
        assertThat(noWhy.status()).as("a reason is required, at its field").isEqualTo(422);
        assertThat(noWhy.errorFor("reason")).contains("an escalation step is recorded with why");
        assertThat(decide(TestUsers.AUDITOR, caseId, "escalation", "APPLY", "Restitution unpaid past the cure date").status())
                .isEqualTo(200);
        JsonNode c = get(caseId);
        assertThat(c.path("escalationStep").asText()).isEqualTo("WITHHOLDING");
        JsonNode withholding = as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/steps").json();
        JsonNode applied = withholding.get(withholding.size() - 1);
        assertThat(applied.path("step").asText()).isEqualTo("WITHHOLDING");
        assertThat(applied.path("amount").decimalValue()).as("what is owed and not yet held").isEqualByComparingTo("200.00");
        assertThat(applied.path("decidedBy").asText()).isEqualTo(TestUsers.AUDITOR);
        assertThat(as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/ledger/withholdings", Map.of("amount", "200.00",
                "paymentReference", "Pay application 4")).status()).isEqualTo(200);

        passDeadline(caseId);
        assertThat(tasks.getVariable(openTasks(caseId, ComplianceCaseProcess.TASK_APPROVE_ESCALATION).get(0).getId(), "nextStep"))
                .isEqualTo("FINES");
        assertThat(decide(TestUsers.AUDITOR, caseId, "escalation", "APPLY", "Violations still open after withholding").status())
                .isEqualTo(200);
        JsonNode steps = as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/steps").json();
        JsonNode fines = steps.get(steps.size() - 1);
        assertThat(fines.path("step").asText()).isEqualTo("FINES");
        long daysPastCure = ChronoUnit.DAYS.between(LocalDate.parse(get(caseId).path("cureDue").asText()), LocalDate.now(clock));
        assertThat(daysPastCure).as("two checks of 10 business days each after the cure date").isBetween(14L, 30L);
        assertThat(fines.path("amount").decimalValue()).as("$300 per violation per calendar day past cure, 1 violation, cap $30,000")
                .isEqualByComparingTo(new java.math.BigDecimal(300 * daysPastCure).setScale(2));

        passDeadline(caseId);
        assertThat(tasks.getVariable(openTasks(caseId, ComplianceCaseProcess.TASK_APPROVE_ESCALATION).get(0).getId(), "nextStep"))
                .isEqualTo("DEBARMENT_REFERRAL");
        assertThat(decide(TestUsers.AUDITOR, caseId, "escalation", "APPLY", "Neither withholding nor fines brought a cure")
                .status()).isEqualTo(200);
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_APPROVE_DEBARMENT)).hasSize(1);
        assertThat(decide(TestUsers.AUDITOR, caseId, "debarment-referral", "APPROVE", "Auditor cannot approve alone")
                .status()).isEqualTo(403);
        Response shortReason = decide(TestUsers.ADMIN, caseId, "debarment-referral", "APPROVE", "Refer them");
        assertThat(shortReason.status()).as("approving closes the case with $200.00 owed: the closing reason is needed")
                .isEqualTo(409);
        assertThat(shortReason.body()).contains("$200.00 is outstanding");
        Response approved = decide(TestUsers.ADMIN, caseId, "debarment-referral", "APPROVE",
                "Persistent disregard of obligations to employees; restitution goes to the debarring official");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        c = get(caseId);
        assertThat(c.path("status").asText()).isEqualTo("CLOSED");
        assertThat(c.path("outcome").asText()).isEqualTo("REFERRED_FOR_DEBARMENT");
        assertThat(processEnded(caseId)).isTrue();
        JsonNode debarments = as(TestUsers.AUDITOR).get("/api/vendors/" + vendor).json().path("debarments");
        JsonNode referral = debarments.get(debarments.size() - 1);
        assertThat(referral.path("status").asText()).isEqualTo("PENDING");
        assertThat(referral.path("caseId").asLong()).isEqualTo(caseId);
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/steps").json().findValuesAsText("decision"))
                .contains("APPLIED", "APPROVED");
    }

    @Test
    void aSubcontractorsCaseIsNoticedToTheSubcontractorAndTheLiablePrime() {
        long contract = contractWithStatement("Subcontractor notice");
        long northside = users.vendorOf(TestUsers.NORTHSIDE);
        assertThat(as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/subcontractors", Map.of("vendorId", northside,
                "trade", "Electrical", "startsOn", "2027-01-04", "endsOn", "2027-01-29")).status()).isEqualTo(200);
        assertThat(as(TestUsers.NORTHSIDE).post("/api/contracts/" + contract + "/compliance-statements", statement(List.of()))
                .status()).isEqualTo(201);
        assertThat(post(TestUsers.NORTHSIDE, contract, WEEK, HEADER + "\n" + row(1, "Lee", "5678", "55.00", "2200.00",
                ELECTRICIAN) + "\n").status()).isEqualTo(201);
        long caseId = caseOf(contract, northside).path("id").asLong();
        reviewAll(caseId, UNDERPAYMENT);

        JsonNode notice = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/notices").json().get(0);
        long harbor = get(caseId).path("primeVendorId").asLong();
        assertThat(notice.path("addressedTo").findValuesAsText("")).isEmpty();
        assertThat(List.of(notice.path("addressedTo").get(0).asLong(), notice.path("addressedTo").get(1).asLong()))
                .containsExactly(northside, harbor);
        String pdf = pdfText(TestUsers.HARBOR, notice.path("pdf").asText());
        assertThat(pdf).contains("Harbor Builders LLC", "prime contractor, which is liable", "$200.00");
        assertThat(pdfText(TestUsers.NORTHSIDE, notice.path("pdf").asText())).contains("Notice of non-compliance");

        // the prime may pay on its subcontractor's behalf; the ledger books it to the subcontractor's worker
        assertThat(pay(TestUsers.HARBOR, caseId, "5678", "200.00").status()).isEqualTo(201);
        assertThat(decide(TestUsers.AUDITOR, caseId, "verification", "CURED", "").status()).isEqualTo(200);
        assertThat(get(caseId).path("outcome").asText()).isEqualTo("RESOLVED");
    }

    @Test
    void aFindingConfirmedDuringTheCurePeriodIsPutInAnAmendedNotice() {
        long caseId = openCase("Case amended");
        reviewAll(caseId, UNDERPAYMENT);
        long contract = get(caseId).path("contractId").asLong();
        assertThat(post(TestUsers.HARBOR, contract, "2027-01-16", HEADER + "\n" + row(1, "Lee", "5678", "50.00", "2000.00",
                ELECTRICIAN) + "\n").status()).isEqualTo(201);
        assertThat(get(caseId).path("pendingFindings").asInt()).isPositive();
        reviewAll(caseId, UNDERPAYMENT);
        JsonNode notices = as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/notices").json();
        assertThat(notices).hasSize(2);
        assertThat(notices.get(1).path("amountOwed").decimalValue()).isGreaterThan(notices.get(0).path("amountOwed").decimalValue());
        assertThat(pdfText(TestUsers.AUDITOR, notices.get(1).path("pdf").asText())).contains("(amended)");
    }

    @Test
    void aCorrectionPayrollLeavesTheConfirmedFindingOwedOnceAndShowsWhatItOwesNow() {
        long caseId = openCase("Case correction payroll");
        reviewAll(caseId, UNDERPAYMENT);
        assertThat(get(caseId).path("outstanding").decimalValue()).isEqualByComparingTo("200.00");
        long contract = get(caseId).path("contractId").asLong();

        // the week again, corrected: Lee now at $57.50 of the committed $60.00. A certified correction is no proof of
        // payment (ADR 0030): the confirmed $200.00 stands, the violation found again is not owed a second time, and
        // the $100.00 the correction owes for it now is shown beside it for the auditor
        Response correction = post(TestUsers.HARBOR, contract, WEEK, HEADER + "\n"
                + row(1, "Garcia", "1234", "60.00", "2400.00", ELECTRICIAN) + "\n"
                + row(2, "Lee", "5678", "57.50", "2300.00", ELECTRICIAN) + "\n");
        assertThat(correction.status()).as(correction.body()).isEqualTo(201);
        JsonNode c = get(caseId);
        assertThat(c.path("outstanding").decimalValue()).as("nothing reversed").isEqualByComparingTo("200.00");
        assertThat(c.path("pendingFindings").asInt()).as("no second finding for the same violation").isZero();
        assertThat(c.path("amountOwed").decimalValue()).as("owed once").isEqualByComparingTo("200.00");
        JsonNode confirmed = null;
        for (JsonNode f : c.path("findings")) {
            if (f.path("review").asText().equals("CONFIRMED")) {
                confirmed = f;
            }
        }
        assertThat(confirmed.path("recheck").path("submissionId").asLong()).isEqualTo(correction.json().path("id").asLong());
        assertThat(confirmed.path("recheck").path("stillFound").asBoolean()).isTrue();
        assertThat(confirmed.path("recheck").path("amountNow").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(confirmed.path("recheck").path("difference").decimalValue()).isEqualByComparingTo("-100.00");
        JsonNode ledger = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/ledger").json();
        assertThat(ledger.path("entries").findValuesAsText("kind")).containsOnlyOnce("OWED").doesNotContain("OWED_REVERSED");
        assertThat(ledger.path("totals").path("outstanding").decimalValue()).isEqualByComparingTo("200.00");
    }

    @Test
    void aPaymentMadeWhileAnEscalationIsDecidedIsVerifiedWhenTheCaseWaitsAgain() {
        long caseId = openCase("Case pays during escalation");
        reviewAll(caseId, UNDERPAYMENT);
        passDeadline(caseId);
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_APPROVE_ESCALATION)).hasSize(1);

        assertThat(pay(TestUsers.HARBOR, caseId, "5678", "200.00").status()).isEqualTo(201);
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_VERIFY)).as("the escalation decision is still open").isEmpty();
        assertThat(decide(TestUsers.AUDITOR, caseId, "escalation", "HOLD", "The contractor has just paid; verify first")
                .status()).isEqualTo(200);

        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_VERIFY)).as("the payment is not lost").hasSize(1);
        assertThat(decide(TestUsers.AUDITOR, caseId, "verification", "CURED", "Paid in full, cancelled check seen").status())
                .isEqualTo(200);
        assertThat(get(caseId).path("outcome").asText()).isEqualTo("RESOLVED");
        assertThat(processEnded(caseId)).isTrue();
    }

    /** A case whose $200.00 underpayment is confirmed and half paid, its verify task open. */
    private long halfPaidAwaitingVerification(String title) {
        long caseId = openCase(title);
        reviewAll(caseId, UNDERPAYMENT);
        assertThat(pay(TestUsers.HARBOR, caseId, "5678", "100.00").status()).isEqualTo(201);
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_VERIFY)).hasSize(1);
        return caseId;
    }

    @Test
    void aResponseSentWhileAVerificationIsOpenIsVerifiedInATaskOfItsOwn() {
        long caseId = halfPaidAwaitingVerification("Case responds during verification");
        assertThat(as(TestUsers.HARBOR).post("/api/cases/" + caseId + "/responses", Map.of("kind", "CORRECTIVE_ACTION_PLAN",
                "text", "Payroll clerk retrained; rates checked against Schedule A every week")).status()).isEqualTo(201);

        assertThat(decide(TestUsers.AUDITOR, caseId, "verification", "NOT_CURED", "Half of the back wages are still unpaid")
                .status()).isEqualTo(200);
        List<org.operaton.bpm.engine.task.Task> again = openTasks(caseId, ComplianceCaseProcess.TASK_VERIFY);
        assertThat(again).as("the plan came after the first task was made: it gets its own").hasSize(1);
        assertThat(((Number) tasks.getVariable(again.get(0).getId(), ComplianceCaseProcess.VAR_RESPONSES_THROUGH)).longValue())
                .as("the new task covers the plan").isEqualTo(lastResponse(caseId));
        assertThat(decide(TestUsers.AUDITOR, caseId, "verification", "NOT_CURED", "The plan is fine, $100.00 still unpaid")
                .status()).isEqualTo(200);
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_VERIFY)).as("both responses verified").isEmpty();
    }

    @Test
    void findingsThatJoinWhileAVerificationIsOpenAreReviewedWhenItEnds() {
        long caseId = halfPaidAwaitingVerification("Case joins during verification");
        long contract = get(caseId).path("contractId").asLong();
        assertThat(post(TestUsers.HARBOR, contract, "2027-01-16", HEADER + "\n" + row(1, "Lee", "5678", "50.00", "2000.00",
                ELECTRICIAN) + "\n").status()).isEqualTo(201);
        int joined = get(caseId).path("pendingFindings").asInt();
        assertThat(joined).isPositive();
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_REVIEW_ROUND)).as("the verification is open").isEmpty();

        // the findings noticed are half paid: not cured, joined findings or not (ADR 0033)
        Response cured = decide(TestUsers.AUDITOR, caseId, "verification", "CURED", "Looks paid");
        assertThat(cured.status()).isEqualTo(409);
        assertThat(cured.body()).contains("restitution of $100.00 is outstanding");
        assertThat(decide(TestUsers.AUDITOR, caseId, "verification", "NOT_CURED", "Half of the back wages are still unpaid")
                .status()).isEqualTo(200);
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_REVIEW_ROUND)).as("the joined findings are reviewed, in one round")
                .hasSize(1);
        reviewAll(caseId, UNDERPAYMENT);
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/notices").json()).as("an amended notice").hasSize(2);
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_VERIFY)).as("the payment was verified once").isEmpty();
    }

    @Test
    void aMissingPayrollGoesThroughTheSameCaseNoticeNamesTheWeekAndTheLatePayrollCuresIt() {
        long contract = contractWithStatement("Case missing payroll");
        long harbor = as(TestUsers.OFFICER).get("/api/contracts/" + contract).json().path("primeVendorId").asLong();
        clock.advance(java.time.Duration.between(java.time.LocalDate.now(clock).atStartOfDay(),
                java.time.LocalDate.parse("2027-01-20").atStartOfDay()));
        org.highroad.support.Jobs.fireTimer(management, runtime,
                org.highroad.payroll.process.CertifiedPayrollReviewProcess.PROCESS_ID, contract + ":" + harbor + ":" + WEEK,
                org.highroad.payroll.process.CertifiedPayrollReviewProcess.EVENT_DUE_DATE_PASSED);
        long caseId = caseOf(contract).path("id").asLong();
        reviewAll(caseId, Set.of("LATE_REPORT"));
        JsonNode notice = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/notices").json().get(0);
        assertThat(notice.path("amountOwed").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(pdfText(TestUsers.HARBOR, notice.path("pdf").asText()))
                .contains("submit the certified payroll for the week ending January 9, 2027");

        Response late = post(TestUsers.HARBOR, contract, WEEK, HEADER + "\n" + row(1, "Garcia", "1234", "60.00", "2400.00",
                ELECTRICIAN) + "\n");
        assertThat(late.status()).as(late.body()).isEqualTo(201);
        reviewAll(caseId, Set.of()); // whatever the late payroll's own check found joins the case
        // a payroll of another week answers none of the case's findings
        Response other = post(TestUsers.HARBOR, contract, "2027-01-16", HEADER + "\n" + row(1, "Garcia", "1234", "60.00",
                "2400.00", ELECTRICIAN) + "\n");
        assertThat(other.status()).as(other.body()).isEqualTo(201);
        reviewAll(caseId, Set.of());
        assertThat(as(TestUsers.HARBOR).post("/api/cases/" + caseId + "/responses", Map.of("kind", "CORRECTION_PAYROLL",
                "submissionId", other.json().path("id").asLong())).errorFor("submissionId")).contains("corrects no finding");
        Response correction = as(TestUsers.HARBOR).post("/api/cases/" + caseId + "/responses", Map.of("kind",
                "CORRECTION_PAYROLL", "submissionId", late.json().path("id").asLong()));
        assertThat(correction.status()).as(correction.body()).isEqualTo(201);
        assertThat(as(TestUsers.HARBOR).post("/api/cases/" + caseId + "/responses", Map.of("kind", "CORRECTION_PAYROLL",
                "submissionId", 999999)).errorFor("submissionId")).contains("is not one of Harbor Builders LLC's payrolls");
        assertThat(decide(TestUsers.AUDITOR, caseId, "verification", "CURED", "").status()).isEqualTo(200);
        assertThat(get(caseId).path("outcome").asText()).isEqualTo("RESOLVED");
    }

    @Test
    void aPayrollStillMissingAfterTheNoticeIsRemindedThenWithholdingNoHigherThanTheLedgerTakesIsRecommended() {
        long contract = contractWithStatement("Case payroll still missing");
        long harbor = as(TestUsers.OFFICER).get("/api/contracts/" + contract).json().path("primeVendorId").asLong();
        assertThat(post(TestUsers.HARBOR, contract, WEEK, HEADER + "\n" + row(1, "Garcia", "1234", "60.00", "2400.00",
                ELECTRICIAN) + "\n").status()).isEqualTo(201);
        reviewAll(caseOf(contract).path("id").asLong(), Set.of()); // week 1's share findings: dismissed, that case closes
        clock.advance(java.time.Duration.between(java.time.LocalDate.now(clock).atStartOfDay(),
                java.time.LocalDate.parse("2027-01-27").atStartOfDay()));
        org.highroad.support.Jobs.fireTimer(management, runtime,
                org.highroad.payroll.process.CertifiedPayrollReviewProcess.PROCESS_ID, contract + ":" + harbor + ":2027-01-16",
                org.highroad.payroll.process.CertifiedPayrollReviewProcess.EVENT_DUE_DATE_PASSED);
        long caseId = -1;
        for (JsonNode c : as(TestUsers.AUDITOR).all("/api/cases").json()) {
            if (c.path("contractId").asLong() == contract && c.path("status").asText().equals("OPEN")) {
                caseId = c.path("id").asLong();
            }
        }
        JsonNode reminder = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/steps").json().get(0);
        assertThat(reminder.path("step").asText()).isEqualTo("REMINDER");
        assertThat(reminder.path("rationale").asText()).contains("2027-01-16", "29 CFR 5.5(a)(3)(ii)");

        reviewAll(caseId, Set.of("LATE_REPORT"));
        passDeadline(caseId);
        assertThat(tasks.getVariable(openTasks(caseId, ComplianceCaseProcess.TASK_APPROVE_ESCALATION).get(0).getId(), "advice"))
                .asString().contains("29 CFR 5.5(a)(2)(i) and 5.5(a)(3)(iv)");
        assertThat(decide(TestUsers.AUDITOR, caseId, "escalation", "APPLY", "Payroll for 2027-01-16 still not in").status())
                .isEqualTo(200);
        JsonNode steps = as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/steps").json();
        JsonNode applied = steps.get(steps.size() - 1);
        assertThat(applied.path("step").asText()).isEqualTo("WITHHOLDING");
        // nothing is owed to a worker: the ledger would take no withholding (its ceiling, 29 CFR 5.9), so the step's
        // amount is none either, where it once was a missing week's reported gross ($2,400.00) no one could record
        assertThat(applied.path("amount").decimalValue()).as("no more than the ceiling on withholding")
                .isEqualByComparingTo("0.00");
        Response recorded = as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/ledger/withholdings",
                Map.of("amount", "0.01", "paymentReference", "PAY-MISSING"));
        assertThat(recorded.errorFor("amount")).startsWith("nothing can be withheld: the contractor owes nothing on this case");
    }

    /** The id of the case's latest contractor response. */
    private long lastResponse(long caseId) {
        long last = 0;
        for (JsonNode r : as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/responses").json()) {
            last = Math.max(last, r.path("id").asLong());
        }
        return last;
    }
}
