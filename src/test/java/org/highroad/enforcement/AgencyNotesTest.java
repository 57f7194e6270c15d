package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highroad.enforcement.process.ComplianceCaseProcess;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What agency staff write on a compliance case for themselves never reaches the contractor (the case's own, or the
 * liable prime): not an auditor's review note, verification or escalation reason, an administrator's referral reason,
 * a reason for releasing withholding, nor the name of whoever wrote them. The contractor reads every review, decision,
 * amount and the rules' rationale, and what is written for it: the notice, and what a verification found still missing.
 * Agency staff read everything.
 */
class AgencyNotesTest extends CaseTest {

    @org.springframework.beans.factory.annotation.Autowired
    private org.highroad.payroll.domain.FindingStore findingStore;
    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.context.ApplicationEventPublisher publisher;
    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.transaction.PlatformTransactionManager transactionManager;

    /** The notes {@link CaseTest#reviewAll} writes. */
    private static final String CONFIRMED_NOTE = "Checked against the timesheets";
    private static final String DISMISSED_NOTE = "Measured at completion, not weekly";
    private static final Set<String> UNDERPAYMENT = Set.of("UNDERPAID_BASE");
    /** A staff user's name as a JSON value. */
    private static final List<String> STAFF_NAMES = List.of(quoted(TestUsers.AUDITOR), quoted(TestUsers.ADMIN));

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theContractorReadsHowEachFindingWasReviewedButNotTheAuditorsNoteOrWhoWroteIt() {
        long caseId = openCase("Notes on findings");
        reviewAll(caseId, UNDERPAYMENT);

        JsonNode staff = get(caseId).path("findings");
        assertThat(staff.findValuesAsText("reason")).contains(CONFIRMED_NOTE);
        assertThat(staff.findValuesAsText("reviewedBy")).containsOnly(TestUsers.AUDITOR);

        Response one = as(TestUsers.HARBOR).get("/api/cases/" + caseId);
        Response queue = as(TestUsers.HARBOR).all("/api/cases");
        for (Response read : List.of(one, queue)) {
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.body()).doesNotContain(CONFIRMED_NOTE, DISMISSED_NOTE).doesNotContain(STAFF_NAMES);
        }
        JsonNode findings = one.json().path("findings");
        assertThat(findings.findValuesAsText("review")).as("each review is the contractor's business").contains("CONFIRMED")
                .doesNotContain("PENDING");
        assertThat(findings.findValues("reviewedAt")).allSatisfy(at -> assertThat(at.isNull()).isFalse());
        assertThat(findings.findValuesAsText("status")).contains("CONFIRMED");
    }

    @Test
    void theContractorReadsEachEscalationStepAndTheLaddersRationaleButNotTheAuditorsOrTheAdministratorsReasons() {
        long caseId = openCase("Notes on escalation");
        reviewAll(caseId, UNDERPAYMENT);
        long vendor = get(caseId).path("vendorId").asLong();
        String withholding = "Restitution unpaid past the cure date, per the supervisor";
        String fines = "Violations still open after withholding, per the supervisor";
        String referral = "Neither withholding nor fines brought a cure, per the supervisor";
        String approval = "Persistent disregard of obligations to employees; counsel agrees";
        passDeadline(caseId);
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_APPROVE_ESCALATION)).hasSize(1);
        assertThat(decide(TestUsers.AUDITOR, caseId, "escalation", "APPLY", withholding).status()).isEqualTo(200);
        passDeadline(caseId);
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_APPROVE_ESCALATION)).hasSize(1);
        assertThat(decide(TestUsers.AUDITOR, caseId, "escalation", "APPLY", fines).status()).isEqualTo(200);
        passDeadline(caseId);
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_APPROVE_ESCALATION)).hasSize(1);
        assertThat(decide(TestUsers.AUDITOR, caseId, "escalation", "APPLY", referral).status()).isEqualTo(200);
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_APPROVE_DEBARMENT)).hasSize(1);
        Response approved = decide(TestUsers.ADMIN, caseId, "debarment-referral", "APPROVE", approval);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);

        String staffSteps = as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/steps").body();
        assertThat(staffSteps).contains(withholding, fines, referral, approval, quoted(TestUsers.AUDITOR), quoted(TestUsers.ADMIN));
        assertThat(get(caseId).path("closedReason").asText()).isEqualTo(approval);

        Response steps = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/steps");
        assertThat(steps.status()).isEqualTo(200);
        assertThat(steps.body()).doesNotContain(withholding, fines, referral, approval).doesNotContain(STAFF_NAMES);
        assertThat(steps.json().findValuesAsText("step")).contains("ADVICE", "WITHHOLDING", "FINES", "DEBARMENT_REFERRAL");
        assertThat(steps.json().findValuesAsText("decision")).contains("APPLIED", "APPROVED");
        assertThat(steps.json().findValuesAsText("rationale")).as("the ladder's rationale is policy, not a note")
                .anySatisfy(r -> assertThat(r).isNotBlank().isNotEqualTo("null"));
        for (JsonNode s : steps.json()) {
            if (s.path("step").asText().equals("FINES")) {
                assertThat(s.path("amount").decimalValue()).as("the fine is the contractor's business").isPositive();
            }
        }

        Response own = as(TestUsers.HARBOR).get("/api/cases/" + caseId);
        assertThat(own.json().path("outcome").asText()).isEqualTo("REFERRED_FOR_DEBARMENT");
        assertThat(own.body()).doesNotContain(approval);

        JsonNode staffReferral = referralOf(as(TestUsers.AUDITOR).get("/api/vendors/" + vendor).json(), caseId);
        assertThat(staffReferral.path("reason").asText()).isEqualTo(approval);
        Response vendorRead = as(TestUsers.HARBOR).get("/api/vendors/" + vendor);
        JsonNode referralRead = referralOf(vendorRead.json(), caseId);
        assertThat(referralRead.path("status").asText()).as("the pending referral itself is shown").isEqualTo("PENDING");
        assertThat(vendorRead.body()).doesNotContain(approval);
        assertThat(as(TestUsers.HARBOR).all("/api/vendors").body()).doesNotContain(approval);
        Response edited = as(TestUsers.HARBOR).put("/api/vendors/" + vendor, vendorRead.json().path("profile"));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.body()).doesNotContain(approval);
    }

    @Test
    void theContractorReadsWhatAVerificationFoundStillMissingButNotWhyTheCaseWasClosedWithMoneyOutstanding() {
        long caseId = openCase("Notes on verification");
        reviewAll(caseId, UNDERPAYMENT);
        assertThat(as(TestUsers.HARBOR).post("/api/cases/" + caseId + "/responses", Map.of("kind", "CORRECTIVE_ACTION_PLAN",
                "text", "Payroll clerk retrained; rates now read from Schedule A")).status()).isEqualTo(201);
        String missing = "Lee has not been paid the $200.00 yet";
        assertThat(decide(TestUsers.AUDITOR, caseId, "verification", "NOT_CURED", missing).status()).isEqualTo(200);
        assertThat(pay(TestUsers.HARBOR, caseId, "5678", "150.00").status()).isEqualTo(201);
        String closing = "Worker left the state; the director agreed to deposit the remaining $50.00";
        assertThat(decide(TestUsers.AUDITOR, caseId, "verification", "CURED", closing).status()).isEqualTo(200);
        assertThat(get(caseId).path("closedReason").asText()).isEqualTo(closing);

        Response steps = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/steps");
        assertThat(steps.body()).doesNotContain(closing).doesNotContain(STAFF_NAMES);
        List<String> verifications = new ArrayList<>();
        for (JsonNode s : steps.json()) {
            if (s.path("step").asText().equals("VERIFICATION")) {
                verifications.add(s.path("decision").asText() + ": " + s.path("reason").asText(null));
            }
        }
        assertThat(verifications).as("what is still missing is written for the contractor; the closing reason is not")
                .containsExactly("NOT_CURED: " + missing, "CURED: null");
        Response own = as(TestUsers.HARBOR).get("/api/cases/" + caseId);
        assertThat(own.json().path("outcome").asText()).isEqualTo("RESOLVED");
        assertThat(own.body()).doesNotContain(closing).doesNotContain(STAFF_NAMES);

        Response ledger = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/ledger");
        JsonNode payment = entry(ledger.json(), "PAID");
        assertThat(payment.path("recordedBy").asText()).as("its own payment, with who sent it").isEqualTo(TestUsers.HARBOR);
        assertThat(payment.path("entry").path("evidence").asText()).isEqualTo("cancelled check 1001");
        assertThat(ledger.body()).doesNotContain(STAFF_NAMES);
    }

    @Test
    void theContractorReadsEveryLedgerAmountButNotWhyStaffReleasedOrReversedItNorWhoRecordedIt() {
        long caseId = openCase("Notes on the ledger");
        reviewAll(caseId, UNDERPAYMENT);
        long contract = get(caseId).path("contractId").asLong();
        String release = "Released early on the deputy director's say-so";
        assertThat(as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/ledger/withholdings", Map.of("amount", "200.00",
                "paymentReference", "Pay application 7")).status()).isEqualTo(200);
        assertThat(as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/ledger/releases", Map.of("amount", "50.00",
                "reason", release)).status()).isEqualTo(200);
        // a confirmed finding leaves only by an investigation's restatement (a correction payroll no longer supersedes
        // it, ADR 0030): superseded and announced in one transaction, as ClaimRestatements does
        JsonNode confirmed = null;
        for (JsonNode f : get(caseId).path("findings")) {
            if (f.path("review").asText().equals("CONFIRMED")) {
                confirmed = f.path("finding");
            }
        }
        long findingId = confirmed.path("id").asLong();
        long vendor = confirmed.path("vendorId").asLong();
        long submission = confirmed.path("submissionId").asLong();
        new org.springframework.transaction.support.TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            assertThat(findingStore.supersede(List.of(findingId))).containsExactly(findingId);
            publisher.publishEvent(new org.highroad.payroll.PayrollEvents.FindingsSuperseded(contract, vendor,
                    java.time.LocalDate.parse(WEEK), submission, submission, List.of(findingId),
                    "the investigation's finding was restated against payroll " + submission));
        });

        JsonNode staff = as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger").json();
        assertThat(entry(staff, "RELEASED").path("entry").path("reason").asText()).isEqualTo(release);
        assertThat(entry(staff, "RELEASED").path("recordedBy").asText()).isEqualTo(TestUsers.AUDITOR);
        String reversal = entry(staff, "OWED_REVERSED").path("entry").path("reason").asText();
        assertThat(reversal).isNotBlank();

        Response read = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/ledger");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).doesNotContain(release, reversal).doesNotContain(STAFF_NAMES);
        JsonNode ledger = read.json();
        assertThat(ledger.path("entries").findValuesAsText("kind")).contains("OWED", "WITHHELD", "RELEASED", "OWED_REVERSED");
        assertThat(entry(ledger, "RELEASED").path("entry").path("amount").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(entry(ledger, "WITHHELD").path("entry").path("paymentReference").asText())
                .as("which of its payments was held is the contractor's business").isEqualTo("Pay application 7");
        assertThat(entry(ledger, "OWED_REVERSED").path("entry").path("findingId").asLong()).isPositive();
        assertThat(ledger.path("totals").path("held").decimalValue()).isEqualByComparingTo("150.00");
    }

    @Test
    void aSubcontractorAndTheLiablePrimeReadTheSubcontractorsCaseWithoutTheAuditorsNotes() {
        long contract = contractWithStatement("Notes on a subcontractor's case");
        long northside = users.vendorOf(TestUsers.NORTHSIDE);
        assertThat(as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/subcontractors", Map.of("vendorId", northside,
                "trade", "Electrical", "startsOn", "2027-01-04", "endsOn", "2027-01-29")).status()).isEqualTo(200);
        assertThat(as(TestUsers.NORTHSIDE).post("/api/contracts/" + contract + "/compliance-statements", statement(List.of()))
                .status()).isEqualTo(201);
        assertThat(post(TestUsers.NORTHSIDE, contract, WEEK, HEADER + "\n" + row(1, "Lee", "5678", "55.00", "2200.00",
                ELECTRICIAN) + "\n").status()).isEqualTo(201);
        long caseId = caseOf(contract, northside).path("id").asLong();
        reviewAll(caseId, UNDERPAYMENT);
        assertThat(pay(TestUsers.HARBOR, caseId, "5678", "200.00").status()).isEqualTo(201);
        String cured = "Paid in full; the payroll officer at Northside confirmed by phone";
        assertThat(decide(TestUsers.AUDITOR, caseId, "verification", "CURED", cured).status()).isEqualTo(200);
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/steps").body()).contains(cured);

        for (String contractor : List.of(TestUsers.NORTHSIDE, TestUsers.HARBOR)) {
            for (String path : List.of("", "/steps", "/ledger")) {
                Response read = as(contractor).get("/api/cases/" + caseId + path);
                assertThat(read.status()).as(contractor + " " + path).isEqualTo(200);
                assertThat(read.body()).as(contractor + " " + path).doesNotContain(CONFIRMED_NOTE, DISMISSED_NOTE, cured)
                        .doesNotContain(STAFF_NAMES);
            }
            assertThat(as(contractor).all("/api/cases").body()).doesNotContain(CONFIRMED_NOTE, DISMISSED_NOTE, cured)
                    .doesNotContain(STAFF_NAMES);
        }
    }

    private static JsonNode referralOf(JsonNode vendor, long caseId) {
        for (JsonNode d : vendor.path("debarments")) {
            if (d.path("caseId").asLong() == caseId) {
                return d;
            }
        }
        throw new AssertionError("no debarment referred by case " + caseId + " in " + vendor);
    }

    private static JsonNode entry(JsonNode ledger, String kind) {
        for (JsonNode e : ledger.path("entries")) {
            if (e.path("kind").asText().equals(kind)) {
                return e;
            }
        }
        throw new AssertionError("no " + kind + " entry in " + ledger);
    }

    private static String quoted(String name) {
        return "\"" + name + "\"";
    }
}
