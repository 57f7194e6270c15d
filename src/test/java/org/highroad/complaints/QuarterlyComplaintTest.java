package org.highroad.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.highroad.enforcement.CaseTest;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Worker complaints on a contract that reports quarterly, end to end: a complaint names a work week, and the week is
 * compared with that worker's rows of that work week on the quarter's payroll, credited only with what findings of that
 * work week already owe.
 *
 * <p>Worked by hand, on the quarter of {@code payroll.QuarterlyPayrollTest}: Harbor's electrician commitment is $60.00
 * + $31.40, raised to $62.00 from Monday 2027-02-15. The first quarter's payroll (2027-01-01 to 2027-03-31, due
 * 2027-04-07) lists Garcia (worker 1234) paid $60.00 an hour, all as straight time, in four work weeks: 01-09 40 h
 * (nothing owed), 01-16 48 h ($240.00 overtime), 02-13 40 h (nothing owed), 02-20 40 h ($80.00 base); $320.00 in all.
 * <ul>
 * <li>Week 02-20, 40 h, $2,400.00 received: $2,480.00 due (40 × $62.00), $80.00 short, which the week's own base finding
 * already owes: linked to it, nothing new owed.</li>
 * <li>Week 02-13, 40 h, $2,300.00 received: $2,400.00 due, $100.00 short; no finding of that work week owes anything
 * (the quarter's $320.00 is owed for other weeks), so the complaint's finding owes $100.00.</li>
 * <li>Week 01-16, 48 h, $2,880.00 received: the week's 48 reported hours at $60.00 as reported: consistent (compared with
 * the whole quarter, 168 hours would have been reported).</li>
 * <li>The visit for week 02-20 substantiates $100.00: the week's $80.00 base finding is credited, $20.00 more owed.</li>
 * </ul>
 */
class QuarterlyComplaintTest extends CaseTest {

    static final String QUARTER_END = "2027-03-31";
    private long contract;
    private long harbor;

    @BeforeEach
    void aQuarterlyContract() {
        contract = executedQuarterlyWithARaise("Quarterly complaints " + System.nanoTime());
        harbor = as(TestUsers.OFFICER).get("/api/contracts/" + contract).json().path("primeVendorId").asLong();
        Response filed = as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/compliance-statements", statement(List.of()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    }

    /** Garcia's row for one work week at the straight-time rate {@code rate}. */
    private static String weekAt(String rate, String weekEnding, String... days) {
        BigDecimal hours = BigDecimal.ZERO;
        for (String d : days) {
            hours = hours.add(d.isEmpty() ? BigDecimal.ZERO : new BigDecimal(d));
        }
        String gross = hours.multiply(new BigDecimal(rate)).setScale(2).toPlainString();
        return "1,Garcia,Maria,L,1234,J,," + ELECTRICIAN + "," + String.join(",", days) + ",,,,,,,," + rate + ",90.00,31.40,0,"
                + gross + "," + gross + ",300.00,183.60,0,483.60," + net(gross) + ",Y,2026-01-01,Hispanic or Latino,Female,"
                + weekEnding;
    }

    private void theQuartersPayroll() {
        Response accepted = post(TestUsers.HARBOR, contract, QUARTER_END, HEADER + ",week_ending\n" + String.join("\n",
                week("2027-01-09", "", "8", "8", "8", "8", "8", ""),
                week("2027-01-16", "", "8", "8", "8", "8", "8", "8"),
                week("2027-02-13", "", "8", "8", "8", "8", "8", ""),
                week("2027-02-20", "", "8", "8", "8", "8", "8", "")) + "\n");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().path("amountOwed").decimalValue()).isEqualByComparingTo("320.00");
    }

    /** A complaint about Garcia's work week, filed, triaged to that week and compared. Returns it as auditors see it. */
    private JsonNode compared(String workWeek, Object hours, Object pay) {
        long id = filed(workWeek, hours, pay);
        Response triaged = triage(id, workWeek);
        assertThat(triaged.status()).as(triaged.body()).isEqualTo(202);
        Jobs.runDue(management);
        JsonNode complaint = as(TestUsers.AUDITOR).get("/api/complaints/" + id).json();
        assertThat(complaint.path("id").asLong()).isEqualTo(id);
        return complaint;
    }

    private long filed(String workWeek, Object hours, Object pay) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("employer", "Harbor Builders");
        body.put("worksite", "Branch library");
        body.put("narrative", "The pay for that week was short.");
        body.put("weekEnding", workWeek);
        body.put("hoursClaimed", hours);
        body.put("payClaimed", pay);
        body.put("language", "en");
        PublicClient.Answer answer = new PublicClient(port).post(body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return jdbc.queryForObject("select id from worker_complaint where receipt = ?", Long.class,
                answer.json().path("receipt").asText());
    }

    private Response triage(long id, String weekEnding) {
        return as(TestUsers.AUDITOR).post("/api/complaints/" + id + "/triage", Map.of("contractId", contract, "vendorId", harbor,
                "workerRef", "1234", "weekEnding", weekEnding, "note", "Garcia on the quarter's payroll"));
    }

    private JsonNode finding(long id) {
        for (JsonNode f : as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings").json()) {
            if (f.path("id").asLong() == id) {
                return f;
            }
        }
        throw new AssertionError("no finding " + id + " on contract " + contract);
    }

    private void today(String day) {
        clock.advance(Duration.between(LocalDate.now(clock).atStartOfDay(), LocalDate.parse(day).atStartOfDay()));
    }

    @Test
    void aClaimedWorkWeekIsComparedWithThatWeeksRowsOfTheQuartersPayrollAndCreditedOnlyWithThatWeeksFindings() {
        theQuartersPayroll();
        long caseId = caseOf(contract).path("id").asLong();
        assertThat(caseOf(contract).path("amountOwed").decimalValue()).isEqualByComparingTo("320.00");

        // the quarter's last day, a Wednesday, ends no work week: the triage names the Saturday of the worker's week
        long toTriage = filed("2027-02-20", 40, 2400.00);
        Response periodEnd = triage(toTriage, QUARTER_END);
        assertThat(periodEnd.status()).as(periodEnd.body()).isEqualTo(422);
        assertThat(periodEnd.errorFor("weekEnding")).contains("Saturday ending a work week");

        JsonNode owedWeek = compared("2027-02-20", 40, 2400.00);
        assertThat(owedWeek.path("comparison").path("verdict").asText()).isEqualTo("DISCREPANCY");
        assertThat(owedWeek.path("comparison").path("detail").asText())
                .contains("worker 1234, work week ending 2027-02-20: ")
                .contains("$2,400.00 paid against $2,480.00 due").contains("$80.00 of it already owed");
        JsonNode base = finding(owedWeek.path("comparison").path("findingId").asLong());
        assertThat(base.path("kind").asText()).as("the week's own base finding owes it").isEqualTo("UNDERPAID_BASE");
        assertThat(base.path("detail").asText()).startsWith("Work week ending 2027-02-20: ");
        assertThat(caseOf(contract).path("amountOwed").decimalValue()).as("owed once").isEqualByComparingTo("320.00");

        JsonNode shortWeek = compared("2027-02-13", 40, 2300.00);
        assertThat(shortWeek.path("comparison").path("verdict").asText()).isEqualTo("DISCREPANCY");
        JsonNode investigation = finding(shortWeek.path("comparison").path("findingId").asLong());
        assertThat(investigation.path("kind").asText()).isEqualTo("INVESTIGATION_DISCREPANCY");
        assertThat(investigation.path("weekEnding").asText()).as("filed under the quarter").isEqualTo(QUARTER_END);
        assertThat(investigation.path("amountOwed").decimalValue()).as("$2,400.00 - $2,300.00, nothing of other weeks credited")
                .isEqualByComparingTo("100.00");
        assertThat(investigation.path("detail").asText()).startsWith("Work week ending 2027-02-13: investigation: ")
                .doesNotContain("2300").doesNotContain("2,300");
        assertThat(get(caseId).path("amountOwed").decimalValue()).isEqualByComparingTo("420.00");

        JsonNode overtimeWeek = compared("2027-01-16", 48, 2880.00);
        assertThat(overtimeWeek.path("comparison").path("verdict").asText()).isEqualTo("CONSISTENT");
        assertThat(overtimeWeek.path("comparison").path("detail").asText()).contains("(48.00 hours, $2,880.00 due)");

        // the visit for the week 02-20 substantiates $100.00: the week's $80.00 base finding is credited
        Map<String, Object> visit = new LinkedHashMap<>();
        visit.put("visitedOn", LocalDate.now(clock).toString());
        visit.put("outcome", "VIOLATION_FOUND");
        visit.put("notes", "the crew confirms the raise was not paid and a shift went unpaid");
        visit.put("violation", "wages below the committed rate in the work week");
        visit.put("amountOwed", "100.00");
        Response visited = as(TestUsers.AUDITOR).post("/api/complaints/" + owedWeek.path("id").asLong() + "/site-visit", visit);
        assertThat(visited.status()).as(visited.body()).isEqualTo(200);
        JsonNode site = null;
        for (JsonNode f : as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings").json()) {
            site = f.path("kind").asText().equals("SITE_VISIT_VIOLATION") ? f : site;
        }
        assertThat(site).isNotNull();
        assertThat(site.path("weekEnding").asText()).isEqualTo(QUARTER_END);
        assertThat(site.path("amountOwed").decimalValue()).as("$100.00 less the week's $80.00").isEqualByComparingTo("20.00");
        assertThat(site.path("detail").asText()).startsWith("Work week ending 2027-02-20: site visit on ")
                .contains("of which $80.00 is already owed");
    }

    /**
     * Harbor's correction of the quarter pays week 02-20 at $62.00 ($2,480.00): the week's base finding is superseded,
     * and the complaint that was linked to it is compared again with the correction's rows of that week: $2,480.00 due,
     * $2,400.00 received, nothing else owes the $80.00 now, so the complaint's own finding owes it, filed under the
     * quarter and naming the work week.
     */
    @Test
    void aCorrectionOfTheQuarterRestatesTheComplaintOfItsWorkWeek() {
        theQuartersPayroll();
        JsonNode owedWeek = compared("2027-02-20", 40, 2400.00);
        long base = owedWeek.path("comparison").path("findingId").asLong();
        assertThat(finding(base).path("kind").asText()).isEqualTo("UNDERPAID_BASE");

        Response correction = post(TestUsers.HARBOR, contract, QUARTER_END, HEADER + ",week_ending\n" + String.join("\n",
                week("2027-01-09", "", "8", "8", "8", "8", "8", ""),
                week("2027-01-16", "", "8", "8", "8", "8", "8", "8"),
                week("2027-02-13", "", "8", "8", "8", "8", "8", ""),
                weekAt("62.00", "2027-02-20", "", "8", "8", "8", "8", "8", "")) + "\n");
        assertThat(correction.status()).as(correction.body()).isEqualTo(201);
        assertThat(correction.json().path("amountOwed").decimalValue()).as("the overtime of 01-16 only").isEqualByComparingTo("240.00");
        assertThat(finding(base).path("status").asText()).isEqualTo("SUPERSEDED");

        JsonNode now = as(TestUsers.AUDITOR).get("/api/complaints/" + owedWeek.path("id").asLong()).json();
        long restated = now.path("comparison").path("findingId").asLong();
        assertThat(restated).isNotEqualTo(base);
        JsonNode investigation = finding(restated);
        assertThat(investigation.path("kind").asText()).isEqualTo("INVESTIGATION_DISCREPANCY");
        assertThat(investigation.path("weekEnding").asText()).isEqualTo(QUARTER_END);
        assertThat(investigation.path("submissionId").asLong()).isEqualTo(correction.json().path("id").asLong());
        assertThat(investigation.path("amountOwed").decimalValue()).isEqualByComparingTo("80.00");
        assertThat(investigation.path("detail").asText()).startsWith("Work week ending 2027-02-20: investigation: ");
        assertThat(now.path("weeks").get(0).path("findingId").asLong()).isEqualTo(restated);
    }

    @Test
    void theQuartersDueDateDecidesAndItsNoWorkStatementCoversItsWeeks() {
        today("2027-02-01");
        JsonNode early = compared("2027-01-09", 40, 2400.00);
        assertThat(early.path("comparison").path("verdict").asText()).isEqualTo("UNDECIDED");
        assertThat(early.path("comparison").path("detail").asText()).isEqualTo("the certified payroll for the period 2027-01-01 to "
                + "2027-03-31, which holds the work week ending 2027-01-09 is not due until 2027-04-07");

        today("2027-04-10");
        JsonNode late = compared("2027-01-09", 40, 2400.00);
        assertThat(late.path("comparison").path("verdict").asText()).isEqualTo("DISCREPANCY");
        JsonNode unreported = finding(late.path("comparison").path("findingId").asLong());
        assertThat(unreported.path("kind").asText()).isEqualTo("INVESTIGATION_DISCREPANCY");
        assertThat(unreported.path("weekEnding").asText()).isEqualTo(QUARTER_END);
        assertThat(unreported.path("detail").asText()).isEqualTo("Work week ending 2027-01-09: investigation: no certified payroll "
                + "was reported for the period 2027-01-01 to 2027-03-31, which holds the work week ending 2027-01-09, in which "
                + "the investigation found work");

        Response noWork = noWork(TestUsers.HARBOR, contract, "2027-06-30", "work finished in March");
        assertThat(noWork.status()).as(noWork.body()).isEqualTo(201);
        JsonNode covered = compared("2027-04-17", 40, 2400.00);
        assertThat(covered.path("comparison").path("verdict").asText()).isEqualTo("DISCREPANCY");
        assertThat(covered.path("comparison").path("detail").asText()).isEqualTo("the contractor certified no work in the period "
                + "2027-04-01 to 2027-06-30, which holds the work week ending 2027-04-17; the account is of 40.00 hours worked");
    }
}
