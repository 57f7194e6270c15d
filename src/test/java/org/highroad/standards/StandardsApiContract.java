package org.highroad.standards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicInteger;
import org.highroad.support.ApiTest;
import org.highroad.support.Http.Response;
import org.highroad.support.StandardBodies;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The standards API, run on H2 ({@link StandardsApiTest}) and on PostgreSQL ({@link StandardsApiPostgresTest}). */
abstract class StandardsApiContract extends ApiTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    StandardCatalog catalog;

    private String code;

    private String newCode() {
        code = "TEST-" + getClass().getSimpleName().length() + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        return code;
    }

    @Test
    void listsTheDemoStandardsToAnySignedInUser() {
        Response response = as(TestUsers.HARBOR).get("/api/standards");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("BOSTON-STYLE-CONSTRUCTION");
    }

    @Test
    void createsAStandardAndReadsBackEveryPart() {
        Response created = as(TestUsers.ADMIN).post("/api/standards", StandardBodies.newStandard(newCode()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        Response read = as(TestUsers.OFFICER).get("/api/standards/" + code + "/versions/1");
        assertThat(read.status()).isEqualTo(200);
        var body = read.json();
        assertThat(body.path("version").asInt()).isEqualTo(1);
        assertThat(body.path("createdBy").asText()).isEqualTo(TestUsers.ADMIN);
        var content = body.path("content");
        assertThat(content.path("wageFloors").get(0).path("hourlyRate").decimalValue()).isEqualByComparingTo("18.20");
        assertThat(content.path("wageDeterminations").get(0).path("rates").get(0).path("fringeRate").decimalValue())
                .isEqualByComparingTo("31.20");
        assertThat(content.path("workforceTargets").get(0).path("sharePercent").decimalValue()).isEqualByComparingTo("51");
        assertThat(content.path("rubric")).hasSize(4);
        assertThat(content.path("rubric").get(1).path("fullPointsAt").decimalValue()).isEqualByComparingTo("25");
        assertThat(content.path("enforcement").path("fineCap").decimalValue()).isEqualByComparingTo("30000.00");
    }

    @Test
    void aVersionSaysWhetherCashAboveTheBaseMakesUpAFringeShortfallKeptApartWhenOmitted() {
        Response omitted = as(TestUsers.ADMIN).post("/api/standards", StandardBodies.newStandard(newCode()));
        assertThat(omitted.status()).as(omitted.body()).isEqualTo(201);
        assertThat(as(TestUsers.OFFICER).get("/api/standards/" + code + "/versions/1").json().path("content")
                .path("enforcement").path("cashAboveBaseMakesUpFringe").asBoolean(true)).isFalse();

        ObjectNode combined = StandardBodies.newStandard(newCode());
        ((ObjectNode) combined.get("version").get("enforcement")).put("cashAboveBaseMakesUpFringe", true);
        Response created = as(TestUsers.ADMIN).post("/api/standards", combined);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(as(TestUsers.OFFICER).get("/api/standards/" + code + "/versions/1").json().path("content")
                .path("enforcement").path("cashAboveBaseMakesUpFringe").asBoolean(false)).isTrue();

        ObjectNode wrongType = StandardBodies.newStandard(newCode());
        ((ObjectNode) wrongType.get("version").get("enforcement")).put("cashAboveBaseMakesUpFringe", "sometimes");
        Response refused = as(TestUsers.ADMIN).post("/api/standards", wrongType);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFor("version.enforcement.cashAboveBaseMakesUpFringe")).isNotBlank();
    }

    @Test
    void aVersionSetsItsReportingCadenceWeeklyWhenOmitted() {
        Response omitted = as(TestUsers.ADMIN).post("/api/standards", StandardBodies.newStandard(newCode()));
        assertThat(omitted.status()).as(omitted.body()).isEqualTo(201);
        assertThat(as(TestUsers.OFFICER).get("/api/standards/" + code + "/versions/1").json().path("content")
                .path("enforcement").path("reportingCadence").asText()).isEqualTo("WEEKLY");

        ObjectNode quarterly = StandardBodies.newStandard(newCode());
        ((ObjectNode) quarterly.get("version").get("enforcement")).put("reportingCadence", "QUARTERLY");
        Response created = as(TestUsers.ADMIN).post("/api/standards", quarterly);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(as(TestUsers.OFFICER).get("/api/standards/" + code + "/versions/1").json().path("content")
                .path("enforcement").path("reportingCadence").asText()).isEqualTo("QUARTERLY");

        ObjectNode unknown = StandardBodies.newStandard(newCode());
        ((ObjectNode) unknown.get("version").get("enforcement")).put("reportingCadence", "FORTNIGHTLY");
        Response refused = as(TestUsers.ADMIN).post("/api/standards", unknown);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.errorFor("version.enforcement.reportingCadence")).isNotBlank();
    }

    @Test
    void refusesMalformedJsonNamingWhereItBroke() {
        Response response = as(TestUsers.ADMIN).postRaw("/api/standards", "{\"code\": \"X\", ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).contains("application/problem+json");
        assertThat(response.errorFor("body")).contains("not valid JSON");
    }

    @Test
    void refusesAMissingFieldNamingIt() {
        ObjectNode body = StandardBodies.newStandard(newCode());
        ((ObjectNode) body.get("version")).remove("effectiveFrom");
        Response response = as(TestUsers.ADMIN).post("/api/standards", body);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFor("version.effectiveFrom")).contains("must not be null");
        assertNothingStored();
    }

    @Test
    void refusesOutOfRangeValuesNamingEachField() {
        ObjectNode body = StandardBodies.newStandard(newCode());
        ObjectNode version = (ObjectNode) body.get("version");
        ((ObjectNode) version.get("workforceTargets").get(0)).put("sharePercent", 120);
        ((ObjectNode) version.get("wageFloors").get(0)).put("hourlyRate", -1);
        Response response = as(TestUsers.ADMIN).post("/api/standards", body);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFor("version.workforceTargets[0].sharePercent")).contains("between 0 and 100");
        assertThat(response.errorFor("version.wageFloors[0].hourlyRate")).contains("positive");
        assertNothingStored();
    }

    @Test
    void refusesAWrongTypeNamingTheField() {
        ObjectNode body = StandardBodies.newStandard(newCode());
        ((ObjectNode) body.get("version").get("wageFloors").get(0)).put("hourlyRate", "eighteen");
        Response response = as(TestUsers.ADMIN).post("/api/standards", body);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFor("version.wageFloors[0].hourlyRate")).contains("must be a number");
        assertNothingStored();
    }

    @Test
    void refusesAnUnknownEnumValueListingTheChoices() {
        ObjectNode body = StandardBodies.newStandard(newCode());
        ((ObjectNode) body.get("version").get("rubric").get(1)).put("kind", "LOTTERY");
        Response response = as(TestUsers.ADMIN).post("/api/standards", body);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFor("version.rubric[1].kind")).contains("one of").contains("LINEAR");
    }

    /** A criterion scoring a metric no bid (or, for a wage-subsidy standard, no request) has would never earn points. */
    @Test
    void refusesACriterionScoringAMetricThatWhatTheStandardScoresDoesNotHave() {
        ObjectNode body = StandardBodies.newStandard(newCode());
        ((ObjectNode) body.get("version").get("rubric").get(2)).put("metric", "bogusMetric");
        Response response = as(TestUsers.ADMIN).post("/api/standards", body);
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.errorFor("version.rubric[2].metric")).contains("bogusMetric is not an answer bids give; a criterion scores one of these, as the API names them:")
                .contains("employerHealthPremiumSharePercent", "scheduleNoticeDays", "price", "pastOnTimeReportingPercent");
        assertNothingStored();

        ObjectNode subsidy = StandardBodies.newStandard(newCode());
        ((ObjectNode) subsidy.get("version")).putObject("subsidyTerms").put("maxReimbursementPercent", 50)
                .put("maxHours", 1040).put("minHoursPerWeek", 32);
        Response refused = as(TestUsers.ADMIN).post("/api/standards", subsidy);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.errorFor("version.rubric[3].metric")).as("a wage-subsidy request has no price")
                .contains("price is not an answer wage-subsidy requests give").contains("hoursPerWeek", "employerDaysInOperation")
                .doesNotContain("apprenticeHoursSharePercent");
        assertThat(refused.errorFor("version.rubric[1].metric")).as("lowestHourlyWage is a request's too").isEmpty();
    }

    @Test
    void refusesAnUnknownFieldRatherThanIgnoringIt() {
        ObjectNode body = StandardBodies.newStandard(newCode());
        ((ObjectNode) body.get("version")).put("wageFlor", 1);
        Response response = as(TestUsers.ADMIN).post("/api/standards", body);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFor("version.wageFlor")).contains("not a known field");
    }

    @Test
    void refusesAnUnknownAgencyAndABrokenRubricTogether() {
        ObjectNode body = StandardBodies.newStandard(newCode());
        body.put("agencyCode", "NOWHERE");
        ((ObjectNode) body.get("version").get("rubric").get(1)).put("weight", 10);
        Response response = as(TestUsers.ADMIN).post("/api/standards", body);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFor("agencyCode")).contains("NOWHERE");
        assertThat(response.errorFor("version.rubric")).contains("70");
        assertNothingStored();
    }

    @Test
    void refusesADuplicateCode() {
        ObjectNode body = StandardBodies.newStandard(newCode());
        assertThat(as(TestUsers.ADMIN).post("/api/standards", body).status()).isEqualTo(201);
        assertThat(as(TestUsers.ADMIN).post("/api/standards", body).status()).isEqualTo(409);
    }

    @Test
    void aVersionInUseCannotChangeButANewVersionCanBeAdded() {
        as(TestUsers.ADMIN).post("/api/standards", StandardBodies.newStandard(newCode()));
        ObjectNode changed = StandardBodies.version("2025-07-01");
        changed.put("summary", "edited before use");
        assertThat(as(TestUsers.ADMIN).put("/api/standards/" + code + "/versions/1", changed).status()).isEqualTo(200);

        adopt(1);
        catalog.recordUse(code, 1, "contract", "C-1001");
        changed.put("summary", "edited after use");
        Response refused = as(TestUsers.ADMIN).put("/api/standards/" + code + "/versions/1", changed);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("detail").asText()).contains("adopted").contains("new version");

        Response v2 = as(TestUsers.ADMIN).post("/api/standards/" + code + "/versions", StandardBodies.version("2026-07-01"));
        assertThat(v2.status()).isEqualTo(201);
        assertThat(v2.json().path("version").asInt()).isEqualTo(2);
        Response v1 = as(TestUsers.ADMIN).get("/api/standards/" + code + "/versions/1");
        assertThat(v1.json().path("content").path("summary").asText()).isEqualTo("edited before use");
        assertThat(v1.json().path("inUse").asBoolean()).isTrue();
    }

    @Test
    void findsTheVersionInForceOnADate() {
        as(TestUsers.ADMIN).post("/api/standards", StandardBodies.newStandard(newCode()));
        as(TestUsers.ADMIN).post("/api/standards/" + code + "/versions", StandardBodies.version("2026-07-01"));
        String path = "/api/standards/" + code + "/in-force?date=";
        assertThat(as(TestUsers.OFFICER).get(path + "2026-07-01").status()).as("drafts are not in force").isEqualTo(404);
        adopt(1);
        assertThat(as(TestUsers.OFFICER).get(path + "2026-07-01").json().path("version").asInt()).isEqualTo(1);
        adopt(2);
        assertThat(as(TestUsers.OFFICER).get(path + "2026-06-30").json().path("version").asInt()).isEqualTo(1);
        assertThat(as(TestUsers.OFFICER).get(path + "2026-07-01").json().path("version").asInt()).isEqualTo(2);
        assertThat(as(TestUsers.OFFICER).get(path + "2020-01-01").status()).isEqualTo(404);
        Response badDate = as(TestUsers.OFFICER).get(path + "July-1");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.errorFor("date")).isNotEmpty();
    }

    @Test
    void answersWithoutCredentialsWith401AndWrongRoleWith403() {
        assertThat(anonymous().get("/api/standards").status()).isEqualTo(401);
        assertThat(withPassword("nobody", "not-the-password").get("/api/standards").status()).isEqualTo(401);
        Response officer = as(TestUsers.OFFICER).post("/api/standards", StandardBodies.newStandard(newCode()));
        assertThat(officer.status()).isEqualTo(403);
        assertThat(officer.contentType()).contains("problem+json");
        assertThat(as(TestUsers.HARBOR).post("/api/standards/" + code + "/versions", StandardBodies.version("2026-01-01"))
                .status()).isEqualTo(403);
    }

    @Test
    void aProposedVersionIsAdoptedByAnotherAdministratorNotByItsProposer() {
        as(TestUsers.ADMIN).post("/api/standards", StandardBodies.newStandard(newCode()));
        String version = "/api/standards/" + code + "/versions/1";
        assertThat(catalogVersionStatus()).isEqualTo("DRAFT");
        assertThat(as(TestUsers.ADMIN).post(version + "/proposal", "").json().path("adoption").path("status").asText())
                .isEqualTo("PROPOSED");
        assertThat(as(TestUsers.ADMIN).put(version, StandardBodies.version("2025-07-01")).status())
                .as("a version under review cannot change").isEqualTo(409);

        Response self = as(TestUsers.ADMIN).post(version + "/decision", decision("ADOPT", "looks right"));
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.json().path("detail").asText()).contains("may not also review");
        assertThat(catalogVersionStatus()).isEqualTo("PROPOSED");

        Response noReason = as(TestUsers.REVIEWER).post(version + "/decision", decision("ADOPT", ""));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.errorFor("comment")).isNotEmpty();

        Response adopted = as(TestUsers.REVIEWER).post(version + "/decision", decision("ADOPT", "Matches the ordinance"));
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        assertThat(adopted.json().path("adoption").path("status").asText()).isEqualTo("ADOPTED");
        assertThat(adopted.json().path("adoption").path("decidedBy").asText()).isEqualTo(TestUsers.REVIEWER);
        assertThat(adopted.json().path("adoption").path("comment").asText()).isEqualTo("Matches the ordinance");
        assertThat(as(TestUsers.OFFICER).post(version + "/proposal", "").status()).isEqualTo(403);
    }

    @Test
    void whyADraftWasReturnedIsForAdministratorsAndAContractorReadsNoAdministratorsName() {
        as(TestUsers.ADMIN).post("/api/standards", StandardBodies.newStandard(newCode()));
        String version = "/api/standards/" + code + "/versions/1";
        assertThat(as(TestUsers.ADMIN).post(version + "/proposal", "").status()).isEqualTo(200);
        String returned = "Counsel has not cleared the fringe rates yet";
        assertThat(as(TestUsers.REVIEWER).post(version + "/decision", decision("RETURN", returned)).status()).isEqualTo(200);
        assertThat(as(TestUsers.ADMIN).get(version).json().path("adoption").path("comment").asText()).isEqualTo(returned);
        assertThat(as(TestUsers.ADMIN).post(version + "/proposal", "").status()).isEqualTo(200);

        for (String user : java.util.List.of(TestUsers.OFFICER, TestUsers.AUDITOR, TestUsers.STAFF, TestUsers.HARBOR)) {
            Response read = as(user).get(version);
            assertThat(read.body()).as(user).doesNotContain(returned);
            assertThat(read.json().path("adoption").path("status").asText()).isEqualTo("PROPOSED");
            assertThat(as(user).get("/api/standards/" + code + "/versions").body()).as(user).doesNotContain(returned);
        }
        assertThat(as(TestUsers.OFFICER).get(version).json().path("adoption").path("decidedBy").asText())
                .as("agency staff read who decided").isEqualTo(TestUsers.REVIEWER);

        String adopted = "Matches the ordinance as amended";
        assertThat(as(TestUsers.REVIEWER).post(version + "/decision", decision("ADOPT", adopted)).status()).isEqualTo(200);
        for (String path : java.util.List.of(version, "/api/standards/" + code + "/versions",
                "/api/standards/" + code + "/in-force?date=2025-07-01")) {
            Response read = as(TestUsers.HARBOR).get(path);
            assertThat(read.status()).as(path).isEqualTo(200);
            assertThat(read.body()).as("an adoption is public policy").contains(adopted, "ADOPTED")
                    .doesNotContain("\"" + TestUsers.ADMIN + "\"", "\"" + TestUsers.REVIEWER + "\"");
        }
        assertThat(as(TestUsers.AUDITOR).get(version).body()).contains(adopted, "\"" + TestUsers.REVIEWER + "\"");
    }

    @Test
    void aDraftCannotBePinned() {
        as(TestUsers.ADMIN).post("/api/standards", StandardBodies.newStandard(newCode()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> catalog.recordUse(code, 1, "solicitation", "S-1"))
                .hasMessageContaining("not adopted");
    }

    private String catalogVersionStatus() {
        return as(TestUsers.OFFICER).get("/api/standards/" + code + "/versions/1").json().path("adoption").path("status").asText();
    }

    private void adopt(int number) {
        String version = "/api/standards/" + code + "/versions/" + number;
        assertThat(as(TestUsers.ADMIN).post(version + "/proposal", "").status()).isEqualTo(200);
        Response adopted = as(TestUsers.REVIEWER).post(version + "/decision", decision("ADOPT", "adopted in test"));
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
    }

    private static ObjectNode decision(String choice, String comment) {
        return org.highroad.support.Http.JSON.createObjectNode().put("decision", choice).put("comment", comment);
    }

    private void assertNothingStored() {
        assertThat(as(TestUsers.ADMIN).get("/api/standards/" + code + "/versions").status()).isEqualTo(404);
    }
}
