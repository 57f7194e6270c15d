package org.highroad.subsidies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.highroad.support.Http;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * Programs and requests over HTTP: a program pinned to an adopted standard with its terms within the standard's;
 * drafts saved, a submission immutable, a resubmission a new version with the history kept; an employer sees only its
 * own company's requests; bad input answered 422 naming every field (400 for a field of the wrong type or unknown).
 */
class SubsidyRequestsTest extends SubsidiesTest {

    @Test
    void aProgramFromThePresetHasEveryTermAndPinsItsAdoptedStandardVersion() {
        long id = program("250000.00", "8000.00");
        JsonNode program = as(TestUsers.HARBOR).get("/api/subsidy-programs/" + id).json();
        JsonNode terms = program.path("terms");
        assertThat(terms.path("sharePercent").decimalValue()).isEqualByComparingTo("50");
        assertThat(terms.path("maxTrainingHours").asInt()).isEqualTo(1040);
        assertThat(terms.path("minHoursPerWeek").decimalValue()).isEqualByComparingTo("32");
        assertThat(terms.path("minimumWage").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(terms.path("livingWage").decimalValue()).isEqualByComparingTo("26.00");
        assertThat(terms.path("minDaysOperating").asInt()).isEqualTo(120);
        assertThat(terms.path("capPerHire").decimalValue()).isEqualByComparingTo("8000.00");
        assertThat(terms.path("qualityThreshold").decimalValue()).isEqualByComparingTo("60");
        assertThat(terms.path("attestations").toString()).contains("NO_DISPLACEMENT", "AGREEMENT_BEFORE_HIRE");
        assertThat(program.path("available").decimalValue()).isEqualByComparingTo("250000.00");
        assertThat(standards.version(STANDARD, 1).usedBy()).anyMatch(u -> u.contains(program.path("code").asText()));
    }

    @Test
    void termsLooserThanTheStandardOrMissingAreRefusedNamingEachField() {
        ObjectNode body = Http.JSON.createObjectNode().put("code", "OJT-LOOSE").put("name", "Too generous")
                .put("standardCode", STANDARD).put("standardVersion", 1).put("preset", "wioa-ojt");
        body.putObject("terms").put("sharePercent", 75).put("capPerHire", 9000).put("minimumWage", 18).put("minHoursPerWeek", 20);
        Response refused = as(TestUsers.STAFF).post("/api/subsidy-programs", body);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.errorFor("terms.sharePercent")).contains("at most 50");
        assertThat(refused.errorFor("terms.capPerHire")).contains("at most 8000");
        assertThat(refused.errorFor("terms.minimumWage")).contains("at least 20");
        assertThat(refused.errorFor("terms.minHoursPerWeek")).contains("at least 32");

        ObjectNode noPreset = body.deepCopy().put("code", "OJT-BARE").putNull("preset");
        noPreset.remove("terms");
        Response bare = as(TestUsers.STAFF).post("/api/subsidy-programs", noPreset);
        assertThat(bare.status()).isEqualTo(422);
        assertThat(bare.errorFor("terms.livingWage")).contains("required");
        assertThat(bare.errorFor("terms.budget")).contains("required");

        Response unknown = as(TestUsers.STAFF).post("/api/subsidy-programs", body.deepCopy().put("code", "OJT-NONE")
                .put("standardCode", "NO-SUCH-STANDARD"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.errorFor("standardVersion")).contains("NO-SUCH-STANDARD");

        Response negative = as(TestUsers.STAFF).post("/api/subsidy-programs", body.deepCopy().put("code", "lower case"));
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.errorFor("code")).isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from subsidy_program where code in ('OJT-LOOSE', 'OJT-BARE')",
                Integer.class)).isZero();
    }

    @Test
    void aDraftIsSavedAndChangedASubmittedRequestNeverChanges() {
        long program = program("250000.00", "100000.00");
        ObjectNode partial = Http.JSON.createObjectNode().put("position", "Welder trainee");
        long id = draft(TestUsers.HARBOR, program, partial).path("id").asLong();

        Response incomplete = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/submission", "");
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.errorFor("content.hourlyWage")).contains("required");
        assertThat(incomplete.errorFor("content.startDate")).contains("required");
        assertThat(incomplete.errorFor("content.position")).isEmpty();

        Response updated = as(TestUsers.HARBOR).put("/api/subsidy-requests/" + id, Http.JSON.createObjectNode().set("content", content()));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        JsonNode submitted = submit(TestUsers.HARBOR, id);
        assertThat(submitted.path("status").asText()).isNotEqualTo("DRAFT");

        Response change = as(TestUsers.HARBOR).put("/api/subsidy-requests/" + id,
                Http.JSON.createObjectNode().set("content", content().put("hourlyWage", "30.00")));
        assertThat(change.status()).isEqualTo(409);
        assertThat(as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/submission", "").status()).isEqualTo(409);
        assertThat(read(TestUsers.HARBOR, id).path("content").path("hourlyWage").decimalValue()).isEqualByComparingTo("22.00");
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        long program = program("250000.00", "8000.00");
        ObjectNode body = Http.JSON.createObjectNode().put("programId", program);
        body.set("content", content().put("hourlyWage", "-1").put("hires", 0).put("hoursPerWeek", 90));
        Response refused = as(TestUsers.HARBOR).post("/api/subsidy-requests", body);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.errorFor("content.hourlyWage")).isNotEmpty();
        assertThat(refused.errorFor("content.hires")).isNotEmpty();
        assertThat(refused.errorFor("content.hoursPerWeek")).isNotEmpty();

        Response unknownProgram = as(TestUsers.HARBOR).post("/api/subsidy-requests",
                Http.JSON.createObjectNode().put("programId", 999999).set("content", content()));
        assertThat(unknownProgram.status()).isEqualTo(422);
        assertThat(unknownProgram.errorFor("programId")).contains("no subsidy program");

        Response unknownField = as(TestUsers.HARBOR).post("/api/subsidy-requests",
                Http.JSON.createObjectNode().put("programId", program).put("ssn", "123-45-6789").set("content", content()));
        assertThat(unknownField.status()).isEqualTo(400);
    }

    @Test
    void anEmployerSeesOnlyItsOwnCompanysRequestsAndStaffSeeAll() {
        long program = program("250000.00", "100000.00");
        long harbors = draft(TestUsers.HARBOR, program, content()).path("id").asLong();
        long partial = draft(TestUsers.HARBOR, program, Http.JSON.createObjectNode().put("position", "Cook")).path("id").asLong();
        assertThat(as(TestUsers.HARBOR).get("/api/subsidy-requests/" + partial + "/scorecard").status())
                .as("an incomplete draft is not scored").isEqualTo(409);
        assertThat(as(TestUsers.HARBOR).get("/api/subsidy-requests/" + harbors + "/scorecard").json().path("total")
                .decimalValue()).isEqualByComparingTo("66.67");

        for (String path : List.of("", "/scorecard", "/agreement.pdf", "/hires", "/claims", "/clawbacks")) {
            Response other = as(TestUsers.NORTHSIDE).get("/api/subsidy-requests/" + harbors + path);
            assertThat(other.status()).as(path).isEqualTo(404);
            assertThat(other.body()).doesNotContain("Machine operator");
        }
        assertThat(as(TestUsers.NORTHSIDE).put("/api/subsidy-requests/" + harbors,
                Http.JSON.createObjectNode().set("content", content())).status()).isEqualTo(404);
        assertThat(as(TestUsers.NORTHSIDE).post("/api/subsidy-requests/" + harbors + "/submission", "").status()).isEqualTo(404);
        assertThat(as(TestUsers.NORTHSIDE).all("/api/subsidy-requests").json().findValuesAsText("id"))
                .doesNotContain(String.valueOf(harbors));
        assertThat(as(TestUsers.HARBOR).all("/api/subsidy-requests").json().findValuesAsText("id")).contains(String.valueOf(harbors));
        for (String staff : List.of(TestUsers.STAFF, TestUsers.AUDITOR, TestUsers.ADMIN)) {
            assertThat(read(staff, harbors).path("employer").asText()).isEqualTo(users.vendor(users.vendorOf(TestUsers.HARBOR))
                    .profile().legalName());
        }
        assertThat(as(TestUsers.OFFICER).get("/api/subsidy-requests/" + harbors).status()).isEqualTo(403);
        assertThat(as(TestUsers.STAFF).post("/api/subsidy-requests", Http.JSON.createObjectNode().put("programId", program)
                .set("content", content())).status()).as("staff do not apply for employers").isEqualTo(403);
    }
}
