package org.highroad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * What the end-to-end benchmarks share: the application's HTTP API as a demo user calls it (basic sign-in, JSON in and
 * out), on the port of the application the benchmark started.
 */
abstract class BenchClient {

    static final String PASSWORD = "demo";
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    int port;

    Answer get(String user, String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user))
                .header("Accept", "application/json, application/problem+json").GET());
    }

    Answer post(String user, String path, Object body) {
        return send(json(user, path).POST(HttpRequest.BodyPublishers.ofString(text(body))));
    }

    Answer put(String user, String path, Object body) {
        return send(json(user, path).PUT(HttpRequest.BodyPublishers.ofString(text(body))));
    }

    private HttpRequest.Builder json(String user, String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user)).header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json");
    }

    static String text(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Repeats a step refused while the process catches up (409, 400) until it is answered 2xx; a refused sign-in or
     * permission (401, 403), or the time running out, ends the benchmark.
     */
    static Answer retry(String what, java.util.function.Supplier<Answer> step, Duration timeout, long pauseMillis)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Answer a = step.get();
            if (a.status() / 100 == 2) {
                return a;
            }
            if (System.nanoTime() > deadline || a.status() == 401 || a.status() == 403) {
                throw new IllegalStateException(what + " refused: " + a);
            }
            Thread.sleep(pauseMillis);
        }
    }

    /** No due job left (async continuations done), twice in a row a little apart. */
    static void waitForIdleJobs(org.operaton.bpm.engine.ManagementService management, Duration timeout, long pauseMillis)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int quiet = 0;
        while (quiet < 2) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("jobs still due after " + timeout + ": "
                        + management.createJobQuery().executable().list());
            }
            quiet = management.createJobQuery().executable().count() == 0 ? quiet + 1 : 0;
            Thread.sleep(pauseMillis);
        }
    }

    static void waitUntil(String what, java.util.function.Supplier<Boolean> condition, Duration timeout, long pauseMillis)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out waiting until " + what);
            }
            Thread.sleep(pauseMillis);
        }
    }

    static double secondsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }

    static void log(String message) {
        System.err.println("[bench] " + message);
    }

    /** Deletes a benchmark's temporary directory and all it holds. */
    static void deleteTree(java.nio.file.Path root) throws IOException {
        if (!java.nio.file.Files.exists(root)) {
            return;
        }
        try (java.util.stream.Stream<java.nio.file.Path> all = java.nio.file.Files.walk(root)) {
            for (java.nio.file.Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(p);
            }
        }
    }

    static JsonNode expect(int status, int orStatus, Answer a) {
        if (a.status() != status && a.status() != orStatus) {
            throw new IllegalStateException("expected " + status + ", got " + a);
        }
        return a.json();
    }

    static String abbreviate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max) + "…";
    }

    /** A status and a body, read as JSON when asked. */
    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (status " + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + abbreviate(body, 2000);
        }
    }
}
