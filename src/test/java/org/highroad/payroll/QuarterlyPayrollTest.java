package org.highroad.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.highroad.payroll.process.CertifiedPayrollReviewProcess;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A contract that reports quarterly, end to end: legal review sets the cadence, the calendar expects one payroll per
 * calendar quarter (the contract runs 2027-01-04 to 2027-04-20: the first quarter, 2027-01-01 to 2027-03-31, due 7 days
 * after, on 2027-04-07; and the second, 2027-04-01 to 2027-06-30), the late-report timer waits for the quarter's due
 * date, and the quarter's payroll lists Garcia's hours per work week.
 *
 * <p>Worked by hand. Harbor's electrician commitment is $60.00 + $31.40; an amendment raises the base to $62.00 from
 * Monday 2027-02-15, inside the quarter. Garcia is paid $60.00 an hour straight time, $31.40 to plans, in four work
 * weeks of the quarter:
 * <ul>
 * <li>week ending 01-09, Monday to Friday 8 h: 40 h, nothing owed;</li>
 * <li>week ending 01-16, Monday to Saturday 8 h, all as straight time: 48 h, 8 of them past 40 in the week:
 * 8 × ($90.00 − $60.00) = $240.00 overtime;</li>
 * <li>week ending 02-13, 40 h before the raise: nothing owed;</li>
 * <li>week ending 02-20, 40 h at $60.00 against $62.00 from 02-15: 40 × $2.00 = $80.00 base.</li>
 * </ul>
 * In all $320.00 for the quarter. Were the quarter's 168 hours counted as one week, 128 of them would be overtime.
 */
class QuarterlyPayrollTest extends PayrollTest {

    static final String QUARTER_END = "2027-03-31";
    private long contract;
    private long harbor;

    @BeforeEach
    void aQuarterlyContract() {
        contract = executedQuarterlyWithARaise("Quarterly reporting " + System.nanoTime());
        harbor = as(TestUsers.OFFICER).get("/api/contracts/" + contract).json().path("primeVendorId").asLong();
        Response filed = as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/compliance-statements", statement(List.of()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    }

    @Test
    void legalReviewSetsTheCadenceAndTheCalendarExpectsEachQuarterDueAfterItsEnd() {
        JsonNode current = as(TestUsers.HARBOR).get("/api/contracts/" + contract).json().path("current");
        assertThat(current.path("reporting").path("cadence").asText()).isEqualTo("QUARTERLY");
        String reporting = "";
        for (JsonNode clause : current.path("clauses")) {
            if (clause.path("code").asText().equals("REPORTING")) {
                reporting = clause.path("body").asText();
            }
        }
        assertThat(reporting).contains("for every calendar quarter in which work is performed")
                .contains("within 7 days after the calendar quarter ends").doesNotContain("{{");
        // the standard (Boston-style construction) reports weekly: the quarter is legal review's, not the standard's
        assertThat(as(TestUsers.OFFICER).get("/api/contracts/" + contract).json().path("standardCode").asText())
                .isEqualTo("BOSTON-STYLE-CONSTRUCTION");
        assertThat(reporting).doesNotContain("the quarterly reporting of standard")
                .contains("quarterly reporting settled in legal review, in place of the weekly reporting of standard "
                        + "BOSTON-STYLE-CONSTRUCTION version 1");

        JsonNode calendar = as(TestUsers.HARBOR).get("/api/contracts/" + contract + "/payroll-calendar").json();
        assertThat(calendar).hasSize(2);
        assertThat(calendar.get(0).path("periodStart").asText()).isEqualTo("2027-01-01");
        assertThat(calendar.get(0).path("weekEnding").asText()).isEqualTo(QUARTER_END);
        assertThat(calendar.get(0).path("dueOn").asText()).isEqualTo("2027-04-07");
        assertThat(calendar.get(1).path("periodStart").asText()).isEqualTo("2027-04-01");
        assertThat(calendar.get(1).path("weekEnding").asText()).isEqualTo("2027-06-30");

        // the quarter's review waits for its report until the first moment after its due date
        var instance = runtime.createProcessInstanceQuery().processDefinitionKey(CertifiedPayrollReviewProcess.PROCESS_ID)
                .processInstanceBusinessKey(contract + ":" + harbor + ":" + QUARTER_END).singleResult();
        assertThat(instance).isNotNull();
        assertThat((Date) runtime.getVariable(instance.getId(), CertifiedPayrollReviewProcess.VAR_LATE_AT))
                .isEqualTo(Date.from(LocalDate.parse("2027-04-08").atStartOfDay(clock.getZone()).toInstant()));

        // a cadence that does not exist is refused, naming the field
        Response unknown = as(TestUsers.OFFICER).put("/api/contracts/" + contract + "/draft", Map.of("title", "x", "value", 1,
                "periodStart", "2027-01-04", "periodEnd", "2027-04-20", "reportingCadence", "FORTNIGHTLY"));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(422);
        assertThat(unknown.errorFor("reportingCadence")).isNotBlank();

        // a week is not a period of this contract
        Response weekly = post(TestUsers.HARBOR, contract, WEEK, csv("60.00", "2400.00", ELECTRICIAN));
        assertThat(weekly.status()).as(weekly.body()).isEqualTo(422);
        assertThat(weekly.errorFor("weekEnding")).as(weekly.body()).startsWith(WEEK + " is not the last day of a reporting "
                + "period (calendar quarter) that the contract's payroll calendar expects from your company");
    }

    @Test
    void theQuartersPayrollIsCheckedPerWorkWeekAndPerDayAndItsLateReportNamesTheQuarter() {
        // the due date passes without the quarter's payroll: a late report naming the quarter
        clock.advance(Duration.between(LocalDate.now(clock).atStartOfDay(), LocalDate.parse("2027-04-08").atStartOfDay()));
        Jobs.fireTimer(management, runtime, CertifiedPayrollReviewProcess.PROCESS_ID, contract + ":" + harbor + ":" + QUARTER_END,
                CertifiedPayrollReviewProcess.EVENT_DUE_DATE_PASSED);
        JsonNode late = as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings").json();
        assertThat(late.findValuesAsText("kind")).containsExactly("LATE_REPORT");
        assertThat(late.get(0).path("detail").asText()).isEqualTo("no certified payroll or no-work statement for the calendar "
                + "quarter 2027-01-01 to 2027-03-31 was received by 2027-04-07");

        // Thursday 2027-04-01 is the second quarter's: refused, naming the row and the day's column
        Response refused = post(TestUsers.HARBOR, contract, QUARTER_END, perWorkWeek(week("2027-01-09", "", "8", "8", "8", "8", "8", ""),
                week("2027-04-03", "", "8", "8", "8", "8", "", "")));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("row 2, st_thu");
        assertThat(refused.json().path("errors").get(0).path("reason").asText())
                .startsWith("2027-04-01 is outside the period 2027-01-01 to 2027-03-31");

        Response accepted = post(TestUsers.HARBOR, contract, QUARTER_END, perWorkWeek(
                week("2027-01-09", "", "8", "8", "8", "8", "8", ""),
                week("2027-01-16", "", "8", "8", "8", "8", "8", "8"),
                week("2027-02-13", "", "8", "8", "8", "8", "8", ""),
                week("2027-02-20", "", "8", "8", "8", "8", "8", "")));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().path("amountOwed").decimalValue()).isEqualByComparingTo("320.00");
        JsonNode findings = as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings").json();
        BigDecimal overtime = BigDecimal.ZERO;
        BigDecimal base = BigDecimal.ZERO;
        for (JsonNode f : findings) {
            if (f.path("kind").asText().equals("OVERTIME_NOT_PAID_AS_OVERTIME")) {
                overtime = overtime.add(f.path("amountOwed").decimalValue());
                assertThat(f.path("detail").asText()).startsWith("Work week ending 2027-01-16: ");
                assertThat(f.path("workDate").asText()).as("the premium hours are Saturday's").isEqualTo("2027-01-16");
            }
            if (f.path("kind").asText().equals("UNDERPAID_BASE")) {
                base = base.add(f.path("amountOwed").decimalValue());
                assertThat(f.path("detail").asText()).startsWith("Work week ending 2027-02-20: ");
            }
        }
        assertThat(overtime).isEqualByComparingTo("240.00");
        assertThat(base).isEqualByComparingTo("80.00");

        // the compliance view shows the quarter received; the shares to mid-January count the quarter's January hours
        JsonNode compliance = as(TestUsers.HARBOR).get("/api/contracts/" + contract + "/payroll-compliance").json();
        JsonNode first = compliance.path("weeks").get(0);
        assertThat(first.path("periodStart").asText()).isEqualTo("2027-01-01");
        assertThat(first.path("weekEnding").asText()).isEqualTo(QUARTER_END);
        assertThat(first.path("state").asText()).isEqualTo("RECEIVED");
        JsonNode shares = as(TestUsers.AUDITOR).get("/api/contracts/" + contract + "/utilization?asOf=2027-01-16").json();
        BigDecimal most = BigDecimal.ZERO;
        for (JsonNode line : shares.path("lines")) {
            most = most.max(line.path("totalHours").decimalValue());
        }
        assertThat(most).as("40 + 48 hours to 2027-01-16").isEqualByComparingTo("88");
    }

    /**
     * The work week Sunday 03-28 to Saturday 04-03 spans both quarters. The first quarter's payroll reports Monday to
     * Wednesday, 10 h a day (30 h at $60.00 against $62.00: 30 × $2.00 = $60.00 base, no overtime); the second's
     * Thursday to Saturday, 8 h a day, all as straight time. The week is 54 h: its last 14 hours (Saturday's 8, Friday's
     * last 6) are premium hours, all the second quarter's: 14 × ($93.00 − $60.00) = $462.00 overtime, and the 10
     * straight hours 10 × $2.00 = $20.00 base: $482.00. Counted alone, the second quarter's 24 h would owe $48.00.
     */
    @Test
    void theWorkWeekAcrossTheQuartersEndCountsTheEarlierQuartersHoursFirst() {
        Response first = post(TestUsers.HARBOR, contract, QUARTER_END, perWorkWeek(week("2027-04-03", "", "10", "10", "10", "", "", "")));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().path("amountOwed").decimalValue()).isEqualByComparingTo("60.00");

        Response second = post(TestUsers.HARBOR, contract, "2027-06-30", perWorkWeek(week("2027-04-03", "", "", "", "", "8", "8", "8")));
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.json().path("amountOwed").decimalValue()).isEqualByComparingTo("482.00");
    }

    /**
     * The same quarter sent as a daily timecard export read with a saved map (days as rows): each work week's days become
     * that week's row, so the figures are those of the canonical file above, $240.00 overtime in the week ending 01-16
     * and $80.00 base in the week ending 02-20, $320.00 in all. Each week's rows repeat that week's totals: $2,400.00
     * for 40 h, $2,880.00 for 48 h; deductions $483.60.
     */
    @Test
    void theQuartersDailyExportReadWithAMapIsCheckedPerWorkWeek() {
        String maps = "/api/vendors/" + harbor + "/payroll-maps";
        Response created = as(TestUsers.HARBOR).post(maps, PayrollColumnMapsTest.map("Daily timecards", List.of("Dept"),
                Map.of("Inside Wireman", ELECTRICIAN)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String map = created.json().path("id").asText();
        StringBuilder file = new StringBuilder(PayrollColumnMapsTest.HEADER).append('\n');
        String forty = "\"$2,400.00\",\"$2,400.00\",$300.00,$183.60,$483.60,\"$1,916.40\"";
        String fortyEight = "\"$2,880.00\",\"$2,880.00\",$300.00,$183.60,$483.60,\"$2,396.40\"";
        String[][] days = {
            {"01/04/2027", forty}, {"01/05/2027", forty}, {"01/06/2027", forty}, {"01/07/2027", forty}, {"01/08/2027", forty},
            {"01/11/2027", fortyEight}, {"01/12/2027", fortyEight}, {"01/13/2027", fortyEight}, {"01/14/2027", fortyEight},
            {"01/15/2027", fortyEight}, {"01/16/2027", fortyEight},
            {"02/08/2027", forty}, {"02/09/2027", forty}, {"02/10/2027", forty}, {"02/11/2027", forty}, {"02/12/2027", forty},
            {"02/15/2027", forty}, {"02/16/2027", forty}, {"02/17/2027", forty}, {"02/18/2027", forty}, {"02/19/2027", forty}};
        for (String[] day : days) {
            file.append("1,Garcia,Maria,1234,Journeyman,Inside Wireman,").append(day[0]).append(",8,,$60.00,$31.40,")
                    .append(day[1]).append(",Electrical\n");
        }

        Response preview = sendToday(TestUsers.HARBOR, maps + "/" + map + "/preview?weekEnding=" + QUARTER_END
                + "&periodStart=2027-01-01", "text/csv", file.toString());
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().path("errors")).as(preview.body()).isEmpty();
        assertThat(preview.json().path("rows").findValuesAsText("week_ending"))
                .containsExactly("2027-01-09", "2027-01-16", "2027-02-13", "2027-02-20");

        Response accepted = send(TestUsers.HARBOR, "/api/contracts/" + contract + "/payrolls?weekEnding=" + QUARTER_END
                + "&map=" + map, "text/csv", file.toString());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().path("amountOwed").decimalValue()).isEqualByComparingTo("320.00");
    }

    @Test
    void aQuarterWithoutWorkIsCertifiedOnceItHasEnded() {
        Response notYet = as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/payrolls/no-work?weekEnding=2027-06-30",
                Map.of("reason", "work finished in April"));
        assertThat(notYet.status()).as(notYet.body()).isEqualTo(422);
        assertThat(notYet.errorFor("weekEnding")).as("the period in its own words")
                .startsWith("the calendar quarter 2027-04-01 to 2027-06-30 has not ended yet");

        Response noWork = noWork(TestUsers.HARBOR, contract, "2027-06-30", "work finished in April");
        assertThat(noWork.status()).as(noWork.body()).isEqualTo(201);
        JsonNode compliance = as(TestUsers.HARBOR).get("/api/contracts/" + contract + "/payroll-compliance").json();
        JsonNode second = compliance.path("weeks").get(1);
        assertThat(second.path("periodStart").asText()).isEqualTo("2027-04-01");
        assertThat(second.path("state").asText()).isEqualTo("NO_WORK");
    }

    /** A day the calendar cannot count a quarter past is refused naming the parameter, never an error of the server. */
    @Test
    void sharesAsOfADayAtTheCalendarsEdgeAreRefusedNamingTheDay() {
        for (String asOf : new String[] {"%2B999999999-12-31", "-999999999-01-01", "%2B100000-01-01"}) {
            Response refused = as(TestUsers.AUDITOR).get("/api/contracts/" + contract + "/utilization?asOf=" + asOf);
            assertThat(refused.status()).as(asOf + " " + refused.body()).isEqualTo(400);
            assertThat(refused.errorFor("asOf")).as(refused.body()).isNotBlank();
        }
    }
}
