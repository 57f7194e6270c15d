package org.highroad.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session with the pages, without a browser: a cookie jar, redirects not followed (so a test sees where it
 * is sent), form posts with the CSRF token the last page carried (or none, to see it refused).
 */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client;
    private String csrf;

    public PageSession(int port) {
        this.port = port;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** An answer: status, where a redirect sends, the body. */
    public record Page(int status, String location, String body) {
    }

    /**
     * Signs in with the form and follows where it sends (the token changes with the sign-in, so the next page's is
     * kept); returns the answer to the sign-in post (a redirect).
     */
    public Page signIn(String user, String password) {
        get("/sign-in");
        Page answer = post("/sign-in", Map.of("username", user, "password", password));
        Page next = answer;
        for (int hop = 0; hop < 3 && next.location() != null; hop++) {
            next = get(next.location().replaceFirst("^https?://[^/]+", ""));
        }
        return answer;
    }

    public Page get(String path) {
        Page page = send(HttpRequest.newBuilder(uri(path)).GET());
        Matcher token = CSRF.matcher(page.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return page;
    }

    /** A form post carrying the session's CSRF token. */
    public Page post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        if (csrf != null) {
            fields.put("_csrf", csrf);
        }
        return postWithout(path, fields);
    }

    /** A form post with exactly these fields (no CSRF token unless one is among them). */
    public Page postWithout(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A multipart post of one file field plus text fields, with the session's CSRF token unless {@code withToken} is false. */
    public Page upload(String path, Map<String, String> fields, String fileField, String fileName, String content, boolean withToken) {
        String boundary = "----highroad" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (withToken && csrf != null) {
            all.put("_csrf", csrf);
        }
        all.forEach((k, v) -> body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(k)
                .append("\"\r\n\r\n").append(v).append("\r\n"));
        body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileField)
                .append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: text/csv\r\n\r\n").append(content)
                .append("\r\n--").append(boundary).append("--\r\n");
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
