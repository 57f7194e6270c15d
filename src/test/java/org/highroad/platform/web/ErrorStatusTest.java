package org.highroad.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.highroad.support.ApiTest;
import org.highroad.support.Http;
import org.highroad.support.Http.Response;
import org.highroad.support.StandardBodies;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The split between the two statuses of bad input, across modules (docs/adr/0024-unprocessable-content-for-rule-
 * violations.md): a request that cannot be read as asked is 400 (a body that is not JSON, a field of the wrong JSON
 * type or unknown, a malformed or out-of-range query or path parameter); a request that was read and breaks a rule is
 * 422 (bean validation of a body, a rule of the domain). Either way a problem body that names the field and the
 * reason; not found stays 404.
 */
class ErrorStatusTest extends ApiTest {

    /** A refusal as every client may rely on: the status, a problem body with its members, the field named. */
    private static void refused(Response answer, int status, String field, String reason) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).contains("application/problem+json");
        assertThat(answer.json().path("status").asInt()).isEqualTo(status);
        assertThat(answer.json().path("title").asText()).isEqualTo(status == 400 ? "Invalid request" : "Invalid input");
        assertThat(answer.json().path("detail").asText()).isNotBlank();
        assertThat(answer.json().path("type").asText()).isNotBlank();
        assertThat(answer.errorFor(field)).as(answer.body()).contains(reason);
    }

    @Test
    void aBodyThatIsNotJsonIs400() {
        refused(as(TestUsers.ADMIN).postRaw("/api/agencies", "{\"code\": \"ES-1\", \"name\": "), 400, "body", "not valid JSON");
        refused(as(TestUsers.HARBOR).postRaw("/api/subsidy-requests", "programId=1"), 400, "body", "not valid JSON");
        refused(anonymous().postRaw("/api/public/complaints", "[1, 2"), 400, "body", "not valid JSON");
    }

    @Test
    void aFieldOfTheWrongJsonTypeOrAnUnknownFieldIs400() {
        refused(as(TestUsers.HARBOR).post("/api/subsidy-requests",
                Map.of("programId", "the welding one", "content", Map.of())), 400, "programId", "must be a number");
        refused(as(TestUsers.HARBOR).post("/api/subsidy-requests",
                Map.of("programId", 1, "ssn", "123-45-6789", "content", Map.of())), 400, "ssn", "not a known field");
        // the complaint intake reads its JSON field by field, and says the same
        refused(anonymous().post("/api/public/complaints", Map.of("worksite", "Pier 4", "narrative", 42)), 400,
                "narrative", "must be a string");
    }

    @Test
    void aMalformedOrOutOfRangeQueryParameterIs400() {
        refused(as(TestUsers.ADMIN).get("/api/contracts?page=abc"), 400, "page", "whole number");
        refused(as(TestUsers.ADMIN).get("/api/vendors?size=500"), 400, "size", "from 1 to 200");
        refused(as(TestUsers.ADMIN).get("/api/contracts?sort=password,asc"), 400, "sort", "must be one of");
        refused(as(TestUsers.HARBOR).get("/api/notifications?limit=lots"), 400, "limit", "must be a number");
        refused(as(TestUsers.HARBOR).get("/api/notifications?limit=0"), 400, "limit", "from 1 to");
        refused(anonymous().get("/public/ocds/releases?since=yesterday"), 400, "since", "give a date");
    }

    @Test
    void aMultipartBodyWithoutThePartTheEndpointReadsIs400NamingThePart() {
        String body = "--x\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nno file here\r\n--x--\r\n";
        refused(as(TestUsers.HARBOR).postAs("/api/contracts/999999/payrolls?weekEnding=2027-01-09",
                "multipart/form-data; boundary=x", body), 400, "file", "is required");
    }

    @Test
    void aReadableBodyThatBreaksARuleIs422NamingEachField() {
        // bean validation of a body
        Response agency = as(TestUsers.ADMIN).post("/api/agencies", Map.of("code", "x"));
        refused(agency, 422, "code", "upper-case");
        refused(agency, 422, "name", "must not be blank");
        // a rule of the domain: a reference to nothing
        refused(as(TestUsers.HARBOR).post("/api/subsidy-requests", Map.of("programId", 999_999, "content", Map.of())),
                422, "programId", "no subsidy program 999999");
        // a text that is not one of an enumeration's values: read, and the wrong value
        ObjectNode lottery = StandardBodies.newStandard("ES-LOTTERY");
        ((ObjectNode) lottery.get("version").get("rubric").get(1)).put("kind", "LOTTERY");
        refused(as(TestUsers.ADMIN).post("/api/standards", lottery), 422, "version.rubric[1].kind", "one of");
        // a value the module does not take, in a well-formed body
        refused(as(TestUsers.HARBOR).put("/api/notifications/language", Map.of("language", "fr")), 422, "language",
                "must be one of");
        // the complaint intake: every field of the right type, a required one missing and a date in the future
        ObjectNode complaint = Http.JSON.createObjectNode().put("worksite", "Pier 4").put("weekEnding", "2999-01-02");
        Response incomplete = anonymous().post("/api/public/complaints", complaint);
        refused(incomplete, 422, "narrative", "is required");
        refused(incomplete, 422, "weekEnding", "after this week");
    }

    @Test
    void notFoundStays404() {
        Response missing = as(TestUsers.STAFF).get("/api/subsidy-requests/999999");
        assertThat(missing.status()).as(missing.body()).isEqualTo(404);
        assertThat(missing.json().path("errors").isMissingNode()).isTrue();
    }
}
