package org.highroad.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicInteger;
import org.highroad.support.ApiTest;
import org.highroad.support.Http.Response;
import org.highroad.support.LoopbackClient;
import org.highroad.support.StandardBodies;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A client's mistake is a 4xx problem naming what is wrong, never a 500 and never a conflict with stored data, on
 * every database: a field named twice, text with a NUL character (which PostgreSQL cannot store), a malformed form
 * body sent before signing in, a visit to the error page itself.
 */
abstract class ClientMistakesContract extends ApiTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    private JdbcTemplate jdbc;

    private static String code() {
        return "CM" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    @Test
    void aFieldNamedTwiceInTheSameObjectIsRefusedNamingTheField() {
        String code = code();
        Response agency = as(TestUsers.ADMIN).postRaw("/api/agencies",
                "{\"code\":\"" + code + "\",\"name\":\"First\",\"name\":\"Second\"}");
        assertThat(agency.status()).as(agency.body()).isEqualTo(400);
        assertThat(agency.contentType()).contains("application/problem+json");
        assertThat(agency.errorFor("name")).contains("more than once");
        assertThat(as(TestUsers.ADMIN).get("/api/agencies").body()).doesNotContain(code);

        String standard = code();
        String body = StandardBodies.newStandard(standard).toString()
                .replace("\"code\":\"WAGE\"", "\"code\":\"WAGE\",\"code\":\"WAGE-AGAIN\"");
        Response nested = as(TestUsers.ADMIN).postRaw("/api/standards", body);
        assertThat(nested.status()).as(nested.body()).isEqualTo(400);
        assertThat(nested.errorFor("version.rubric[1].code")).contains("more than once");
        assertThat(as(TestUsers.ADMIN).get("/api/standards/" + standard + "/versions/1").status()).isEqualTo(404);
    }

    @Test
    void textWithANulCharacterIsRefusedNamingTheFieldAndNothingIsStored() {
        String code = code();
        Response agency = as(TestUsers.ADMIN).postRaw("/api/agencies",
                "{\"code\":\"" + code + "\",\"name\":\"Demo\\u0000City\"}");
        assertThat(agency.status()).as(agency.body()).isEqualTo(400);
        assertThat(agency.errorFor("name")).contains("NUL");
        assertThat(agency.body()).doesNotContain("Demo");
        assertThat(as(TestUsers.ADMIN).get("/api/agencies").body()).doesNotContain(code);

        String standard = code();
        ObjectNode body = StandardBodies.newStandard(standard);
        ((ObjectNode) body.get("version").get("wageFloors").get(0)).put("label", "Living\u0000wage");
        Response nested = as(TestUsers.ADMIN).post("/api/standards", body);
        assertThat(nested.status()).as(nested.body()).isEqualTo(400);
        assertThat(nested.errorFor("version.wageFloors[0].label")).contains("NUL");
        assertThat(as(TestUsers.ADMIN).get("/api/standards/" + standard + "/versions/1").status()).isEqualTo(404);
    }

    @Test
    void contentAfterTheJsonValueIsRefusedNamingTheBodyAndNothingIsStored() {
        String code = code();
        Response second = as(TestUsers.ADMIN).postRaw("/api/agencies",
                "{\"code\":\"" + code + "\",\"name\":\"Trailing\"} {\"code\":\"IGNORED\"} garbage");
        assertThat(second.status()).as(second.body()).isEqualTo(400);
        assertThat(second.contentType()).contains("application/problem+json");
        assertThat(second.errorFor("body")).contains("after the JSON value");
        assertThat(second.body()).doesNotContain("DeserializationFeature").doesNotContain("AgencyRequest")
                .doesNotContain("Trailing token");

        Response braces = as(TestUsers.ADMIN).postRaw("/api/agencies", "{\"code\":\"" + code + "\",\"name\":\"Braces\"}}}");
        assertThat(braces.status()).as(braces.body()).isEqualTo(400);
        assertThat(braces.errorFor("body")).isNotNull();
        assertThat(as(TestUsers.ADMIN).get("/api/agencies").body()).doesNotContain(code);
    }

    @Test
    void aPublicComplaintWithContentAfterItsJsonIsRefusedNamingTheBodyAndNothingIsFiled() {
        int before = jdbc.queryForObject("select count(*) from complaint_submission", Integer.class);
        String complaint = "{\"employer\":\"Harbor Builders\",\"worksite\":\"12 Main Street\",\"narrative\":\"Paid for 40 "
                + "of 50 hours.\",\"language\":\"en\"}";
        LoopbackClient worker = new LoopbackClient(port);
        LoopbackClient.Answer trailing = worker.send("POST", "/api/public/complaints", "application/json",
                complaint + " {\"narrative\":\"another\"}");
        assertThat(trailing.status()).as(trailing.body()).isEqualTo(400);
        assertThat(trailing.errorFor("body")).contains("after the JSON value");
        assertThat(trailing.body()).doesNotContain("DeserializationFeature").doesNotContain("JsonNode");
        assertThat(worker.send("POST", "/api/public/complaints", "application/json", complaint + "}").status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from complaint_submission", Integer.class)).isEqualTo(before);
        assertThat(worker.send("POST", "/api/public/complaints", "application/json", complaint + " \n").status())
                .as("white space after the value is no content").isEqualTo(201);
    }

    @Test
    void aNulCharacterInAQueryParameterIsAClientError() {
        Response response = as(TestUsers.OFFICER).get("/api/contracts/999999/wage-rule?classification=%00&date=2027-01-01");
        assertThat(response.status()).as(response.body()).isBetween(400, 499);
        assertThat(response.contentType()).contains("application/problem+json");
    }

    @Test
    void aMalformedFormBodySentBeforeSigningInIsA4xxProblemWithoutInternals() {
        LoopbackClient stranger = new LoopbackClient(port);
        for (String method : new String[] {"PUT", "PATCH", "DELETE", "POST"}) {
            for (String path : new String[] {"/api/solicitations/1", "/api/public/complaints", "/engine-rest/user/x", "/elsewhere"}) {
                LoopbackClient.Answer answer = stranger.send(method, path, "application/x-www-form-urlencoded", "a=%zz&b=%");
                assertThat(answer.status()).as(method + " " + path + ": " + answer.body()).isBetween(400, 499);
                assertThat(answer.header("Content-Type")).as(method + " " + path).startsWith("application/problem+json");
                assertThat(answer.body()).doesNotContain("decode").doesNotContain("Exception");
            }
        }
    }

    @Test
    void aMalformedSignInFormOfTheWebappsIsA4xxAnswer() {
        LoopbackClient browser = new LoopbackClient(port);
        LoopbackClient.Answer page = browser.get("/operaton/app/tasklist/default/");
        String csrf = page.cookie("XSRF-TOKEN");
        LoopbackClient form = browser.with("Cookie", "XSRF-TOKEN=" + csrf + "; JSESSIONID=" + page.cookie("JSESSIONID"))
                .with("X-XSRF-TOKEN", csrf);
        LoopbackClient.Answer answer = form.send("POST", "/operaton/api/admin/auth/user/default/login/tasklist",
                "application/x-www-form-urlencoded", "username=%zz&password=%");
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body()).doesNotContain("Exception");
    }

    @Test
    void aPathTheServerRefusesBeforeHighroadSeesItIsA400ProblemWithoutInternals() {
        LoopbackClient client = new LoopbackClient(port);
        for (String path : new String[] {"/api/public/complaints%2F", "/api/public/complaints%00", "/api/standards%2F..%2Fx",
            "/engine-rest/task%00"}) {
            for (String method : new String[] {"POST", "GET"}) {
                LoopbackClient.Answer refused = client.send(method, path, "application/json", "{}");
                assertThat(refused.status()).as(method + " " + path).isEqualTo(400);
                assertThat(refused.header("Content-Type")).as(method + " " + path).startsWith("application/problem+json");
                assertThat(refused.json().path("status").asInt()).isEqualTo(400);
                assertThat(refused.json().path("detail").asText()).isNotBlank();
                assertThat(refused.body()).doesNotContainIgnoringCase("tomcat").doesNotContain("<").doesNotContain("%00")
                        .doesNotContain("Exception");
            }
        }
    }

    @Test
    void visitingTheErrorPageItselfFindsNothing() {
        Response error = anonymous().get("/error");
        assertThat(error.status()).isEqualTo(404);
        assertThat(error.contentType()).contains("application/problem+json");
        assertThat(error.json().path("status").asInt()).isEqualTo(404);
        assertThat(as(TestUsers.ADMIN).get("/error").status()).isEqualTo(404);
    }

    @Test
    void aRequestTheFirewallRefusesIsA400ProblemWithoutInternals() {
        LoopbackClient.Answer refused = new LoopbackClient(port).get("/api/standards;x=1/BOSTON-STYLE-CONSTRUCTION");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).doesNotContain("Exception").doesNotContain("semicolon");
    }
}
