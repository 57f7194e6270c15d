package org.highroad.vendors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.highroad.vendors.QualificationFixtures.filing;
import static org.highroad.vendors.QualificationFixtures.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import org.highroad.support.ApiTest;
import org.highroad.support.Http;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Vendor pre-qualification through HTTP, run on H2 ({@link QualificationsApiTest}) and on PostgreSQL
 * ({@link QualificationsApiPostgresTest}). Each test adopts its own standard, so filings never meet across tests.
 */
abstract class QualificationsApiContract extends ApiTest {

    @Autowired
    Clock clock;

    private String standard;
    private long harbor;

    @BeforeEach
    void adoptAStandardForThisTest() {
        standard = QualificationFixtures.adoptedStandard(this::as);
        harbor = users.vendorOf(TestUsers.HARBOR);
    }

    private String qualifications(long vendor) {
        return "/api/vendors/" + vendor + "/qualifications";
    }

    private Response fileAsHarbor(ObjectNode profile) {
        return as(TestUsers.HARBOR).post(qualifications(harbor), filing(standard, profile));
    }

    private long filed() {
        Response filed = fileAsHarbor(profile());
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().path("id").asLong();
    }

    private static JsonNode line(JsonNode qualification, String code) {
        for (JsonNode line : qualification.path("scorecard").path("criteria")) {
            if (line.path("code").asText().equals(code)) {
                return line;
            }
        }
        throw new AssertionError("no scorecard line " + code + " in " + qualification);
    }

    /** "Today" as the application sees it: its clock (UTC, and movable in tests), not this machine's. */
    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static ObjectNode decision(String choice, String until, String notes) {
        ObjectNode body = Http.JSON.createObjectNode().put("decision", choice).put("notes", notes);
        return until == null ? body : body.put("qualifiedUntil", until);
    }

    @Test
    void aContractorFilesItsOwnVendorsProfileAndGetsAScorecard() {
        Response filed = fileAsHarbor(profile());
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        JsonNode body = filed.json();
        long id = body.path("id").asLong();
        assertThat(filed.body()).doesNotContain("\"decision\"");
        assertThat(body.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(body.path("standardVersion").asInt()).isEqualTo(1);
        assertThat(body.path("submittedBy").asText()).isEqualTo(TestUsers.HARBOR);
        assertThat(body.path("profile").path("lowestHourlyWage").decimalValue()).isEqualByComparingTo("21.50");
        // hand-checked: (75 - 50) / (100 - 50) of 10 points; 10 / 15 days of 8 points, rounded half up
        assertThat(line(body, "HEALTH-PREMIUM-SHARE").path("points").decimalValue()).isEqualByComparingTo("5.00");
        assertThat(line(body, "PAID-LEAVE").path("points").decimalValue()).isEqualByComparingTo("5.33");
        assertThat(line(body, "SCHEDULE-NOTICE").path("points").decimalValue()).isEqualByComparingTo("4.00");
        assertThat(line(body, "LIVING-WAGE-FLOOR").path("outcome").asText()).isEqualTo("PASSED");
        assertThat(line(body, "COLLECTIVE-AGREEMENT").path("points").decimalValue()).isEqualByComparingTo("0.00");
        JsonNode scorecard = body.path("scorecard");
        assertThat(scorecard.path("total").decimalValue()).isEqualByComparingTo(QualificationFixtures.TOTAL);
        assertThat(scorecard.path("subtotals").path("BENEFITS").decimalValue()).isEqualByComparingTo("12.83");
        assertThat(scorecard.path("status").asText()).isEqualTo("RESPONSIVE");
        assertThat(scorecard.path("criteria")).hasSize(9);
        assertThat(body.path("scoredAtBidTime").toString()).contains("PRICE", "WAGE-ABOVE-FLOOR");
        assertThat(filed.contentType()).contains("json");

        Response read = as(TestUsers.OFFICER).get(qualifications(harbor) + "/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().path("scorecard").path("total").decimalValue()).isEqualByComparingTo(QualificationFixtures.TOTAL);
        assertThat(line(read.json(), "PAID-LEAVE").path("reason").asText()).contains("of 8 points");
        assertThat(as(TestUsers.HARBOR).get(qualifications(harbor)).json().findValuesAsText("standardCode"))
                .contains(standard);
    }

    @Test
    void aContractorCannotFileOrReadForAnotherVendor() {
        long northside = users.vendorOf(TestUsers.NORTHSIDE);
        Response other = as(TestUsers.HARBOR).post(qualifications(northside), filing(standard, profile()));
        assertThat(other.status()).isEqualTo(404);
        assertThat(as(TestUsers.HARBOR).get(qualifications(northside)).status()).isEqualTo(404);
        long id = filed();
        assertThat(as(TestUsers.NORTHSIDE).get(qualifications(harbor) + "/" + id).status()).isEqualTo(404);
        assertThat(as(TestUsers.NORTHSIDE).get(qualifications(northside) + "/" + id).status())
                .as("another vendor's qualification under one's own vendor").isEqualTo(404);
        assertThat(as(TestUsers.NORTHSIDE).get(qualifications(northside)).json().findValuesAsText("standardCode"))
                .doesNotContain(standard);
    }

    @Test
    void staffAndAuditorsMayNotFileAndStrangersAreNotLetIn() {
        assertThat(as(TestUsers.STAFF).post(qualifications(harbor), filing(standard, profile())).status()).isEqualTo(403);
        assertThat(as(TestUsers.AUDITOR).post(qualifications(harbor), filing(standard, profile())).status()).isEqualTo(403);
        assertThat(anonymous().post(qualifications(harbor), filing(standard, profile())).status()).isEqualTo(401);
        assertThat(as(TestUsers.AUDITOR).get(qualifications(harbor)).status()).isEqualTo(200);
    }

    @Test
    void anOfficerMayFileOnAVendorsBehalf() {
        Response filed = as(TestUsers.OFFICER).post(qualifications(harbor), filing(standard, profile()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        assertThat(filed.json().path("submittedBy").asText()).isEqualTo(TestUsers.OFFICER);
    }

    @Test
    void badInputIsRefusedNamingEachFieldAndStoresNothing() {
        int before = as(TestUsers.HARBOR).get(qualifications(harbor)).json().size();
        ObjectNode profile = profile();
        profile.put("lowestHourlyWage", 0).put("fullTimeSharePercent", 120).put("medianHourlyWage", 12.345)
                .put("seriousSafetyCitationsLast3Years", -1).put("notes", "x".repeat(2001));
        profile.remove("hasWorkerCommittee");
        Response response = fileAsHarbor(profile);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).contains("application/problem+json");
        assertThat(response.errorFor("profile.lowestHourlyWage")).contains("greater than 0");
        assertThat(response.errorFor("profile.fullTimeSharePercent")).contains("between 0 and 100");
        assertThat(response.errorFor("profile.medianHourlyWage")).contains("2 decimals");
        assertThat(response.errorFor("profile.seriousSafetyCitationsLast3Years")).contains("0 or more");
        assertThat(response.errorFor("profile.hasWorkerCommittee")).contains("must not be null");
        assertThat(response.errorFor("profile.notes")).contains("2000");

        Response crossField = fileAsHarbor(profile().put("medianHourlyWage", 20).put("offersHealthCoverage", false));
        assertThat(crossField.status()).isEqualTo(422);
        assertThat(crossField.errorFor("profile.medianHourlyWage")).contains("lowestHourlyWage");
        assertThat(crossField.errorFor("profile.employerHealthPremiumSharePercent")).contains("offersHealthCoverage");

        Response wrongType = fileAsHarbor(profile().put("scheduleNoticeDays", "a week"));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.errorFor("profile.scheduleNoticeDays")).contains("must be a number");
        Response unknownField = fileAsHarbor(profile().put("fourDayWeek", true));
        assertThat(unknownField.errorFor("profile.fourDayWeek")).contains("not a known field");
        assertThat(as(TestUsers.HARBOR).get(qualifications(harbor)).json().size()).isEqualTo(before);
    }

    @Test
    void aStandardThatIsUnknownOrNotAdoptedIsRefusedByName() {
        Response unknown = as(TestUsers.HARBOR).post(qualifications(harbor), filing("NO-SUCH-STANDARD", profile()));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorFor("standardCode")).contains("NO-SUCH-STANDARD");
        String draft = QualificationFixtures.proposedOnly(this::as);
        Response notAdopted = as(TestUsers.HARBOR).post(qualifications(harbor), filing(draft, profile()));
        assertThat(notAdopted.status()).isEqualTo(422);
        assertThat(notAdopted.errorFor("standardCode")).contains("no adopted version in force");
        assertThat(as(TestUsers.HARBOR).get(qualifications(harbor)).json().findValuesAsText("standardCode"))
                .doesNotContain(draft);
    }

    @Test
    void aSecondProfileWhileOneAwaitsReviewIsAConflict() {
        filed();
        assertThat(fileAsHarbor(profile()).status()).isEqualTo(409);
    }

    @Test
    void anOfficerPreQualifiesTheVendorThroughTheApi() {
        long id = filed();
        String path = qualifications(harbor) + "/" + id + "/decision";
        LocalDate until = today().plusYears(1);

        Response past = as(TestUsers.OFFICER).post(path, decision("QUALIFY", "2020-01-01", "ok"));
        assertThat(past.status()).isEqualTo(422);
        assertThat(past.errorFor("qualifiedUntil")).contains("after today");
        Response tooFar = as(TestUsers.OFFICER).post(path, decision("QUALIFY", today().plusYears(4).toString(), "ok"));
        assertThat(tooFar.errorFor("qualifiedUntil")).contains("3 years");
        Response noDate = as(TestUsers.OFFICER).post(path, decision("QUALIFY", null, "ok"));
        assertThat(noDate.errorFor("qualifiedUntil")).contains("required");

        Response qualified = as(TestUsers.OFFICER).post(path, decision("QUALIFY", until.toString(), "Meets the standard"));
        assertThat(qualified.status()).as(qualified.body()).isEqualTo(200);
        assertThat(qualified.json().path("status").asText()).isEqualTo("QUALIFIED");
        assertThat(qualified.json().path("decision").path("decidedBy").asText()).isEqualTo(TestUsers.OFFICER);
        assertThat(qualified.json().path("decision").path("qualifiedUntil").asText()).isEqualTo(until.toString());
        assertThat(qualified.json().path("decision").path("notes").asText()).isEqualTo("Meets the standard");

        Response again = as(TestUsers.OFFICER).post(path, decision("IMPROVE", null, "changed my mind"));
        assertThat(again.status()).as("already decided").isEqualTo(409);
    }

    @Test
    void theVendorsUsersReadTheDecisionAndWhoDidWhatWithoutTheOfficersName() {
        long id = filed();
        String path = qualifications(harbor) + "/" + id;
        Response qualified = as(TestUsers.OFFICER).post(path + "/decision",
                decision("QUALIFY", today().plusYears(1).toString(), "Meets the standard"));
        assertThat(qualified.status()).as(qualified.body()).isEqualTo(200);

        JsonNode read = as(TestUsers.HARBOR).get(path).json();
        assertThat(read.path("decision").path("notes").asText()).isEqualTo("Meets the standard");
        assertThat(read.path("decision").path("decidedAt").isMissingNode()).isFalse();
        assertThat(read.path("decision").has("decidedBy")).as("which staff member decided is the agency's").isFalse();
        assertThat(as(TestUsers.HARBOR).get(qualifications(harbor)).json().findValues("decidedBy")).isEmpty();
        JsonNode audit = as(TestUsers.HARBOR).all(path + "/audit").json();
        assertThat(audit.findValuesAsText("action")).contains("FILED", "QUALIFIED");
        for (JsonNode entry : audit) {
            assertThat(entry.path("actor").asText(null)).as(entry.path("action").asText())
                    .isEqualTo(entry.path("action").asText().equals("FILED") ? TestUsers.HARBOR : null);
        }

        assertThat(as(TestUsers.OFFICER).get(path).json().path("decision").path("decidedBy").asText()).isEqualTo(TestUsers.OFFICER);
        assertThat(as(TestUsers.AUDITOR).all(path + "/audit").json().findValuesAsText("actor")).contains(TestUsers.OFFICER);
    }

    @Test
    void sendingBackNeedsNotesAndLetsTheVendorFileAgain() {
        long id = filed();
        String path = qualifications(harbor) + "/" + id + "/decision";
        Response noNotes = as(TestUsers.OFFICER).post(path, decision("IMPROVE", null, " "));
        assertThat(noNotes.status()).isEqualTo(422);
        assertThat(noNotes.errorFor("notes")).contains("improve");

        Response sentBack = as(TestUsers.OFFICER).post(path, decision("IMPROVE", null, "Give 14 days of schedule notice"));
        assertThat(sentBack.status()).as(sentBack.body()).isEqualTo(200);
        assertThat(sentBack.json().path("status").asText()).isEqualTo("SENT_BACK");
        assertThat(sentBack.json().path("decision").path("notes").asText()).isEqualTo("Give 14 days of schedule notice");
        assertThat(fileAsHarbor(profile().put("scheduleNoticeDays", 14)).status()).isEqualTo(201);
    }

    @Test
    void onlyAProcurementOfficerDecides() {
        long id = filed();
        String path = qualifications(harbor) + "/" + id + "/decision";
        ObjectNode qualify = decision("QUALIFY", today().plusYears(1).toString(), "self-approval");
        assertThat(as(TestUsers.HARBOR).post(path, qualify).status()).isEqualTo(403);
        assertThat(as(TestUsers.ADMIN).post(path, qualify).status()).isEqualTo(403);
        assertThat(as(TestUsers.AUDITOR).post(path, qualify).status()).isEqualTo(403);
        assertThat(as(TestUsers.HARBOR).get(qualifications(harbor) + "/" + id).json().path("status").asText())
                .isEqualTo("SUBMITTED");
        Response wrongVendor = as(TestUsers.OFFICER).post(qualifications(users.vendorOf(TestUsers.NORTHSIDE)) + "/" + id
                + "/decision", qualify);
        assertThat(wrongVendor.status()).isEqualTo(404);
    }
}
