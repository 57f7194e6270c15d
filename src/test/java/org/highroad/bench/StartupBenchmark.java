package org.highroad.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Start-up benchmark (not a test: run it with {@code bench/startup-bench.sh}). Starts Highroad
 * ({@code org.highroad.HighroadApplication}) and a bare Operaton web application
 * ({@code org.highroad.bench.bare.BareOperatonApplication}) {@code --runs} times each, alternately (Highroad, bare,
 * bare, Highroad, ...), each in a fresh JVM with the same options and the same classpath (this JVM's: the test
 * classpath), in a fresh temp directory as its working directory (so a fresh H2 file database under {@code ./data}), on
 * a free port. A start is timed from the launch of the process until {@code GET /actuator/health/readiness} answers 200
 * with {@code UP} (polled every 50 ms; the management port is the application's, {@code MANAGEMENT_SERVER_PORT} is
 * removed from the child's environment). Highroad runs with its own configuration and demo data off
 * ({@code --highroad.demo-data.enabled=false}). Each run prints its seconds and the {@code Started ... in} line of its
 * log; the end prints the medians and their ratio ({@code RESULT}). Options: {@code --runs=5}, {@code --xmx=1g},
 * {@code --keep-logs} (keeps the temp dirs with each start's log), {@code --only=highroad|bare}, and
 * {@code --highroad-args=...} (comma-separated extra arguments for Highroad, e.g. to try a setting).
 */
public final class StartupBenchmark {

    static final String HIGHROAD = "org.highroad.HighroadApplication";
    static final String BARE = "org.highroad.bench.bare.BareOperatonApplication";
    private static final Pattern STARTED = Pattern.compile("Started \\S+ in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public static void main(String[] args) throws Exception {
        int runs = 5;
        String xmx = "1g";
        boolean keep = false;
        String only = null;
        List<String> highroadArgs = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--runs=")) {
                runs = Integer.parseInt(a.substring("--runs=".length()));
            } else if (a.startsWith("--xmx=")) {
                xmx = a.substring("--xmx=".length());
            } else if (a.equals("--keep-logs")) {
                keep = true;
            } else if (a.startsWith("--only=")) {
                only = a.substring("--only=".length());
            } else if (a.startsWith("--highroad-args=")) {
                highroadArgs.addAll(List.of(a.substring("--highroad-args=".length()).split(",")));
            } else {
                throw new IllegalArgumentException("usage: StartupBenchmark [--runs=5] [--xmx=1g] [--keep-logs] "
                        + "[--only=highroad|bare] [--highroad-args=--a=b,--c=d]");
            }
        }
        new StartupBenchmark().run(runs, xmx, keep, only, highroadArgs);
    }

    private void run(int runs, String xmx, boolean keep, String only, List<String> highroadArgs) throws Exception {
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        Map<String, List<Double>> springSeconds = new LinkedHashMap<>();
        seconds.put("highroad", new ArrayList<>());
        seconds.put("bare", new ArrayList<>());
        springSeconds.put("highroad", new ArrayList<>());
        springSeconds.put("bare", new ArrayList<>());
        String[] order = {"highroad", "bare", "bare", "highroad"};
        int started = 0;
        for (int i = 0; started < 2 * runs; i++) {
            String app = order[i % 4];
            if (only != null && !only.equals(app)) {
                continue;
            }
            if (seconds.get(app).size() >= runs) {
                continue;
            }
            started++;
            List<String> extra = new ArrayList<>();
            if (app.equals("highroad")) {
                extra.add("--highroad.demo-data.enabled=false");
                extra.addAll(highroadArgs);
            }
            Start s = start(app.equals("highroad") ? HIGHROAD : BARE, xmx, extra, keep);
            seconds.get(app).add(s.seconds());
            if (s.springSeconds() > 0) {
                springSeconds.get(app).add(s.springSeconds());
            }
            System.out.println(String.format(Locale.ROOT, "RUN %s %d: ready in %.2f s (log: %s)", app, seconds.get(app).size(),
                    s.seconds(), s.startedLine()));
            if (only != null && seconds.get(app).size() >= runs) {
                break;
            }
        }
        double highroad = BidBenchmark.median(seconds.get("highroad"));
        double bare = BidBenchmark.median(seconds.get("bare"));
        System.out.println(String.format(Locale.ROOT, "RESULT startup runs=%d xmx=%s highroad_median_s=%.2f bare_median_s=%.2f "
                + "ratio=%.3f goal=1.3 verdict=%s highroad_s=%s bare_s=%s highroad_spring_s=%s bare_spring_s=%s", runs, xmx, highroad,
                bare, highroad / bare, highroad / bare <= 1.3 ? "MET" : "MISSED", text(seconds.get("highroad")), text(seconds.get("bare")),
                text(springSeconds.get("highroad")), text(springSeconds.get("bare"))));
    }

    private record Start(double seconds, double springSeconds, String startedLine) {
    }

    /** Launches {@code mainClass} in a fresh JVM and a fresh directory; returns when it is ready, after stopping it. */
    private Start start(String mainClass, String xmx, List<String> extra, boolean keep) throws Exception {
        Path dir = Files.createTempDirectory("highroad-startup-");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + xmx, "-cp", absoluteClassPath(), mainClass, "--server.port=" + port));
        command.addAll(extra);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("start.log").toFile());
        builder.environment().remove("MANAGEMENT_SERVER_PORT");
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        URI ready = URI.create("http://localhost:" + port + "/actuator/health/readiness");
        long t0 = System.nanoTime();
        Process process = builder.start();
        boolean ok = false;
        try {
            long deadline = t0 + TIMEOUT.toNanos();
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(mainClass + " ended with " + process.exitValue() + "; log in " + dir);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(mainClass + " not ready after " + TIMEOUT + "; log in " + dir);
                }
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(50);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            String log = Files.readString(dir.resolve("start.log"));
            Matcher m = STARTED.matcher(log);
            String line = m.find() ? m.group() : "no Started line";
            ok = true;
            return new Start(seconds, m.find(0) ? Double.parseDouble(m.group(1)) : 0, line);
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            if (!keep && ok) {
                deleteTree(dir);
            } else {
                System.out.println("kept " + dir);
            }
        }
    }

    /** This JVM's classpath with absolute entries: the child runs in another directory. */
    private static String absoluteClassPath() {
        return Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(e -> Path.of(e).toAbsolutePath().toString()).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private static String text(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.2f", v)).toList().toString().replace(" ", "");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
