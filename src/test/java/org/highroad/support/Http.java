package org.highroad.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for the API tests: real requests over loopback, HTTP Basic, JSON bodies. */
public final class Http {

    public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final int port;
    private final String authorization;

    Http(int port, String user, String password) {
        this.port = port;
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /**
     * Every row of a paged list, walked page by page at the largest page size, answered as one JSON array (so a test
     * that looks for its row never misses it on a later page); the first answer that is not 200 is returned as it came.
     */
    public Response all(String path) {
        com.fasterxml.jackson.databind.node.ArrayNode items = JSON.createArrayNode();
        for (int page = 0; ; page++) {
            Response answer = get(path + (path.contains("?") ? "&" : "?") + "size=200&page=" + page);
            if (answer.status() != 200) {
                return answer;
            }
            JsonNode body = answer.json();
            if (!body.has("items") || !body.has("totalPages")) {
                throw new IllegalStateException("not a page: " + answer);
            }
            body.path("items").forEach(items::add);
            if (page + 1 >= body.path("totalPages").asInt()) {
                return new Response(200, items.toString(), answer.contentType());
            }
        }
    }

    public Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(publisher(body)));
    }

    /** Posts JSON with one more header (e.g. an {@code Idempotency-Key}). */
    public Response post(String path, Object body, String header, String value) {
        return send(request(path).header("Content-Type", "application/json").header(header, value).POST(publisher(body)));
    }

    public Response put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(publisher(body)));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    /** Sends a body with the content type given (e.g. a published wage determination as text/plain). */
    public Response postAs(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Sends a raw body as given, for malformed-JSON tests. */
    public Response postRaw(String path, String rawBody) {
        return post(path, new Raw(rawBody));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json, application/problem+json");
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private static HttpRequest.BodyPublisher publisher(Object body) {
        try {
            String text = body instanceof Raw raw ? raw.text() : body instanceof String s ? s : JSON.writeValueAsString(body);
            return HttpRequest.BodyPublishers.ofString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Raw(String text) {
    }

    /** Status, body and content type of an answer; {@link #json()} parses the body. */
    public record Response(int status, String body, String contentType) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (status " + status + "): " + body, e);
            }
        }

        /** The reasons given for one field in a problem body's errors list, joined. */
        public String errorFor(String field) {
            StringBuilder reasons = new StringBuilder();
            json().path("errors").forEach(e -> {
                if (e.path("field").asText().equals(field)) {
                    reasons.append(e.path("reason").asText()).append(';');
                }
            });
            return reasons.toString();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
