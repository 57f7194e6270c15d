package org.highroad.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * Over HTTP: Harbor files a health plan that pays for all of worker 1234's work, $4,000.00 a month over 2,000 hours a
 * year on all work (29 CFR 5.25(c)(1): 48,000 ÷ 2,000 = $24.00 an hour); its payroll types $31.40 an hour of plan
 * credit for that worker, and the committed electrician fringe is $31.40. Highroad credits $24.00: 40 h × $7.40 =
 * $296.00 of fringe owed, and the typed figure is a finding naming the computed one.
 */
class AnnualizedFringePayrollTest extends PayrollTest {

    @Test
    void aPlanPayingForAllWorkIsCreditedOnlyAtItsAnnualizedHourlyFigure() {
        long contract = executedContract("Annualized fringe");
        Response filed = as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/compliance-statements",
                statementWith(plan("4000.00", "2000")));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.json().path("statement").path("fringePlans").get(0).path("hourlyCredit").decimalValue())
                .isEqualByComparingTo("24.00");

        Response accepted = post(TestUsers.HARBOR, contract, WEEK, csv("60.00", "2400.00", ELECTRICIAN));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().path("amountOwed").decimalValue()).isEqualByComparingTo("296.00");

        JsonNode row = as(TestUsers.HARBOR).get("/api/payrolls/" + accepted.json().path("id").asLong() + "/rows").json().get(0);
        assertThat(row.path("findings").findValuesAsText("kind"))
                .containsExactlyInAnyOrder("FRINGE_CREDIT_ABOVE_ANNUALIZED", "FRINGE_SHORTFALL");
        assertThat(row.path("restitution").path("fringe").decimalValue()).isEqualByComparingTo("296.00");
        JsonNode overstated = null;
        for (JsonNode f : row.path("findings")) {
            if (f.path("kind").asText().equals("FRINGE_CREDIT_ABOVE_ANNUALIZED")) {
                overstated = f;
            }
        }
        assertThat(overstated.path("detail").asText()).contains("claimed $31.40", "allow $24.00");
        assertThat(overstated.path("ruleCited").asText()).contains("29 CFR 5.25(c)(1)");
    }

    @Test
    void aPlanWithAContributionButNoHoursOnAllWorkIsRefusedNamingTheField() {
        long contract = executedContract("Annualized fringe refused");
        Map<String, Object> plan = plan("4000.00", null);
        Response refused = as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/compliance-statements", statementWith(plan));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().path("errors").findValuesAsText("field"))
                .contains("fringePlans[0].creditedPerHourOrAnnualized");
        assertThat(as(TestUsers.HARBOR).get("/api/contracts/" + contract + "/compliance-statements").json()).isEmpty();
    }

    @Test
    void aPlanWhoseAnnualizedCreditIsAboveWhatAnHourlyCreditHoldsIsRefusedNamingTheFieldNotTakenForAConflict() {
        // $99,999,999.99 a week × 52 over 1 hour = $5,199,999,999.48 an hour: an hourly credit holds at most
        // $999,999.99, like a typed one (item 4(a), col. 6B)
        long contract = executedContract("Annualized fringe too large");
        Map<String, Object> plan = plan("99999999.99", "1");
        plan.put("period", "WEEKLY");
        Response refused = as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/compliance-statements", statementWith(plan));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().path("errors").findValuesAsText("field"))
                .contains("fringePlans[0].annualizedCreditWithinLimit");
        assertThat(refused.body()).doesNotContainIgnoringCase("hourly_credit").doesNotContain("5199999999");
        assertThat(as(TestUsers.HARBOR).get("/api/contracts/" + contract + "/compliance-statements").json()).isEmpty();
    }

    private static Map<String, Object> plan(String monthly, String annualHours) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("name", "Harbor Health");
        plan.put("contribution", monthly);
        plan.put("period", "MONTHLY");
        plan.put("workerRef", "1234");
        if (annualHours != null) {
            plan.put("annualHoursAllWork", annualHours);
        }
        return plan;
    }

    private static Map<String, Object> statementWith(Map<String, Object> plan) {
        return Map.of("signatoryName", "Dana Harbor", "signatoryTitle", "Payroll Manager", "fringePlans", List.of(plan),
                "apprenticeshipPrograms", List.of());
    }
}
