package org.highroad.standards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.highroad.support.ApiTest;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The presets ship with the values of the domain reference (BRJP 2017, Boston LWO July 1 steps, SF Ch. 82, WIOA OJT)
 * and load through the same validation as the API (the demo data loads all four at start-up).
 */
class PresetsApiTest extends ApiTest {

    private JsonNode version1(String code) {
        Response response = as(TestUsers.OFFICER).get("/api/standards/" + code + "/versions/1");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("content");
    }

    @Test
    void anAdminSeesTheFourPresets() {
        Response presets = as(TestUsers.ADMIN).get("/api/standard-presets");
        assertThat(presets.json().findValuesAsText("id")).containsExactly("boston-construction",
                "boston-service-living-wage", "sf-local-hire", "wioa-ojt");
    }

    @Test
    void bostonConstructionCarriesTheResidentsJobsPolicyShares() {
        JsonNode targets = version1("BOSTON-STYLE-CONSTRUCTION").path("workforceTargets");
        assertThat(targets.findValuesAsText("category")).containsExactlyInAnyOrder("LOCAL_RESIDENTS", "PEOPLE_OF_COLOR", "WOMEN");
        targets.forEach(t -> {
            assertThat(t.path("perTrade").asBoolean()).isTrue();
            assertThat(t.path("journeyAndApprenticeSeparately").asBoolean()).isTrue();
        });
        assertThat(targets.findValues("sharePercent")).extracting(JsonNode::decimalValue)
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactlyInAnyOrder(new java.math.BigDecimal("51"), new java.math.BigDecimal("40"), new java.math.BigDecimal("12"));
    }

    @Test
    void bostonLivingWageStepsUpOnJulyFirst() {
        JsonNode floors = version1("BOSTON-STYLE-SERVICE-LIVING-WAGE").path("wageFloors");
        assertThat(floors).hasSize(2);
        assertThat(floors.get(0).path("hourlyRate").decimalValue()).isEqualByComparingTo("17.55");
        assertThat(floors.get(0).path("effectiveFrom").asText()).isEqualTo("2023-07-01");
        assertThat(floors.get(0).path("effectiveUntil").asText()).isEqualTo("2024-06-30");
        assertThat(floors.get(1).path("hourlyRate").decimalValue()).isEqualByComparingTo("18.20");
        assertThat(floors.get(1).path("effectiveFrom").asText()).isEqualTo("2024-07-01");
        assertThat(floors.get(1).has("effectiveUntil")).isFalse();
    }

    @Test
    void theLivingWageReportsQuarterlyAndTheConstructionStandardsWeekly() {
        assertThat(version1("BOSTON-STYLE-SERVICE-LIVING-WAGE").path("enforcement").path("reportingCadence").asText())
                .isEqualTo("QUARTERLY");
        assertThat(version1("BOSTON-STYLE-CONSTRUCTION").path("enforcement").path("reportingCadence").asText())
                .isEqualTo("WEEKLY");
        assertThat(version1("SF-STYLE-LOCAL-HIRE").path("enforcement").path("reportingCadence").asText())
                .isEqualTo("WEEKLY");
    }

    @Test
    void sanFranciscoRequiresThirtyPercentLocalHoursPerTrade() {
        JsonNode target = version1("SF-STYLE-LOCAL-HIRE").path("workforceTargets").get(0);
        assertThat(target.path("category").asText()).isEqualTo("LOCAL_RESIDENTS");
        assertThat(target.path("sharePercent").decimalValue()).isEqualByComparingTo("30");
        assertThat(target.path("perTrade").asBoolean()).isTrue();
    }

    @Test
    void wioaOnTheJobTrainingCarriesItsSubsidyTerms() {
        JsonNode content = version1("WIOA-OJT-SUBSIDY");
        assertThat(content.path("subsidyTerms").path("maxReimbursementPercent").decimalValue()).isEqualByComparingTo("50");
        assertThat(content.path("subsidyTerms").path("maxHours").asInt()).isEqualTo(1040);
        assertThat(content.path("subsidyTerms").path("minHoursPerWeek").decimalValue()).isEqualByComparingTo("32");
        assertThat(content.path("wageFloors").get(0).path("hourlyRate").decimalValue()).isEqualByComparingTo("20.00");
    }

    @Test
    void loadingAPresetForAnUnknownAgencyIsRefusedNamingTheField() {
        Response response = as(TestUsers.ADMIN).post("/api/standard-presets/wioa-ojt/load?agency=NOWHERE", "");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFor("agencyCode")).contains("NOWHERE");
        Response unknown = as(TestUsers.ADMIN).post("/api/standard-presets/no-such-preset/load?agency=DEMO-CITY", "");
        assertThat(unknown.status()).isEqualTo(404);
    }
}
