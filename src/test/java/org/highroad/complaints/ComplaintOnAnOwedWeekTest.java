package org.highroad.complaints;

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
        contract = executedContract("Complaint on an owed week " + System.nanoTime());
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
        // (ADR 0030): the payroll's confirmed findings stand, flagged as shown corrected. The complaint's comparison is
        // restated against the payroll in force (an investigation's restatement, ADR 0007), and what it owes is still
        // only the gap less what the confirmed finding owes: the worker is owed the gap once
        Response correction = post(TestUsers.HARBOR, contract, WEEK, correctedWalkthroughPayroll());
        assertThat(correction.status()).as(correction.body()).isEqualTo(201);

        assertThat(finding(base).path("status").asText()).isEqualTo("CONFIRMED");
        JsonNode baseInCase = null;
        for (JsonNode f : as(TestUsers.AUDITOR).get("/api/cases/" + caseId).json().path("findings")) {
            if (f.path("finding").path("id").asLong() == base) {
                baseInCase = f;
            }
        }
        assertThat(baseInCase.path("recheck").path("stillFound").asBoolean()).as("the correction shows it corrected").isFalse();
        long restated = as(TestUsers.AUDITOR).get("/api/complaints/" + complaint.path("id").asLong()).json()
                .path("comparison").path("findingId").asLong();
        JsonNode now = finding(restated);
        assertThat(now.path("kind").asText()).isEqualTo("INVESTIGATION_DISCREPANCY");
        assertThat(now.path("amountOwed").decimalValue()).as("the gap less what the confirmed finding still owes")
                .isEqualByComparingTo("120.00");
        assertThat(now.path("detail").asText()).doesNotContain("1560").doesNotContain("1,560");
        assertThat(wagesStandingFor5678()).as("the gap, once").isEqualByComparingTo("240.00");

        reviewEveryRound(caseId, Set.of("INVESTIGATION_DISCREPANCY"));
        assertThat(outstandingTo5678()).as("owed the gap and the fringe once, nothing reversed of what the payroll's findings owe")
                .isEqualByComparingTo("314.00");
        String seenByContractor = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/steps").body()
                + as(TestUsers.HARBOR).get("/api/cases/" + caseId).body()
                + as(TestUsers.HARBOR).all("/api/contracts/" + contract + "/payroll-findings").body();
        assertThat(seenByContractor).doesNotContainIgnoringCase("complain").doesNotContain("1560").doesNotContain("1,560");
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
