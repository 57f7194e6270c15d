package org.highroad.vendors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.highroad.support.ApiTest;
import org.highroad.support.Http;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/** The vendor registry API, run on H2 ({@link VendorsApiTest}) and on PostgreSQL ({@link VendorsApiPostgresTest}). */
abstract class VendorsApiContract extends ApiTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(1000);
    private static final String STANDARD = "BOSTON-STYLE-CONSTRUCTION";

    private static ObjectNode profile(String name) {
        int n = SEQUENCE.incrementAndGet() + (int) (System.nanoTime() % 1000) * 10000;
        ObjectNode body = Http.JSON.createObjectNode();
        body.put("legalName", name);
        body.put("ein", String.format("%02d-%07d", n % 100, n % 10_000_000));
        body.put("uei", String.format("T%011d", n));
        body.putObject("address").put("street", "5 Dock Road").put("city", "Demo City").put("country", "US");
        body.putArray("certifications").addObject().put("kind", "MBE").put("certifyingBody", "Demo City SDO");
        body.putArray("contacts").addObject().put("name", "Pat Payroll").put("email", "pat@example.org");
        return body;
    }

    private long register(String name) {
        Response created = as(TestUsers.OFFICER).post("/api/vendors", profile(name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    private String eligibility(long vendor, String date) {
        return "/api/vendors/" + vendor + "/eligibility?standard=" + STANDARD + "&version=1&date=" + date;
    }

    @Test
    void anOfficerRegistersAVendorAndEveryStaffRoleCanReadIt() {
        long id = register("Bayside Masonry");
        for (String user : new String[] {TestUsers.OFFICER, TestUsers.AUDITOR, TestUsers.STAFF, TestUsers.ADMIN}) {
            Response read = as(user).get("/api/vendors/" + id);
            assertThat(read.status()).as(user).isEqualTo(200);
            assertThat(read.json().path("profile").path("legalName").asText()).isEqualTo("Bayside Masonry");
            assertThat(read.json().path("profile").path("certifications").get(0).path("kind").asText()).isEqualTo("MBE");
        }
    }

    @Test
    void aContractorSeesAndEditsOnlyItsOwnVendor() {
        long own = users.vendorOf(TestUsers.HARBOR);
        long other = users.vendorOf(TestUsers.NORTHSIDE);

        assertThat(as(TestUsers.HARBOR).get("/api/vendors/" + own).status()).isEqualTo(200);
        assertThat(as(TestUsers.HARBOR).get("/api/vendors/" + other).status()).isEqualTo(404);
        Response list = as(TestUsers.HARBOR).all("/api/vendors");
        assertThat(list.json()).hasSize(1);
        assertThat(list.json().get(0).path("id").asLong()).isEqualTo(own);

        ObjectNode edit = Http.JSON.valueToTree(users.vendor(own).profile());
        edit.withArray("contacts").addObject().put("name", "Second contact");
        assertThat(as(TestUsers.HARBOR).put("/api/vendors/" + own, edit).status()).isEqualTo(200);
        assertThat(users.vendor(own).profile().contacts()).extracting(VendorProfile.Contact::name).contains("Second contact");

        ObjectNode hijack = Http.JSON.valueToTree(users.vendor(other).profile());
        hijack.put("legalName", "Hijacked");
        assertThat(as(TestUsers.HARBOR).put("/api/vendors/" + other, hijack).status()).isEqualTo(404);
        assertThat(users.vendor(other).profile().legalName()).isNotEqualTo("Hijacked");
        assertThat(as(TestUsers.HARBOR).get(eligibility(other, "2026-01-01")).status()).isEqualTo(404);
    }

    @Test
    void rolesThatMayNotWriteGet403AndStrangersGet401() {
        long id = register("Role Matrix Paving");
        assertThat(as(TestUsers.AUDITOR).post("/api/vendors", profile("Auditor's vendor")).status()).isEqualTo(403);
        assertThat(as(TestUsers.HARBOR).post("/api/vendors", profile("Self registered")).status()).isEqualTo(403);
        assertThat(as(TestUsers.STAFF).put("/api/vendors/" + id, profile("Renamed")).status()).isEqualTo(403);
        ObjectNode violation = violation("WAGE_THEFT", "2025-01-10");
        assertThat(as(TestUsers.HARBOR).post("/api/vendors/" + users.vendorOf(TestUsers.HARBOR) + "/violations", violation)
                .status()).isEqualTo(403);
        assertThat(as(TestUsers.STAFF).post("/api/vendors/" + id + "/violations", violation).status()).isEqualTo(403);
        assertThat(as(TestUsers.OFFICER).put("/api/vendors/" + id + "/users/harbor", "{}").status()).isEqualTo(403);
        assertThat(anonymous().get("/api/vendors/" + id).status()).isEqualTo(401);
        assertThat(anonymous().get(eligibility(id, "2026-01-01")).status()).isEqualTo(401);
    }

    @Test
    void aCleanVendorIsEligible() {
        long id = register("Clean Hands Builders");
        Response answer = as(TestUsers.OFFICER).get(eligibility(id, "2026-01-01"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().path("eligible").asBoolean()).isTrue();
        assertThat(answer.json().path("reasons")).isEmpty();
    }

    @Test
    void anActiveDebarmentMakesAVendorIneligibleOnlyWhileItLasts() {
        long id = register("Debarred Demolition");
        ObjectNode debarment = Http.JSON.createObjectNode().put("startsOn", "2025-06-01").put("endsOn", "2026-05-31")
                .put("source", "SAM.gov Exclusions").put("reason", "Falsified certified payrolls");
        assertThat(as(TestUsers.AUDITOR).post("/api/vendors/" + id + "/debarments", debarment).status()).isEqualTo(201);

        Response during = as(TestUsers.OFFICER).get(eligibility(id, "2026-05-31"));
        assertThat(during.json().path("eligible").asBoolean()).isFalse();
        assertThat(during.json().path("reasons").get(0).path("rule").asText()).isEqualTo("ACTIVE_DEBARMENT");
        assertThat(during.json().path("reasons").get(0).path("detail").asText()).contains("SAM.gov Exclusions");
        assertThat(as(TestUsers.OFFICER).get(eligibility(id, "2026-06-01")).json().path("eligible").asBoolean()).isTrue();
        assertThat(as(TestUsers.OFFICER).get(eligibility(id, "2025-05-31")).json().path("eligible").asBoolean()).isTrue();
    }

    @Test
    void unresolvedWageTheftWithinTheLookBackMakesAVendorIneligibleUntilResolved() {
        long id = register("Shortchange Drywall");
        Response recorded = as(TestUsers.AUDITOR).post("/api/vendors/" + id + "/violations", violation("WAGE_THEFT", "2024-03-01"));
        assertThat(recorded.status()).isEqualTo(201);
        long violationId = recorded.json().path("violations").get(0).path("id").asLong();
        Response backwards = as(TestUsers.AUDITOR).post("/api/vendors/" + id + "/violations/" + violationId + "/resolution",
                Http.JSON.createObjectNode().put("resolvedOn", "2024-02-01"));
        assertThat(backwards.status()).isEqualTo(422);
        assertThat(backwards.errorFor("resolvedOn")).contains("2024-03-01");

        Response before = as(TestUsers.OFFICER).get(eligibility(id, "2026-01-01"));
        assertThat(before.json().path("eligible").asBoolean()).isFalse();
        assertThat(before.json().path("reasons").get(0).path("rule").asText()).isEqualTo("UNRESOLVED_WAGE_THEFT");
        assertThat(before.json().path("reasons").get(0).path("citation").asText()).isNotBlank();
        // outside the three-year look-back of the preset
        assertThat(as(TestUsers.OFFICER).get(eligibility(id, "2027-03-02")).json().path("eligible").asBoolean()).isTrue();

        ObjectNode resolution = Http.JSON.createObjectNode().put("resolvedOn", "2025-09-15");
        assertThat(as(TestUsers.AUDITOR).post("/api/vendors/" + id + "/violations/" + violationId + "/resolution", resolution)
                .status()).isEqualTo(200);
        assertThat(as(TestUsers.OFFICER).get(eligibility(id, "2026-01-01")).json().path("eligible").asBoolean()).isTrue();
        Response again = as(TestUsers.AUDITOR).post("/api/vendors/" + id + "/violations/" + violationId + "/resolution", resolution);
        assertThat(again.status()).as("already resolved").isEqualTo(409);
        // a decision dated before the resolution is reproduced as it was
        assertThat(as(TestUsers.OFFICER).get(eligibility(id, "2025-09-14")).json().path("eligible").asBoolean()).isFalse();
    }

    @Test
    void everyReasonIsListedNotJustTheFirst() {
        long id = register("Trouble Twice Roofing");
        as(TestUsers.AUDITOR).post("/api/vendors/" + id + "/violations", violation("SERIOUS_SAFETY_CITATION", "2025-02-02"));
        as(TestUsers.AUDITOR).post("/api/vendors/" + id + "/violations", violation("WAGE_THEFT", "2025-04-04"));
        Response answer = as(TestUsers.OFFICER).get(eligibility(id, "2026-01-01"));
        assertThat(answer.json().path("eligible").asBoolean()).isFalse();
        assertThat(answer.json().path("reasons").findValuesAsText("rule"))
                .containsExactlyInAnyOrder("UNRESOLVED_WAGE_THEFT", "SERIOUS_SAFETY_CITATIONS");
    }

    @Test
    void badInputIsRefusedNamingEachFieldAndStoresNothing() {
        int before = as(TestUsers.OFFICER).all("/api/vendors").json().size();
        ObjectNode body = profile("");
        body.put("ein", "123456789");
        body.put("uei", "short");
        ((ObjectNode) body.get("contacts").get(0)).put("email", "not-an-email");
        Response response = as(TestUsers.OFFICER).post("/api/vendors", body);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFor("legalName")).contains("must not be blank");
        assertThat(response.errorFor("ein")).contains("12-3456789");
        assertThat(response.errorFor("uei")).contains("12-character");
        assertThat(response.errorFor("contacts[0].email")).isNotEmpty();
        assertThat(as(TestUsers.OFFICER).all("/api/vendors").json().size()).isEqualTo(before);

        ObjectNode wrongType = profile("Typed Wrong");
        ((ObjectNode) wrongType.get("certifications").get(0)).put("kind", 7);
        Response typed = as(TestUsers.OFFICER).post("/api/vendors", wrongType);
        assertThat(typed.status()).isEqualTo(400);
        assertThat(typed.errorFor("certifications[0].kind")).contains("one of");
    }

    @Test
    void eligibilityQueriesNameTheBadParameter() {
        long id = register("Query Checkers");
        Response badDate = as(TestUsers.OFFICER).get("/api/vendors/" + id + "/eligibility?standard=" + STANDARD + "&version=1&date=31/12/2025");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.errorFor("date")).contains("2025");
        Response missing = as(TestUsers.OFFICER).get("/api/vendors/" + id + "/eligibility?standard=" + STANDARD + "&date=2025-12-31");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFor("version")).contains("required");
        Response unknownStandard = as(TestUsers.OFFICER).get("/api/vendors/" + id + "/eligibility?standard=NOPE&version=1&date=2025-12-31");
        assertThat(unknownStandard.status()).isEqualTo(404);
        assertThat(as(TestUsers.OFFICER).get(eligibility(999_999, "2025-12-31")).status()).isEqualTo(404);
    }

    @Test
    void aDebarmentThatEndsBeforeItStartsIsRefused() {
        long id = register("Backwards Dates Inc");
        ObjectNode debarment = Http.JSON.createObjectNode().put("startsOn", "2026-06-01").put("endsOn", "2026-01-01")
                .put("source", "State list");
        Response response = as(TestUsers.AUDITOR).post("/api/vendors/" + id + "/debarments", debarment);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.errorFor("endsOn")).contains("2026-06-01");
        assertThat(users.vendor(id).debarments()).isEmpty();
    }

    @Test
    void aSecondVendorWithTheSameEinIsAConflict() {
        ObjectNode body = profile("Original Co");
        assertThat(as(TestUsers.OFFICER).post("/api/vendors", body).status()).isEqualTo(201);
        body.put("legalName", "Copycat Co");
        assertThat(as(TestUsers.OFFICER).post("/api/vendors", body).status()).isEqualTo(409);
    }

    private static ObjectNode violation(String kind, String date) {
        return Http.JSON.createObjectNode().put("kind", kind).put("occurredOn", LocalDate.parse(date).toString())
                .put("agency", "Demo City Office of Labor Compliance").put("description", "test record");
    }
}
