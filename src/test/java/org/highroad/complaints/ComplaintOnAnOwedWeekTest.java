package org.highroad.complaints;

import static org.highroad.support.AtOnce.atOnce;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highroad.complaints.process.WorkerComplaintProcess;
import org.highroad.enforcement.CaseTest;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A complaint about a worker and week the certified payroll's checks already found underpaid, on the README
 * walkthrough's payroll: Andre Johnson (worker 5678), a laborer paid $42.00 for 40 hours where $45.00 is committed, is
 * owed $120.00 base and $74.00 fringe. The complaint owes only what goes beyond that, and what the contractor reads
 * never quotes the worker's account; the account stays with the complaint, for auditors.
 */
class ComplaintOnAnOwedWeekTest extends CaseTest {

    private static final String NARRATIVE = "The foreman kept us late every night of the roof job and the pay did not show it.";

    private long contract;
    private long harbor;
    private long caseId;

    @BeforeEach
    void harborFilesTheWalkthroughPayroll() throws Exception {
        contract = executedContract("Owed week, worker's account " + System.nanoTime()); // the notice names the contract by its title
        harbor = users.vendorOf(TestUsers.HARBOR);
        assertThat(send(TestUsers.HARBOR, "/api/contracts/" + contract + "/compliance-statements", "application/json",
                Files.readString(Path.of("docs/walkthrough/statement-of-compliance.json"))).status()).isEqualTo(201);
        Response payroll = post(TestUsers.HARBOR, contract, WEEK, Files.readString(Path.of("docs/walkthrough/payroll-week-1.csv")));
        assertThat(payroll.status()).as(payroll.body()).isEqualTo(201);
        caseId = caseOf(contract).path("id").asLong();
        assertThat(caseOf(contract).path("amountOwed").decimalValue()).isEqualByComparingTo("194.00");
        clock.advance(Duration.between(clock.instant(), Instant.parse("2027-01-20T12:00:00Z")));
    }

    /** Files a complaint about worker 5678's week, triages it and runs the comparison; returns the complaint as auditors see it. */
    private JsonNode complainedAndCompared(Object hours, Object pay) {
        long id = complainedAndTriaged(hours, pay);
        Jobs.runDue(management);
        return as(TestUsers.AUDITOR).get("/api/complaints/" + id).json();
    }

    /** Files a complaint about worker 5678's week and triages it; the comparison's job waits. Returns its id. */
    private long complainedAndTriaged(Object hours, Object pay) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("employer", "Harbor Builders");
        body.put("worksite", "Branch library roof");
        body.put("narrative", NARRATIVE);
        body.put("weekEnding", WEEK);
        body.put("hoursClaimed", hours);
        body.put("payClaimed", pay);
        body.put("language", "en");
        PublicClient.Answer filed = new PublicClient(port).post(body);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        long id = jdbc.queryForObject("select id from worker_complaint where receipt = ?", Long.class,
                filed.json().path("receipt").asText());
        Response triaged = as(TestUsers.AUDITOR).post("/api/complaints/" + id + "/triage", Map.of("contractId", contract,
                "vendorId", harbor, "workerRef", "5678", "weekEnding", WEEK, "note", "Johnson on the walkthrough payroll"));
        assertThat(triaged.status()).as(triaged.body()).isEqualTo(202);
        return id;
    }

    private JsonNode finding(long id) {
        for (JsonNode f : as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings").json()) {
            if (f.path("id").asLong() == id) {
                return f;
            }
        }
        throw new AssertionError("no finding " + id + " on contract " + contract);
    }

    /** The restitution the case's ledger still owes worker 5678. */
    private BigDecimal outstandingTo5678() {
        for (JsonNode w : as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger").json().path("workers")) {
            if (w.path("workerRef").asText().equals("5678")) {
                return w.path("outstanding").decimalValue();
            }
        }
        return BigDecimal.ZERO;
    }

    /** Wages (not fringe) owed to worker 5678 for the week by findings that stand: not dismissed, not superseded. */
    private BigDecimal wagesStandingFor5678() {
        BigDecimal owed = BigDecimal.ZERO;
        for (JsonNode f : as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings").json()) {
            if (f.path("workerRef").asText().equals("5678") && !f.path("kind").asText().contains("FRINGE")
                    && !Set.of("DISMISSED", "SUPERSEDED").contains(f.path("status").asText()) && f.hasNonNull("amountOwed")) {
                owed = owed.add(f.path("amountOwed").decimalValue());
            }
        }
        return owed;
    }

    private long findingOfKind(String kind) {
        for (JsonNode f : as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings").json()) {
            if (f.path("kind").asText().equals(kind)) {
                return f.path("id").asLong();
            }
        }
        throw new AssertionError("no " + kind + " finding on contract " + contract);
    }

    @Test
    void aComplaintOfTheUnderpaymentThePayrollAlreadyOwesIsLinkedToItsFindingAndOwesNothingMore() {
        JsonNode complaint = complainedAndCompared(40, 1680.00);

        assertThat(complaint.path("comparison").path("verdict").asText()).isEqualTo("DISCREPANCY");
        assertThat(complaint.path("comparison").path("findingId").asLong()).as("the finding that owes these wages")
                .isEqualTo(findingOfKind("UNDERPAID_BASE"));
        assertThat(complaint.path("comparison").path("detail").asText()).contains("$1,680.00 paid against $1,800.00 due");
        JsonNode c = get(caseId);
        assertThat(c.path("amountOwed").decimalValue()).as("not $314.00: the same wages are owed once").isEqualByComparingTo("194.00");
        assertThat(c.path("findings").findValuesAsText("kind")).doesNotContain("INVESTIGATION_DISCREPANCY");
    }

    @Test
    void aComplaintOfMoreThanThePayrollOwesOwesOnlyTheDifferenceAndTheContractorNeverReadsTheWorkersAccount() {
        JsonNode complaint = complainedAndCompared(61.25, 1512.34);

        String evidence = complaint.path("comparison").path("detail").asText();
        assertThat(evidence).as("the account, for auditors").contains("61.25 hours worked against 40.00 reported")
                .contains("$1,512.34 paid against $1,800.00 due");
        assertThat(complaint.path("narrative").asText()).isEqualTo(NARRATIVE);
        long finding = complaint.path("comparison").path("findingId").asLong();
        JsonNode investigation = null;
        for (JsonNode f : get(caseId).path("findings")) {
            if (f.path("finding").path("id").asLong() == finding) {
                investigation = f.path("finding");
            }
        }
        assertThat(investigation).as("the complaint's finding joined Harbor's case").isNotNull();
        assertThat(investigation.path("kind").asText()).isEqualTo("INVESTIGATION_DISCREPANCY");
        // $1,800.00 due for the 40 reported hours at $45.00, $1,512.34 paid: $287.66 short, of which the payroll's
        // UNDERPAID_BASE finding already owes $120.00 (its FRINGE_SHORTFALL is another part of the wages)
        assertThat(investigation.path("amountOwed").decimalValue()).isEqualByComparingTo("167.66");
        assertThat(get(caseId).path("amountOwed").decimalValue()).isEqualByComparingTo(new BigDecimal("361.66"));

        Jobs.runDue(management);
        for (JsonNode f : get(caseId).path("findings")) {
            // the payroll's own findings are in the review round under way; the complaint's joined it and follows
            if (f.path("finding").path("id").asLong() != finding) {
                boolean wages = Set.of("UNDERPAID_BASE", "FRINGE_SHORTFALL").contains(f.path("finding").path("kind").asText());
                Response r = as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/findings/" + f.path("finding").path("id").asLong()
                        + "/review", wages ? Map.of("decision", "CONFIRM", "reason", "Rates checked against Schedule A")
                                : Map.of("decision", "DISMISS", "reason", "Shares are judged over the contract"));
                assertThat(r.status()).as(r.body()).isEqualTo(200);
            }
        }
        reviewAll(caseId, Set.of("INVESTIGATION_DISCREPANCY"));
        JsonNode notices = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/notices").json();
        JsonNode notice = notices.get(notices.size() - 1);
        assertThat(notice.path("amountOwed").decimalValue()).isEqualByComparingTo("361.66");
        String seenByContractor = as(TestUsers.HARBOR).all("/api/contracts/" + contract + "/payroll-findings").body()
                + as(TestUsers.HARBOR).all("/api/cases").body()
                + as(TestUsers.HARBOR).get("/api/cases/" + caseId).body()
                + as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/notices").body()
                + as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/ledger").body()
                + as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/steps").body()
                + pdfText(TestUsers.HARBOR, notice.path("pdf").asText());
        assertThat(seenByContractor).contains(String.valueOf(finding)).contains("167.66")
                .doesNotContain("61.25").doesNotContain("1512.34").doesNotContain("1,512.34").doesNotContain("late every night")
                .doesNotContain("hours worked against").doesNotContainIgnoringCase("complain");
    }

    @Test
    void aCorrectionShowingTheWorkerPaidLeavesTheConfirmedFindingsAndTheNettedComplaintOwedOnce() {
        JsonNode complaint = complainedAndCompared(40, 1560.00);
        long base = findingOfKind("UNDERPAID_BASE");
        long netted = complaint.path("comparison").path("findingId").asLong();
        // $1,800.00 due, $1,560.00 paid: $240.00 short, of which the payroll's UNDERPAID_BASE finding owes $120.00
        assertThat(finding(netted).path("amountOwed").decimalValue()).isEqualByComparingTo("120.00");
        assertThat(finding(netted).path("detail").asText()).contains("[" + base + "]");
        reviewEveryRound(caseId, Set.of("UNDERPAID_BASE", "FRINGE_SHORTFALL", "INVESTIGATION_DISCREPANCY"));
        assertThat(outstandingTo5678()).isEqualByComparingTo("314.00");

        // Harbor's correction certifies Johnson paid in full ($1,800.00). A certified correction is no proof of payment
        // (ADR 0030): the payroll's confirmed findings stand, flagged as shown corrected, and so does the complaint's
        // confirmed finding (ADR 0030, addendum): compared again it would still owe the gap less what the confirmed
        // payroll finding owes, so it records that beside it, and no second finding nor review follows
        Response correction = post(TestUsers.HARBOR, contract, WEEK, correctedWalkthroughPayroll());
        assertThat(correction.status()).as(correction.body()).isEqualTo(201);
        long correctionId = correction.json().path("id").asLong();

        assertThat(finding(base).path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(inCase(base).path("recheck").path("stillFound").asBoolean()).as("the correction shows it corrected").isFalse();
        long now = as(TestUsers.AUDITOR).get("/api/complaints/" + complaint.path("id").asLong()).json()
                .path("comparison").path("findingId").asLong();
        assertThat(now).as("the complaint still rests on its confirmed finding").isEqualTo(netted);
        assertThat(finding(netted).path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(finding(netted).path("amountOwed").decimalValue()).isEqualByComparingTo("120.00");
        JsonNode recheck = inCase(netted).path("recheck");
        assertThat(recheck.path("submissionId").asLong()).isEqualTo(correctionId);
        assertThat(recheck.path("stillFound").asBoolean()).isTrue();
        assertThat(recheck.path("amountNow").decimalValue()).isEqualByComparingTo("120.00");
        assertThat(recheck.path("difference").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(investigationFindingsStanding()).as("no second finding of the complaint").isOne();
        assertThat(wagesStandingFor5678()).as("the gap, once").isEqualByComparingTo("240.00");
        assertThat(openTasks(caseId, org.highroad.enforcement.process.ComplianceCaseProcess.TASK_REVIEW_ROUND))
                .as("nothing new to review").isEmpty();
        assertThat(outstandingTo5678()).as("owed the gap and the fringe once, nothing reversed")
                .isEqualByComparingTo("314.00");
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger").json().path("entries").findValuesAsText("kind"))
                .doesNotContain("OWED_REVERSED");
        String seenByContractor = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/steps").body()
                + as(TestUsers.HARBOR).get("/api/cases/" + caseId).body()
                + as(TestUsers.HARBOR).all("/api/contracts/" + contract + "/payroll-findings").body();
        assertThat(seenByContractor).doesNotContainIgnoringCase("complain").doesNotContain("1560").doesNotContain("1,560");
    }

    /**
     * The complaint's finding confirmed while the payroll's base finding was dismissed: it owes $120.00 of the $240.00
     * gap. A correction at $43.00 an hour owes $80.00 of it by a new base finding, so the account comes to $160.00 now:
     * the confirmed $120.00 stands in the ledger and the recheck shows $160.00, $40.00 more, for the auditor to revise.
     */
    @Test
    void aConfirmedComplaintFindingStandsThroughACorrectionAndShowsWhatTheAccountComesToNow() throws Exception {
        long netted = confirmedComplaintWithTheBaseFindingDismissed();

        Response correction = post(TestUsers.HARBOR, contract, WEEK, partlyCorrected("43.00"));
        assertThat(correction.status()).as(correction.body()).isEqualTo(201);
        long correctionId = correction.json().path("id").asLong();

        assertThat(finding(netted).path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(finding(netted).path("amountOwed").decimalValue()).as("the confirmed amount stands").isEqualByComparingTo("120.00");
        JsonNode recheck = inCase(netted).path("recheck");
        assertThat(recheck.path("submissionId").asLong()).isEqualTo(correctionId);
        assertThat(recheck.path("stillFound").asBoolean()).isTrue();
        // $1,800.00 due, $1,560.00 paid: $240.00 short, of which the correction's base finding owes 40 x $2.00 = $80.00
        assertThat(recheck.path("amountNow").decimalValue()).isEqualByComparingTo("160.00");
        assertThat(recheck.path("difference").decimalValue()).isEqualByComparingTo("40.00");
        assertThat(investigationFindingsStanding()).as("no second finding of the complaint").isOne();
        assertThat(wageFindingOf(correctionId)).isEqualByComparingTo("80.00");
        assertThat(outstandingTo5678()).as("the confirmed $120.00 and the $74.00 fringe").isEqualByComparingTo("194.00");
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger").json().path("entries").findValuesAsText("kind"))
                .doesNotContain("OWED_REVERSED");
        for (JsonNode f : get(caseId).path("findings")) {
            if (f.path("review").asText().equals("PENDING")) {
                assertThat(f.path("finding").path("kind").asText()).as("only the correction's own findings await review")
                        .isNotEqualTo("INVESTIGATION_DISCREPANCY");
            }
        }
        String audit = jdbc.queryForObject("select detail from audit_event where subject_type = 'worker-complaint' and subject_id = "
                + "(select id from worker_complaint where finding_id = ?) and action = 'COMPARED AGAIN' order by id desc limit 1",
                String.class, netted);
        assertThat(audit).contains("payroll " + correctionId).contains("confirmed payroll finding " + netted + " stands")
                .contains("would owe 160.00 now");
    }

    @Test
    void twoCorrectionsAtOnceLeaveTheConfirmedComplaintFindingStandingOnce() throws Exception {
        long netted = confirmedComplaintWithTheBaseFindingDismissed();

        List<Response> corrections = atOnce(List.of(() -> post(TestUsers.HARBOR, contract, WEEK, partlyCorrected("43.00")),
                () -> post(TestUsers.HARBOR, contract, WEEK, partlyCorrected("44.00"))));
        assertThat(corrections).extracting(Response::status).as(corrections.toString()).containsOnly(201);
        Jobs.runDue(management); // a restatement that waited longer than H2's lock timeout is published again by recovery

        assertThat(investigationFindingsStanding()).as("one finding of the complaint stands").isOne();
        assertThat(finding(netted).path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(finding(netted).path("amountOwed").decimalValue()).isEqualByComparingTo("120.00");
        long inForce = jdbc.queryForObject("select id from payroll_submission where contract_id = ? and status = 'ACCEPTED'",
                Long.class, contract);
        JsonNode recheck = inCase(netted).path("recheck");
        assertThat(recheck.path("submissionId").asLong()).as("the payroll in force was compared last").isEqualTo(inForce);
        // the gap, $240.00, once: what the payroll in force owes by its base finding ($80.00 at $43.00, $40.00 at
        // $44.00) and what the account comes to beyond it
        BigDecimal base = wageFindingOf(inForce);
        assertThat(base).isIn(new BigDecimal("80.00"), new BigDecimal("40.00"));
        assertThat(recheck.path("amountNow").decimalValue().add(base)).isEqualByComparingTo("240.00");
        assertThat(recheck.path("difference").decimalValue()).isEqualByComparingTo(new BigDecimal("120.00").subtract(base));
        assertThat(outstandingTo5678()).isEqualByComparingTo("194.00");
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger").json().path("entries").findValuesAsText("kind"))
                .doesNotContain("OWED_REVERSED");
    }

    /**
     * A site visit substantiates $300.00 owed to Johnson for the week: $106.00 beyond the $120.00 base and $74.00 fringe
     * the payroll's findings owe. The visit's finding and the fringe confirmed, the base dismissed; a correction at $43.00
     * owes $80.00 base by a new finding, so the visit would owe $300.00 - $74.00 - $80.00 = $146.00 now. Its confirmed
     * $106.00 stands in the ledger, with the recheck beside it, and no second visit finding is recorded.
     */
    @Test
    void aConfirmedSiteVisitFindingStandsThroughACorrectionAndShowsWhatTheVisitComesToNow() throws Exception {
        long id = complainedAndCompared(40, 1680.00).path("id").asLong();
        Map<String, Object> visit = new LinkedHashMap<>();
        visit.put("visitedOn", "2027-01-20");
        visit.put("outcome", "VIOLATION_FOUND");
        visit.put("notes", "the crew confirms the roof job ran late");
        visit.put("violation", "hours worked late were not paid at the committed rate");
        visit.put("amountOwed", "300.00");
        Response visited = as(TestUsers.AUDITOR).post("/api/complaints/" + id + "/site-visit", visit);
        assertThat(visited.status()).as(visited.body()).isEqualTo(200);
        long site = findingOfKind("SITE_VISIT_VIOLATION");
        assertThat(finding(site).path("amountOwed").decimalValue()).isEqualByComparingTo("106.00");
        reviewEveryRound(caseId, Set.of("FRINGE_SHORTFALL", "SITE_VISIT_VIOLATION"));
        assertThat(finding(site).path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(outstandingTo5678()).isEqualByComparingTo("180.00");

        Response correction = post(TestUsers.HARBOR, contract, WEEK, partlyCorrected("43.00"));
        assertThat(correction.status()).as(correction.body()).isEqualTo(201);
        long correctionId = correction.json().path("id").asLong();

        assertThat(finding(site).path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(finding(site).path("amountOwed").decimalValue()).isEqualByComparingTo("106.00");
        JsonNode recheck = inCase(site).path("recheck");
        assertThat(recheck.path("submissionId").asLong()).isEqualTo(correctionId);
        assertThat(recheck.path("stillFound").asBoolean()).isTrue();
        assertThat(recheck.path("amountNow").decimalValue()).isEqualByComparingTo("146.00");
        assertThat(recheck.path("difference").decimalValue()).isEqualByComparingTo("40.00");
        assertThat(jdbc.queryForObject("select count(*) from payroll_finding where contract_id = ? and kind = "
                + "'SITE_VISIT_VIOLATION'", Integer.class, contract)).as("no second visit finding").isOne();
        assertThat(as(TestUsers.AUDITOR).get("/api/complaints/" + id).json().path("weeks").get(0).path("visitFindingId").asLong())
                .as("the complaint still names the visit's confirmed finding").isEqualTo(site);
        assertThat(outstandingTo5678()).isEqualByComparingTo("180.00");
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger").json().path("entries").findValuesAsText("kind"))
                .doesNotContain("OWED_REVERSED");
    }

    /** Complains of $1,560.00 paid; confirms the complaint's finding and the fringe, dismisses the payroll's base finding. */
    private long confirmedComplaintWithTheBaseFindingDismissed() {
        JsonNode complaint = complainedAndCompared(40, 1560.00);
        long netted = complaint.path("comparison").path("findingId").asLong();
        assertThat(finding(netted).path("amountOwed").decimalValue()).isEqualByComparingTo("120.00");
        reviewEveryRound(caseId, Set.of("FRINGE_SHORTFALL", "INVESTIGATION_DISCREPANCY"));
        assertThat(finding(findingOfKind("UNDERPAID_BASE")).path("status").asText()).isEqualTo("DISMISSED");
        assertThat(finding(netted).path("status").asText()).isEqualTo("CONFIRMED");
        assertThat(outstandingTo5678()).isEqualByComparingTo("194.00");
        return netted;
    }

    /** The case's entry for a finding: its review and recheck. */
    private JsonNode inCase(long findingId) {
        for (JsonNode f : get(caseId).path("findings")) {
            if (f.path("finding").path("id").asLong() == findingId) {
                return f;
            }
        }
        throw new AssertionError("no finding " + findingId + " in case " + caseId);
    }

    /** The complaint findings of the contract that stand or may be owed: awaiting review, confirmed or resolved. */
    private int investigationFindingsStanding() {
        return jdbc.queryForObject("select count(*) from payroll_finding where contract_id = ? and kind = "
                + "'INVESTIGATION_DISCREPANCY' and status in ('OPEN', 'CONFIRMED', 'RESOLVED')", Integer.class, contract);
    }

    /** What the base-rate finding recorded on a payroll owes worker 5678. */
    private BigDecimal wageFindingOf(long submissionId) {
        return jdbc.queryForObject("select amount_owed from payroll_finding where submission_id = ? and kind = 'UNDERPAID_BASE' "
                + "and worker_ref = '5678'", BigDecimal.class, submissionId);
    }

    /** The walkthrough's payroll with Andre Johnson (5678) at {@code rate} an hour, his plans paid in full. */
    private static String partlyCorrected(String rate) throws Exception {
        BigDecimal gross = new BigDecimal(rate).multiply(BigDecimal.valueOf(40)).setScale(2);
        return Files.readString(Path.of("docs/walkthrough/payroll-week-1.csv")).replace(
                "42.00,,25.00,0,1680.00,1680.00,180.00,128.52,0,308.52,1371.48",
                rate + ",,26.85,0," + gross + "," + gross + ",180.00,128.52,0,308.52," + gross.subtract(new BigDecimal("308.52")));
    }

    @Test
    void complaintsAboutOneWorkersWeekComparedAtTheSameMomentOweTheDifferenceOnce() throws Exception {
        List<Long> complaints = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            complaints.add(complainedAndTriaged(40, 1560.00));
        }
        List<String> comparisons = new ArrayList<>();
        for (Long id : complaints) {
            String instance = runtime.createProcessInstanceQuery().processDefinitionKey(WorkerComplaintProcess.PROCESS_ID)
                    .processInstanceBusinessKey(String.valueOf(id)).singleResult().getId();
            comparisons.add(management.createJobQuery().processInstanceId(instance).singleResult().getId());
        }

        List<String> outcomes = Jobs.executeAtOnce(management, comparisons, "compared");
        // a comparison that waited longer than H2's lock timeout for the week is retried, as the job executor would
        assertThat(outcomes).allMatch(o -> o.equals("compared") || o.contains("Timeout trying to lock table"));
        Jobs.runDue(management);

        List<Long> owing = new ArrayList<>();
        for (Long id : complaints) {
            JsonNode c = as(TestUsers.AUDITOR).get("/api/complaints/" + id).json();
            assertThat(c.path("comparison").path("verdict").asText()).isEqualTo("DISCREPANCY");
            long finding = c.path("comparison").path("findingId").asLong();
            if (finding(finding).path("kind").asText().equals("INVESTIGATION_DISCREPANCY")) {
                owing.add(finding);
            }
        }
        assertThat(owing).as("one complaint owes the $120.00 beyond the payroll's finding; the others are linked to it")
                .hasSize(1);
        assertThat(finding(owing.get(0)).path("amountOwed").decimalValue()).isEqualByComparingTo("120.00");
        assertThat(wagesStandingFor5678()).as("$240.00 short in all, owed once").isEqualByComparingTo("240.00");
    }
}
