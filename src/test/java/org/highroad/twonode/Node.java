package org.highroad.twonode;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * One Highroad node: {@code org.highroad.HighroadApplication}, the production entry point, in a JVM of its own on a
 * free port, with the {@code postgres} profile against the shared database. Its console goes to a log file under
 * {@code target/two-nodes/}. {@link #kill()} ends it with SIGKILL ({@link Process#destroyForcibly()} on Linux), so
 * nothing of it runs a shutdown hook, closes a connection or unlocks a job.
 */
final class Node {

    final String name;
    final int port;
    final Path log;
    private final Process process;

    private Node(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    static Node start(String name, String jdbcUrl, List<String> settings, Path logDir) throws IOException {
        int port = freePort();
        Path log = logDir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k", "-Djava.awt.headless=true",
                "-cp", applicationClasspath(), "org.highroad.HighroadApplication",
                "--server.port=" + port, "--spring.profiles.active=postgres", "--spring.main.banner-mode=off",
                "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres", "--spring.datasource.hikari.maximum-pool-size=12"));
        command.addAll(settings);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("HIGHROAD_DB_URL");
        return new Node(name, port, log, builder.start());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Waits until readiness answers 200 (the database, the engine and the job executor up), or fails with the log's tail. */
    void awaitReady(HttpClient http, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail(60));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not ready within " + within + ":\n" + tail(60));
    }

    /** SIGKILL; returns the exit status the operating system reports (137 = 128 + 9 for SIGKILL). */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    /** A normal stop (SIGTERM): Spring closes the engine and the pool. */
    void stop() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /**
     * The application's classpath, as this test JVM has it (Surefire puts the test classpath in {@code java.class.path},
     * or in the manifest of its booter jar), without the test classes: the node is the application, not the tests
     * (their configurations would otherwise be found by component scanning).
     */
    static String applicationClasspath() {
        List<String> entries = new ArrayList<>(Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)));
        if (entries.size() == 1 && entries.get(0).endsWith(".jar")) {
            entries = manifestClasspath(Path.of(entries.get(0)));
        }
        String cp = entries.stream().filter(e -> !e.isBlank())
                .filter(e -> !Path.of(e).normalize().endsWith(Path.of("target", "test-classes")))
                .filter(e -> !e.contains("surefire"))
                .collect(Collectors.joining(File.pathSeparator));
        if (!cp.contains("classes")) {
            throw new IllegalStateException("no application classes on the classpath: " + cp);
        }
        return cp;
    }

    private static List<String> manifestClasspath(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String cp = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (cp == null) {
                return List.of(jar.toString());
            }
            List<String> out = new ArrayList<>();
            for (String u : cp.trim().split("\\s+")) {
                out.add(Path.of(URI.create(u.startsWith("file:") ? u : "file:" + u)).toString());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }
}
