package org.highroad.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.highroad.enforcement.CaseTest;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Workforce shares on a contract with a subcontractor: Harbor (the prime) and Northside (its electrical subcontractor)
 * each report one electrician for 40 hours in the week ending 2027-01-09, Harbor's a resident woman of color,
 * Northside's a white man from outside the area. The prime sees the whole contract's shares, the subcontractor only its
 * own workforce; the contract's share commitments are the prime's, so a shortfall is the prime's finding, in the
 * prime's case, whichever payroll revealed it.
 */
class SubcontractorSharesTest extends CaseTest {

    private long contract;
    private long harbor;
    private long northside;

    @BeforeEach
    void harborAndItsSubcontractorReportTheirWeek() {
        contract = contractWithStatement("Shares with a subcontractor " + System.nanoTime());
        harbor = users.vendorOf(TestUsers.HARBOR);
        northside = users.vendorOf(TestUsers.NORTHSIDE);
        Response sub = as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/subcontractors", Map.of("vendorId", northside,
                "trade", "Electrical", "startsOn", "2027-01-04", "endsOn", "2027-01-29"));
        assertThat(sub.status()).as(sub.body()).isEqualTo(200);
        assertThat(as(TestUsers.NORTHSIDE).post("/api/contracts/" + contract + "/compliance-statements", statement(List.of()))
                .status()).isEqualTo(201);
        // the subcontractor's payroll comes first: its check is the one that finds the contract's shares short
        Response subs = post(TestUsers.NORTHSIDE, contract, WEEK, HEADER + "\n" + row(1, "Lee", "5678", "60.00", "2400.00",
                ELECTRICIAN).replace(",Y,2026-01-01,Hispanic or Latino,Female", ",N,2026-01-01,White,Male") + "\n");
        assertThat(subs.status()).as(subs.body()).isEqualTo(201);
        Response prime = post(TestUsers.HARBOR, contract, WEEK, csv("60.00", "2400.00", ELECTRICIAN));
        assertThat(prime.status()).as(prime.body()).isEqualTo(201);
    }

    private JsonNode utilization(String user) {
        Response r = as(user).get("/api/contracts/" + contract + "/utilization?asOf=" + WEEK);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static BigDecimal mostHours(JsonNode lines) {
        BigDecimal most = BigDecimal.ZERO;
        for (JsonNode l : lines) {
            most = most.max(l.path("totalHours").decimalValue());
        }
        return most;
    }

    private static JsonNode projectLine(JsonNode utilization, String category) {
        for (JsonNode l : utilization.path("lines")) {
            if (l.path("category").asText().equals(category) && l.path("trade").isMissingNode() && l.path("level").isMissingNode()) {
                return l;
            }
        }
        throw new AssertionError("no project-wide " + category + " line in " + utilization);
    }

    @Test
    void aSubcontractorSeesTheSharesOfItsOwnWorkforceAndThePrimeTheWholeContracts() {
        JsonNode own = utilization(TestUsers.NORTHSIDE);
        assertThat(mostHours(own.path("lines"))).as("only Northside's 40 hours").isEqualByComparingTo("40.00");
        assertThat(projectLine(own, "LOCAL_RESIDENTS").path("hoursInGroup").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(projectLine(own, "WOMEN").path("hoursInGroup").decimalValue()).as("Harbor's woman is not Northside's")
                .isEqualByComparingTo("0.00");
        clock.advance(java.time.Duration.between(clock.instant(), java.time.Instant.parse("2027-01-20T12:00:00Z")));
        JsonNode standing = as(TestUsers.NORTHSIDE).get("/api/contracts/" + contract + "/payroll-compliance").json();
        assertThat(standing.path("shortfalls")).as("its own residents' share is short").isNotEmpty();
        assertThat(mostHours(standing.path("shortfalls"))).as("its compliance measures its own workforce too")
                .isEqualByComparingTo("40.00");
        assertThat(mostHours(as(TestUsers.HARBOR).get("/api/contracts/" + contract + "/payroll-compliance").json()
                .path("shortfalls"))).isEqualByComparingTo("80.00");

        for (String whole : List.of(TestUsers.HARBOR, TestUsers.AUDITOR)) {
            JsonNode all = utilization(whole);
            assertThat(mostHours(all.path("lines"))).as(whole).isEqualByComparingTo("80.00");
            assertThat(projectLine(all, "LOCAL_RESIDENTS").path("hoursInGroup").decimalValue()).isEqualByComparingTo("40.00");
        }
        assertThat(as(TestUsers.QUICK).get("/api/contracts/" + contract + "/utilization?asOf=" + WEEK).status()).isEqualTo(404);
    }

    @Test
    void theContractsShareShortfallIsThePrimesFindingInThePrimesCase() {
        List<String> inSubcontractorsCases = new ArrayList<>();
        List<String> inPrimesCase = new ArrayList<>();
        for (JsonNode c : as(TestUsers.AUDITOR).all("/api/cases").json()) {
            if (c.path("contractId").asLong() != contract) {
                continue;
            }
            List<String> kinds = c.path("findings").findValuesAsText("kind");
            (c.path("vendorId").asLong() == northside ? inSubcontractorsCases : inPrimesCase).addAll(kinds);
            if (c.path("vendorId").asLong() == harbor) {
                assertThat(c.path("subcontractorCase").asBoolean()).isFalse();
            }
        }
        assertThat(inSubcontractorsCases).as("Northside paid in full and answers for no share").doesNotContain("SHARE_SHORTFALL");
        assertThat(inPrimesCase).contains("SHARE_SHORTFALL").containsOnly("SHARE_SHORTFALL");
        assertThat(as(TestUsers.NORTHSIDE).all("/api/contracts/" + contract + "/payroll-findings").json()
                .findValuesAsText("kind")).doesNotContain("SHARE_SHORTFALL");
    }
}
