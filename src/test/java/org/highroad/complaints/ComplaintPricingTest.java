package org.highroad.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.highroad.enforcement.CaseTest;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A worker's account of their pay, in their own terms, priced over HTTP against the README walkthrough's contract:
 * Andre Johnson (worker 5678) is on the payroll as a laborer, committed at $45.00 base and $26.85 fringe an hour. He
 * says he worked 48 hours a week, 8 a day, at $30 an hour with overtime never paid, for two weeks. Worked by hand, each
 * week: 40 h × $45.00 + 8 h × $67.50 = $2,340.00 due, 48 h × $30 = $1,440.00 paid, $900.00 short, 48 h × $26.85 =
 * $1,288.80 fringe: $2,188.80 a week, $4,377.60 for the two.
 */
class ComplaintPricingTest extends CaseTest {

    private long contract;
    private long harbor;

    @BeforeEach
    void harborFilesTheWalkthroughPayroll() throws Exception {
        contract = executedContract("Complaint priced " + System.nanoTime());
        harbor = users.vendorOf(TestUsers.HARBOR);
        assertThat(send(TestUsers.HARBOR, "/api/contracts/" + contract + "/compliance-statements", "application/json",
                Files.readString(Path.of("docs/walkthrough/statement-of-compliance.json"))).status()).isEqualTo(201);
        Response payroll = post(TestUsers.HARBOR, contract, WEEK, Files.readString(Path.of("docs/walkthrough/payroll-week-1.csv")));
        assertThat(payroll.status()).as(payroll.body()).isEqualTo(201);
        clock.advance(Duration.between(clock.instant(), Instant.parse("2027-01-20T12:00:00Z")));
    }

    private Map<String, Object> complaint(String language, Map<String, Object> claim) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("employer", "Harbor Builders");
        body.put("worksite", "Branch library roof");
        body.put("narrative", "es".equals(language) ? "Nos pagaron treinta la hora y nunca las horas extra."
                : "They paid us thirty an hour and never the overtime.");
        body.put("language", language);
        body.put("claim", claim);
        return body;
    }

    private static Map<String, Object> twoWeeksAt30() {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("firstWeekEnding", WEEK);
        claim.put("lastWeekEnding", "2027-01-16");
        claim.put("hoursPerWeek", 48);
        claim.put("hoursPerDay", 8);
        claim.put("paidBy", "HOURLY");
        claim.put("amount", 30);
        claim.put("overtimePaid", false);
        return claim;
    }

    /** Files the complaint and triages it to worker 5678's week; returns it as auditors read it. */
    private JsonNode filedAndTriaged(String language) {
        PublicClient.Answer filed = new PublicClient(port).post(complaint(language, twoWeeksAt30()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        long id = jdbc.queryForObject("select id from worker_complaint where receipt = ?", Long.class,
                filed.json().path("receipt").asText());
        Response triaged = as(TestUsers.AUDITOR).post("/api/complaints/" + id + "/triage", Map.of("contractId", contract,
                "vendorId", harbor, "workerRef", "5678", "weekEnding", WEEK));
        assertThat(triaged.status()).as(triaged.body()).isEqualTo(202);
        return as(TestUsers.AUDITOR).get("/api/complaints/" + id).json();
    }

    @Test
    void anAuditorReadsTheWorkersAccountPricedPerWeekAndForThePeriodLabelledAsAClaim() {
        JsonNode complaint = filedAndTriaged("es");

        assertThat(complaint.path("account").path("paidBy").asText()).isEqualTo("HOURLY");
        JsonNode priced = complaint.path("pricedClaim");
        assertThat(priced.path("label").asText()).isEqualTo("claim, not substantiated");
        assertThat(priced.path("complete").asBoolean()).isTrue();
        assertThat(priced.path("weeks")).hasSize(2);
        for (JsonNode week : priced.path("weeks")) {
            assertThat(week.path("overtimeHours").decimalValue()).isEqualByComparingTo("8.00");
            assertThat(week.path("wagesDue").decimalValue()).isEqualByComparingTo("2340.00");
            assertThat(week.path("paid").decimalValue()).isEqualByComparingTo("1440.00");
            assertThat(week.path("wagesShort").decimalValue()).isEqualByComparingTo("900.00");
            assertThat(week.path("fringeOwed").decimalValue()).isEqualByComparingTo("1288.80");
            assertThat(week.path("backWages").decimalValue()).isEqualByComparingTo("2188.80");
        }
        assertThat(priced.path("backWages").decimalValue()).isEqualByComparingTo("4377.60");
    }

    @Test
    void theSameAccountIsPricedTheSameWhateverTheLanguageItWasToldIn() {
        assertThat(filedAndTriaged("en").path("pricedClaim")).isEqualTo(filedAndTriaged("es").path("pricedClaim"));
    }

    @Test
    void anAccountOfPayThatCannotBePricedIsRefusedNamingTheFieldAndNothingIsKept() {
        Map<String, Object> claim = twoWeeksAt30();
        claim.put("paidBy", "IN_KIND");
        claim.put("lastWeekEnding", "2027-01-02");
        Integer before = jdbc.queryForObject("select count(*) from worker_complaint", Integer.class);

        PublicClient.Answer answer = new PublicClient(port).post(complaint("en", claim));

        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(answer.errorFor("claim.paidBy")).contains("HOURLY, WEEKLY or CASH");
        assertThat(answer.errorFor("claim.lastWeekEnding")).contains("before the first week's end");
        assertThat(jdbc.queryForObject("select count(*) from worker_complaint", Integer.class)).isEqualTo(before);
    }

    @Test
    void anAccountGivenOnlyInTheWorkersTermsIsComparedWithThePayrollAndOwesOnlyWhatThePayrollFindingsDoNot() {
        JsonNode filed = filedAndTriaged("es");
        Jobs.runDue(management);
        JsonNode complaint = as(TestUsers.AUDITOR).get("/api/complaints/" + filed.path("id").asLong()).json();

        // the payroll reports 40 hours at $42.00 where $45.00 is committed: $1,800.00 due, $120.00 already owed by the
        // payroll's finding; the worker says 48 hours and $1,440.00 received: $1,800.00 - $1,440.00 - $120.00 = $240.00
        assertThat(complaint.path("comparison").path("verdict").asText()).isEqualTo("DISCREPANCY");
        assertThat(complaint.path("comparison").path("detail").asText())
                .contains("48.00 hours worked against 40.00 reported", "$1,440.00 paid against $1,800.00 due");
        long finding = complaint.path("comparison").path("findingId").asLong();
        JsonNode recorded = null;
        for (JsonNode f : as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings").json()) {
            recorded = f.path("id").asLong() == finding ? f : recorded;
        }
        assertThat(recorded).isNotNull();
        assertThat(recorded.path("amountOwed").decimalValue()).isEqualByComparingTo("240.00");
        assertThat(recorded.toString()).doesNotContain("1,440.00", "48.00 hours", "treinta");
        assertThat(complaint.path("pricedClaim").path("backWages").decimalValue()).isEqualByComparingTo("4377.60");
        assertThat(complaint.path("weeks")).hasSize(2);
        assertThat(complaint.path("weeks").get(1).path("weekEnding").asText()).isEqualTo("2027-01-16");
        assertThat(complaint.path("weeks").get(1).path("verdict").asText()).as("that week's payroll is not due yet")
                .isEqualTo("UNDECIDED");
        assertThat(complaint.path("weeks").get(1).path("detail").asText()).contains("not due until");
    }

    /**
     * Every week of the range is compared with its own payroll. Harbor reports the second week as the first: Andre at
     * $42.00 for 40 hours, $120.00 owed by the payroll's finding. The worker tells the weeks as ending on Sundays
     * (2027-01-10 and 2027-01-17): they are the payroll weeks ending the Saturdays before. Each week, by hand:
     * $1,800.00 due - $1,440.00 received - $120.00 already owed = $240.00, recorded once per week.
     */
    @Test
    void everyWeekOfTheClaimedRangeIsComparedWithThatWeeksPayrollAndOwesOnlyWhatItsFindingsDoNot() throws Exception {
        Response second = post(TestUsers.HARBOR, contract, "2027-01-16", Files.readString(Path.of("docs/walkthrough/payroll-week-1.csv")));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        Map<String, Object> claim = twoWeeksAt30();
        claim.put("firstWeekEnding", "2027-01-10");
        claim.put("lastWeekEnding", "2027-01-17");
        PublicClient.Answer filed = new PublicClient(port).post(complaint("en", claim));
        long id = jdbc.queryForObject("select id from worker_complaint where receipt = ?", Long.class,
                filed.json().path("receipt").asText());
        assertThat(as(TestUsers.AUDITOR).post("/api/complaints/" + id + "/triage", Map.of("contractId", contract,
                "vendorId", harbor, "workerRef", "Andre Johnson", "weekEnding", WEEK)).status()).isEqualTo(202);
        Jobs.runDue(management);
        JsonNode complaint = as(TestUsers.AUDITOR).get("/api/complaints/" + id).json();

        assertThat(complaint.path("comparison").path("verdict").asText()).isEqualTo("DISCREPANCY");
        JsonNode weeks = complaint.path("weeks");
        assertThat(weeks).hasSize(2);
        assertThat(weeks.get(0).path("weekEnding").asText()).isEqualTo(WEEK);
        assertThat(weeks.get(1).path("weekEnding").asText()).isEqualTo("2027-01-16");
        JsonNode findings = as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings").json();
        for (JsonNode week : weeks) {
            assertThat(week.path("verdict").asText()).isEqualTo("DISCREPANCY");
            assertThat(week.path("detail").asText()).contains("48.00 hours worked against 40.00 reported",
                    "$1,440.00 paid against $1,800.00 due");
            JsonNode recorded = null;
            for (JsonNode f : findings) {
                recorded = f.path("id").asLong() == week.path("findingId").asLong() ? f : recorded;
            }
            assertThat(recorded).isNotNull();
            assertThat(recorded.path("weekEnding").asText()).isEqualTo(week.path("weekEnding").asText());
            assertThat(recorded.path("amountOwed").decimalValue()).isEqualByComparingTo("240.00");
        }
        assertThat(weeks.get(0).path("findingId").asLong()).isNotEqualTo(weeks.get(1).path("findingId").asLong());

        // The interview substantiates, for the first week, what the findings already owe Andre ($120.00 base, 40 h ×
        // ($26.85 - $25.00) = $74.00 fringe, $240.00 by the comparison: $434.00), and $500.00 for the second: the first
        // week owes nothing more, the second $500.00 - $434.00 = $66.00.
        Map<String, Object> visit = new LinkedHashMap<>();
        visit.put("visitedOn", "2027-01-20");
        visit.put("outcome", "VIOLATION_FOUND");
        visit.put("notes", "the crew confirms 48 hours a week at $30");
        visit.put("violation", "hours beyond 40 a week were worked and paid at straight time below the committed rate");
        visit.put("amountOwed", "434.00");
        Map<String, Object> twice = new LinkedHashMap<>(visit);
        twice.put("substantiated", java.util.List.of(Map.of("weekEnding", WEEK, "amount", "400.00"),
                Map.of("weekEnding", "2027-01-16", "amount", "500.00")));
        Response refused = as(TestUsers.AUDITOR).post("/api/complaints/" + id + "/site-visit", twice);
        assertThat(refused.status()).as("the triaged week's amount given twice: " + refused.body()).isEqualTo(422);
        assertThat(refused.errorFor("substantiated")).contains("the triaged week");
        visit.put("substantiated", java.util.List.of(Map.of("weekEnding", "2027-01-16", "amount", "500.00")));
        Response visited = as(TestUsers.AUDITOR).post("/api/complaints/" + id + "/site-visit", visit);
        assertThat(visited.status()).as(visited.body()).isEqualTo(200);
        JsonNode after = visited.json().path("weeks");
        assertThat(after.get(0).path("substantiated").decimalValue()).isEqualByComparingTo("434.00");
        assertThat(after.get(1).path("substantiated").decimalValue()).isEqualByComparingTo("500.00");
        findings = as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings").json();
        for (int i = 0; i < 2; i++) {
            JsonNode recorded = null;
            for (JsonNode f : findings) {
                recorded = f.path("id").asLong() == after.get(i).path("visitFindingId").asLong() ? f : recorded;
            }
            assertThat(recorded).as("week " + i).isNotNull();
            assertThat(recorded.path("kind").asText()).isEqualTo("SITE_VISIT_VIOLATION");
            if (i == 0) {
                assertThat(recorded.path("amountOwed").isNull() || recorded.path("amountOwed").isMissingNode()).as(recorded.toString())
                        .isTrue();
            } else {
                assertThat(recorded.path("amountOwed").decimalValue()).isEqualByComparingTo("66.00");
            }
        }
        for (String week : new String[] {WEEK, "2027-01-16"}) {
            java.math.BigDecimal owed = java.math.BigDecimal.ZERO;
            for (JsonNode f : findings) {
                if ("5678".equals(f.path("workerRef").asText()) && week.equals(f.path("weekEnding").asText())
                        && f.path("amountOwed").isNumber()) {
                    owed = owed.add(f.path("amountOwed").decimalValue());
                }
            }
            assertThat(owed).as("owed once for the week ending " + week).isEqualByComparingTo(week.equals(WEEK) ? "434.00" : "500.00");
        }
    }

    /** A week of the account before the contractor's payroll calendar begins is not compared: no payroll is owed for it. */
    @Test
    void aWeekOfTheAccountOutsideThePayrollCalendarIsNotComparedAndRecordsNoFinding() {
        assertThat(jdbc.queryForObject("select count(*) from payroll_finding where contract_id = ? and week_ending = '2027-01-02'",
                Integer.class, contract)).isZero();
        Map<String, Object> claim = twoWeeksAt30();
        claim.put("firstWeekEnding", "2027-01-02");
        claim.put("lastWeekEnding", WEEK);
        PublicClient.Answer filed = new PublicClient(port).post(complaint("en", claim));
        long id = jdbc.queryForObject("select id from worker_complaint where receipt = ?", Long.class,
                filed.json().path("receipt").asText());
        assertThat(as(TestUsers.AUDITOR).post("/api/complaints/" + id + "/triage", Map.of("contractId", contract,
                "vendorId", harbor, "workerRef", "5678", "weekEnding", WEEK)).status()).isEqualTo(202);
        Jobs.runDue(management);
        JsonNode weeks = as(TestUsers.AUDITOR).get("/api/complaints/" + id).json().path("weeks");

        assertThat(weeks).hasSize(2);
        assertThat(weeks.get(0).path("weekEnding").asText()).isEqualTo("2027-01-02");
        assertThat(weeks.get(0).path("verdict").asText()).isEqualTo("NOT_COMPARED");
        assertThat(weeks.get(0).path("findingId").isNumber()).isFalse();
        assertThat(weeks.get(1).path("verdict").asText()).isEqualTo("DISCREPANCY");
        assertThat(jdbc.queryForObject("select count(*) from payroll_finding where contract_id = ? and week_ending = '2027-01-02'",
                Integer.class, contract)).isZero();
    }
}
