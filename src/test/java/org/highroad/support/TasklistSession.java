package org.highroad.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A browser signed in to Tasklist: the session cookie and the webapps' CSRF token on every change; reads a task's form
 * variables as Tasklist does ({@code deserializeValues=false}), where a shown table or list arrives as JSON text.
 */
public record TasklistSession(HttpClient browser, CookieManager cookies, String base) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static TasklistSession signIn(int port, String user) throws IOException, InterruptedException {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
        TasklistSession session = new TasklistSession(browser, cookies, "http://localhost:" + port);
        browser.send(HttpRequest.newBuilder(URI.create(session.base + "/operaton/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
                        URI.create(session.base + "/operaton/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", session.csrf())
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + TestUsers.PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        browser.send(HttpRequest.newBuilder(URI.create(session.base + "/operaton/api/admin/auth/user/default")).build(),
                HttpResponse.BodyHandlers.ofString());
        return session;
    }

    String csrf() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).reduce((first, last) -> last).orElseThrow();
    }

    public HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("X-XSRF-TOKEN", csrf())
                .header("Accept", "application/json");
        request = json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The engine's REST path of a task, as the webapps call it. */
    public static String task(String taskId) {
        return "/operaton/api/engine/engine/default/task/" + taskId;
    }

    /** The task's form variables as Tasklist reads them (values not deserialized). */
    public JsonNode formVariables(String taskId) throws IOException, InterruptedException {
        HttpResponse<String> read = send("GET", task(taskId) + "/form-variables?deserializeValues=false", null);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        return JSON.readTree(read.body());
    }

    /** The list or map Tasklist parses from a shown value: an object serialized as JSON (application/json). */
    public static JsonNode parsed(JsonNode variable) {
        assertThat(variable.path("valueInfo").path("serializationDataFormat").asText()).as(variable.toString())
                .isEqualTo("application/json");
        try {
            return JSON.readTree(variable.path("value").asText());
        } catch (IOException e) {
            throw new AssertionError(variable.toString(), e);
        }
    }
}
