package org.highroad.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.highroad.support.ApiTest;
import org.highroad.support.Http;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * What operators and their tools see: health, liveness and readiness for anyone (a status, no details), the details,
 * metrics and the Prometheus scrape for administrators only, and a correlation id answered on every request.
 */
abstract class OperationsContract extends ApiTest {

    private HttpResponse<String> get(String path, String user, String requestId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (requestId != null) {
            request.header(CorrelationIds.HEADER, requestId);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return Http.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(response.body(), e);
        }
    }

    @Test
    void anyoneReadsHealthLivenessAndReadinessAsAStatusWithoutDetails() {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> health = get(path, null, null);
            assertThat(health.statusCode()).as(path + " " + health.body()).isEqualTo(200);
            assertThat(json(health).path("status").asText()).isEqualTo("UP");
            assertThat(json(health).has("components")).as("no details for anyone: " + health.body()).isFalse();
        }
        HttpResponse<String> asContractor = get("/actuator/health", TestUsers.HARBOR, null);
        assertThat(json(asContractor).has("components")).as(asContractor.body()).isFalse();
    }

    @Test
    void anAdministratorSeesWhatReadinessWaitsFor() {
        JsonNode readiness = json(get("/actuator/health/readiness", TestUsers.ADMIN, null));
        assertThat(readiness.path("components").fieldNames()).toIterable().as(readiness.toString())
                .containsExactlyInAnyOrder("readinessState", "db", "processEngine", "jobExecutor");
        assertThat(readiness.at("/components/db/status").asText()).isEqualTo("UP");
        // the tests drive jobs by hand: a node that runs no jobs is ready and says why
        assertThat(readiness.at("/components/jobExecutor/status").asText()).isEqualTo("UP");
        assertThat(readiness.at("/components/jobExecutor/details/jobExecution").asText()).isEqualTo("disabled on this node");
        JsonNode liveness = json(get("/actuator/health/liveness", TestUsers.ADMIN, null));
        assertThat(liveness.path("status").asText()).as("alive whatever the database does").isEqualTo("UP");
    }

    @Test
    void metricsAndThePrometheusScrapeAreForAdministratorsOnly() {
        HttpResponse<String> anonymous = get("/actuator/prometheus", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        for (String user : new String[] {TestUsers.HARBOR, TestUsers.AUDITOR, TestUsers.OFFICER}) {
            HttpResponse<String> refused = get("/actuator/prometheus", user, null);
            assertThat(refused.statusCode()).as(user + " " + refused.body()).isEqualTo(403);
            assertThat(get("/actuator/metrics", user, null).statusCode()).as(user).isEqualTo(403);
        }
        HttpResponse<String> scrape = get("/actuator/prometheus", TestUsers.ADMIN, null);
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .contains("jvm_memory_used_bytes", "http_server_requests_seconds_count", "hikaricp_connections_active")
                .contains("highroad_engine_jobs_due{", "highroad_engine_jobs_failed{", "highroad_engine_incidents{")
                .contains("highroad_payroll_submissions{", "status=\"REJECTED\"", "highroad_payroll_findings{",
                        "highroad_payroll_flagged{", "highroad_payroll_periods_overdue{", "highroad_cases_open{");
        assertThat(get("/actuator/env", TestUsers.ADMIN, null).statusCode()).as("not exposed, to anyone").isIn(401, 403, 404);
    }

    @Test
    void everyAnswerCarriesACorrelationIdAndACallersPlainIdIsKept() {
        HttpResponse<String> fresh = get("/api/agencies", TestUsers.ADMIN, null);
        String id = fresh.headers().firstValue(CorrelationIds.HEADER).orElse("");
        assertThat(id).matches("[0-9a-f]{16}");
        assertThat(get("/api/agencies", TestUsers.ADMIN, null).headers().firstValue(CorrelationIds.HEADER).orElse(""))
                .as("a new one each time").isNotEqualTo(id);

        HttpResponse<String> kept = get("/api/agencies", TestUsers.ADMIN, "proxy-7f3a9c21");
        assertThat(kept.headers().firstValue(CorrelationIds.HEADER)).contains("proxy-7f3a9c21");

        HttpResponse<String> refused = get("/api/nowhere", null, "forged\\u000aline-0123456789");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue(CorrelationIds.HEADER).orElse(""))
                .as("an id that is not a plain token is replaced, even on a refusal").matches("[0-9a-f]{16}");
    }
}
