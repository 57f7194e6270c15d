package org.highroad.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.highroad.support.ApiTest;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/** What a new user meets first: the webapps, the engine REST API, the OpenAPI description, the 401/403 answers. */
class PlatformApiTest extends ApiTest {

    @Test
    void tasklistAcceptsADemoUserThroughTheWebappLogin() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
        String base = "http://localhost:" + port;
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "/operaton/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();

        HttpResponse<String> login = login(browser, base, csrf, TestUsers.OFFICER, TestUsers.PASSWORD);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("\"userId\":\"officer\"").contains("tasklist");

        HttpResponse<String> refused = login(browser, base, csrf, TestUsers.STAFF, "wrong-password");
        assertThat(refused.statusCode()).as("the Operaton webapps answer a failed login with 403").isEqualTo(403);
        assertThat(refused.body()).doesNotContain("userId");
    }

    private static HttpResponse<String> login(HttpClient browser, String base, String csrf, String user, String password)
            throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(base + "/operaton/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theEngineRestApiIsForAdministratorsOnly() {
        assertThat(anonymous().get("/engine-rest/engine").status()).isEqualTo(401);
        assertThat(as(TestUsers.OFFICER).get("/engine-rest/engine").status()).isEqualTo(403);
        assertThat(as(TestUsers.HARBOR).get("/engine-rest/process-definition").status()).isEqualTo(403);
        Response admin = as(TestUsers.ADMIN).get("/engine-rest/engine");
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.body()).contains("default");
    }

    @Test
    void unauthenticatedAndForbiddenAnswersAreProblemDetails() {
        Response unauthenticated = anonymous().all("/api/vendors");
        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(unauthenticated.contentType()).contains("application/problem+json");
        assertThat(unauthenticated.json().path("status").asInt()).isEqualTo(401);

        Response forbidden = as(TestUsers.HARBOR).get("/api/standard-presets");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().path("detail").asText()).contains("role");
    }

    @Test
    void pathsOutsideTheApiAndTheWebappsAreClosed() {
        assertThat(anonymous().get("/internal/anything").status()).isIn(401, 403);
        assertThat(as(TestUsers.ADMIN).get("/api/no-such-resource").status()).isEqualTo(404);
    }

    @Test
    void anOpenApiDescriptionOfTheApiIsServed() {
        Response docs = anonymous().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("paths").has("/api/standards")).isTrue();
        assertThat(docs.json().path("paths").has("/api/vendors/{id}/eligibility")).isTrue();
    }
}
