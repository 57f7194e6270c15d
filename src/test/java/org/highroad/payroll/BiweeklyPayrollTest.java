package org.highroad.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.highroad.payroll.wages.WorkWeeks;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * A contract that reports every two weeks: 2027-01-04 (a Monday) to 2027-02-20, its fortnights counted from the work
 * week the contract starts in, Sunday 2027-01-03 to Saturday 2027-01-16, then 01-17 to 01-30, 01-31 to 02-13 and 02-14
 * to 02-27.
 *
 * <p>Worked by hand. Harbor's electrician commitment is $60.00 + $31.40. In the first fortnight Garcia works Monday to
 * Saturday 8 hours in each work week, all paid as straight time at $60.00: 48 hours a week, 8 past 40 in each
 * (40 U.S.C. 3702(a), "in any workweek"): 8 × ($90.00 − $60.00) = $240.00 overtime in the week ending 01-09 and
 * $240.00 in the week ending 01-16, $480.00 for the fortnight. Every finding names the work week it was found in,
 * the last one too, although that week ends on the fortnight's last day.
 */
class BiweeklyPayrollTest extends PayrollTest {

    @Test
    void eachWorkWeekOfTheFortnightIsCheckedOnItsOwnAndEveryFindingNamesItsWeek() {
        long contract = executedContract("Biweekly reporting " + System.nanoTime(), "2027-01-04", "2027-02-20", "BIWEEKLY");
        Response filed = as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/compliance-statements", statement(List.of()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        JsonNode calendar = as(TestUsers.HARBOR).get("/api/contracts/" + contract + "/payroll-calendar").json();
        assertThat(calendar.findValuesAsText("periodStart")).containsExactly("2027-01-03", "2027-01-17", "2027-01-31",
                "2027-02-14");
        assertThat(calendar.findValuesAsText("weekEnding")).containsExactly("2027-01-16", "2027-01-30", "2027-02-13",
                "2027-02-27");

        Response accepted = post(TestUsers.HARBOR, contract, "2027-01-16", perWorkWeek(
                week("2027-01-09", "", "8", "8", "8", "8", "8", "8"),
                week("2027-01-16", "", "8", "8", "8", "8", "8", "8")));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().path("amountOwed").decimalValue()).isEqualByComparingTo("480.00");

        Map<String, BigDecimal> overtimeByWeek = new TreeMap<>();
        for (JsonNode f : as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings").json()) {
            if (f.path("kind").asText().equals("OVERTIME_NOT_PAID_AS_OVERTIME")) {
                String workWeek = WorkWeeks.ending(LocalDate.parse(f.path("workDate").asText())).toString();
                assertThat(f.path("detail").asText()).as("the finding names its work week")
                        .startsWith("Work week ending " + workWeek + ": ");
                overtimeByWeek.merge(workWeek, f.path("amountOwed").decimalValue(), BigDecimal::add);
            }
        }
        assertThat(overtimeByWeek).containsOnlyKeys("2027-01-09", "2027-01-16");
        assertThat(overtimeByWeek.get("2027-01-09")).isEqualByComparingTo("240.00");
        assertThat(overtimeByWeek.get("2027-01-16")).isEqualByComparingTo("240.00");
    }
}
