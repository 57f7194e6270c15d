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
 * classpath), on a free port. A start is timed from the launch of the process until
 * {@code GET /actuator/health/readiness} answers 200 with {@code UP} (polled every 50 ms; the management port is the
 * application's, {@code MANAGEMENT_SERVER_PORT} is removed from the child's environment). Highroad runs with its own
 * configuration and demo data off ({@code --highroad.demo-data.enabled=false}).
 * <p>
 * Two modes, the same for both applications:
 * <ul>
 * <li>new database (the default): each start in a fresh temp directory as its working directory, so a fresh H2 file
 * database under {@code ./data} (engine schema, and for Highroad its Flyway migrations);</li>
 * <li>{@code --restart}: what operators meet most. Each application gets one directory (so one database) for the whole
 * run; it is started once there to create its database (that start is reported as {@code PRIME}, a new-database
 * start, and not counted), then the {@code --runs} timed starts are restarts on that existing database.</li>
 * </ul>
 * For each start it measures: the wall time to readiness; the CPU seconds the JVM used until then (user + system of
 * all its threads, {@code /proc/<pid>/stat}), which holds better than wall time on a machine others load; and, once
 * ready, the time of the first page request and of the first request that reads the database through the
 * application's usual path (Highroad: {@code /sign-in}, then the public contract page, which lists the contracts
 * through JPA; bare: Tasklist's page, then the REST API's count of process definitions), so that a deferred cost
 * shows. The end prints the medians and their ratios ({@code RESULT}).
 * <p>
 * Options: {@code --runs=5}, {@code --xmx=1g}, {@code --keep-logs} (keeps the temp dirs with each start's log),
 * {@code --only=highroad|bare}, {@code --restart}, {@code --highroad-args=...} (comma-separated extra arguments for
 * Highroad, e.g. to try a setting), {@code --jvm-args=...} (comma-separated JVM options for BOTH applications, e.g.
 * {@code -XX:TieredStopAtLevel=1}), {@code --cds} (for BOTH applications: a training start of each with
 * {@code -XX:ArchiveClassesAtExit} and {@code spring.context.exit=onRefresh} writes its own class archive, then every
 * timed start uses it with {@code -XX:SharedArchiveFile}; the classpath must then hold jars only, see the script).
 */
public final class StartupBenchmark {

    static final String HIGHROAD = "org.highroad.HighroadApplication";
    static final String BARE = "org.highroad.bench.bare.BareOperatonApplication";
    private static final Pattern STARTED = Pattern.compile("Started \\S+ in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    /** The kernel's clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ; 100 on Linux). */
    private static final double TICKS = clockTicks();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public static void main(String[] args) throws Exception {
        Options o = new Options();
        for (String a : args) {
            if (a.startsWith("--runs=")) {
                o.runs = Integer.parseInt(a.substring("--runs=".length()));
            } else if (a.startsWith("--xmx=")) {
                o.xmx = a.substring("--xmx=".length());
            } else if (a.equals("--keep-logs")) {
                o.keep = true;
            } else if (a.equals("--restart")) {
                o.restart = true;
            } else if (a.equals("--cds")) {
                o.cds = true;
            } else if (a.startsWith("--only=")) {
                o.only = a.substring("--only=".length());
            } else if (a.startsWith("--highroad-args=")) {
                o.highroadArgs.addAll(List.of(a.substring("--highroad-args=".length()).split(",")));
            } else if (a.startsWith("--jvm-args=")) {
                o.jvmArgs.addAll(List.of(a.substring("--jvm-args=".length()).split(",")));
            } else {
                throw new IllegalArgumentException("usage: StartupBenchmark [--runs=5] [--xmx=1g] [--keep-logs] [--restart] [--cds] "
                        + "[--only=highroad|bare] [--highroad-args=--a=b,--c=d] [--jvm-args=-XX:a,-XX:b]");
            }
        }
        new StartupBenchmark().run(o);
    }

    private static final class Options {
        int runs = 5;
        String xmx = "1g";
        boolean keep;
        boolean restart;
        boolean cds;
        String only;
        final List<String> highroadArgs = new ArrayList<>();
        final List<String> jvmArgs = new ArrayList<>();
    }

    private void run(Options o) throws Exception {
        Map<String, List<Start>> starts = new LinkedHashMap<>();
        Map<String, Path> dirs = new LinkedHashMap<>();
        Map<String, List<String>> jvm = new LinkedHashMap<>();
        for (String app : List.of("highroad", "bare")) {
            starts.put(app, new ArrayList<>());
            jvm.put(app, new ArrayList<>(o.jvmArgs));
            if (o.only != null && !o.only.equals(app)) {
                continue;
            }
            if (o.restart || o.cds) {
                dirs.put(app, Files.createTempDirectory("highroad-startup-" + app + "-"));
            }
            if (o.cds) {
                // the training start: its own directory's database (a new one), stopped once the context is refreshed
                Path archive = dirs.get(app).resolve(app + ".jsa");
                List<String> train = new ArrayList<>(jvm.get(app));
                train.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dspring.context.exit=onRefresh"));
                Path trainDir = Files.createTempDirectory("highroad-startup-cds-" + app + "-");
                long t0 = System.nanoTime();
                Process p = launch(app, o, train, trainDir);
                if (!p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS) || !Files.exists(archive)) {
                    p.destroyForcibly();
                    throw new IllegalStateException(app + ": no class archive from the training start; log in " + trainDir);
                }
                System.out.println(String.format(Locale.ROOT, "CDS %s: archive %s (%.1f MB) written in %.2f s", app, archive,
                        Files.size(archive) / 1e6, (System.nanoTime() - t0) / 1e9));
                deleteTree(trainDir);
                jvm.get(app).add("-XX:SharedArchiveFile=" + archive);
            }
            if (o.restart) {
                Start prime = start(app, o, jvm.get(app), dirs.get(app), true);
                System.out.println(String.format(Locale.ROOT, "PRIME %s (new database, not counted): %s", app, prime));
            }
        }
        String[] order = {"highroad", "bare", "bare", "highroad"};
        int wanted = o.only == null ? 2 * o.runs : o.runs;
        int started = 0;
        for (int i = 0; started < wanted; i++) {
            String app = order[i % 4];
            if ((o.only != null && !o.only.equals(app)) || starts.get(app).size() >= o.runs) {
                continue;
            }
            started++;
            Start s = start(app, o, jvm.get(app), o.restart ? dirs.get(app) : null, false);
            starts.get(app).add(s);
            System.out.println(String.format(Locale.ROOT, "RUN %s %d: %s", app, starts.get(app).size(), s));
        }
        for (Path dir : dirs.values()) {
            if (o.keep) {
                System.out.println("kept " + dir);
            } else {
                deleteTree(dir);
            }
        }
        double hWall = median(starts.get("highroad"), Start::seconds);
        double bWall = median(starts.get("bare"), Start::seconds);
        double hCpu = median(starts.get("highroad"), Start::cpuSeconds);
        double bCpu = median(starts.get("bare"), Start::cpuSeconds);
        System.out.println(String.format(Locale.ROOT, "RESULT startup mode=%s runs=%d xmx=%s jvm=%s cds=%s highroad_args=%s "
                + "wall: highroad_median_s=%.2f bare_median_s=%.2f ratio=%.3f verdict=%s; "
                + "cpu: highroad_median_s=%.2f bare_median_s=%.2f ratio=%.3f verdict=%s; goal=1.3; "
                + "first page: highroad_median_ms=%.0f bare_median_ms=%.0f; first data: highroad_median_ms=%.0f bare_median_ms=%.0f; "
                + "highroad_s=%s bare_s=%s highroad_cpu_s=%s bare_cpu_s=%s highroad_spring_s=%s bare_spring_s=%s",
                o.restart ? "restart" : "new-database", o.runs, o.xmx, o.jvmArgs, o.cds, o.highroadArgs,
                hWall, bWall, hWall / bWall, hWall / bWall <= 1.3 ? "MET" : "MISSED",
                hCpu, bCpu, hCpu / bCpu, hCpu / bCpu <= 1.3 ? "MET" : "MISSED",
                median(starts.get("highroad"), Start::firstPageMs), median(starts.get("bare"), Start::firstPageMs),
                median(starts.get("highroad"), Start::firstDataMs), median(starts.get("bare"), Start::firstDataMs),
                text(starts.get("highroad"), Start::seconds), text(starts.get("bare"), Start::seconds),
                text(starts.get("highroad"), Start::cpuSeconds), text(starts.get("bare"), Start::cpuSeconds),
                text(starts.get("highroad"), Start::springSeconds), text(starts.get("bare"), Start::springSeconds)));
    }

    /**
     * One start: wall seconds and the JVM's CPU seconds to readiness, Spring Boot's own "Started in" seconds, and the
     * first page's and first database-reading request's times (ms) after readiness, with their status codes.
     */
    private record Start(double seconds, double cpuSeconds, double springSeconds, double firstPageMs, int firstPageStatus,
            double firstDataMs, int firstDataStatus, String startedLine) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "ready in %.2f s wall, %.2f s CPU; first page %.0f ms (%d), first data %.0f ms (%d) (log: %s)",
                    seconds, cpuSeconds, firstPageMs, firstPageStatus, firstDataMs, firstDataStatus, startedLine);
        }
    }

    private Process launch(String app, Options o, List<String> jvmArgs, Path dir) throws IOException {
        return launch(app, o, jvmArgs, dir, 0);
    }

    private Process launch(String app, Options o, List<String> jvmArgs, Path dir, int port) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + o.xmx));
        command.addAll(jvmArgs);
        command.addAll(List.of("-cp", absoluteClassPath(), app.equals("highroad") ? HIGHROAD : BARE, "--server.port=" + port));
        if (app.equals("highroad")) {
            command.add("--highroad.demo-data.enabled=false");
            command.addAll(o.highroadArgs);
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("start.log").toFile()));
        builder.environment().remove("MANAGEMENT_SERVER_PORT");
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        return builder.start();
    }

    /**
     * Launches the application in a fresh JVM, in {@code dir} (its database kept there) or, if null, in a fresh
     * directory (a new database); returns when it is ready and its first requests are answered, after stopping it.
     */
    private Start start(String app, Options o, List<String> jvmArgs, Path keptDir, boolean prime) throws Exception {
        Path dir = keptDir != null ? keptDir : Files.createTempDirectory("highroad-startup-");
        Files.deleteIfExists(dir.resolve("start.log"));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String base = "http://localhost:" + port;
        URI ready = URI.create(base + "/actuator/health/readiness");
        long t0 = System.nanoTime();
        Process process = launch(app, o, jvmArgs, dir, port);
        boolean ok = false;
        try {
            long deadline = t0 + TIMEOUT.toNanos();
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(app + " ended with " + process.exitValue() + "; log in " + dir);
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(app + " not ready after " + TIMEOUT + "; log in " + dir);
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
            double cpu = cpuSeconds(process.pid());
            boolean highroad = app.equals("highroad");
            long[] page = timed(base + (highroad ? "/sign-in" : "/operaton/app/tasklist/default/"));
            long[] data = timed(base + (highroad ? "/public/contracts/1" : "/engine-rest/process-definition/count"));
            String log = Files.readString(dir.resolve("start.log"));
            Matcher m = STARTED.matcher(log);
            String line = m.find() ? m.group() : "no Started line";
            ok = true;
            return new Start(seconds, cpu, m.find(0) ? Double.parseDouble(m.group(1)) : 0, page[0] / 1e6, (int) page[1],
                    data[0] / 1e6, (int) data[1], line);
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            if (keptDir == null) {
                if (!o.keep && ok) {
                    deleteTree(dir);
                } else {
                    System.out.println("kept " + dir);
                }
            } else if (!ok) {
                System.out.println("log in " + dir);
            }
        }
    }

    /** A browser's GET (HTML first, English): nanoseconds until the whole answer arrived, and its status. */
    private long[] timed(String url) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8").header("Accept-Language", "en").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new long[] {System.nanoTime() - t0, r.statusCode()};
    }

    /** User + system CPU seconds of all the process's threads so far ({@code /proc/<pid>/stat}, fields 14 and 15). */
    static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // after "pid (comm) " the fields start at field 3 (state): utime is field 14, stime field 15
        return (Long.parseLong(f[14 - 3]) + Long.parseLong(f[15 - 3])) / TICKS;
    }

    private static double clockTicks() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            return Double.parseDouble(out);
        } catch (Exception e) {
            return 100;
        }
    }

    /** This JVM's classpath with absolute entries: the child runs in another directory. */
    private static String absoluteClassPath() {
        return Stream.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(e -> Path.of(e).toAbsolutePath().toString()).collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private static double median(List<Start> starts, java.util.function.ToDoubleFunction<Start> value) {
        return BidBenchmark.median(starts.stream().map(s -> value.applyAsDouble(s)).filter(v -> v > 0).toList());
    }

    private static String text(List<Start> starts, java.util.function.ToDoubleFunction<Start> value) {
        return starts.stream().map(s -> String.format(Locale.ROOT, "%.2f", value.applyAsDouble(s))).toList().toString().replace(" ", "");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
