package org.highroad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.management.GarbageCollectionNotificationInfo;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.highroad.HighroadApplication;
import org.highroad.procurement.BidSubmission;
import org.highroad.procurement.process.SolicitationAwardProcess;
import org.highroad.standards.Adoption;
import org.highroad.standards.StandardCatalog;
import org.highroad.standards.scoring.Principle;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.runtime.Job;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * End-to-end benchmark of certified payroll intake (not a test: run it with {@code bench/payroll-bench.sh}). It writes
 * a realistic WH-347 CSV of {@code --rows} rows to a temp file (streamed, never held in memory), starts Highroad in
 * this JVM on a random port with a fresh database ({@code --db=h2}: a file H2 in a temp dir; {@code --db=postgres}: an
 * embedded PostgreSQL 15 started here), demo data on and the job executor running, takes a contract to EXECUTED
 * through the HTTP API with a Statement of Compliance on file, then uploads the file with
 * {@code BodyPublishers.ofFile} and times the request (raw store + parse + validate + bulk insert + wage checks +
 * utilization). It checks with SQL that every row was stored and prints one {@code RESULT} line: rows/s; the peak heap
 * during the request as the sum of the peak usages of the heap pools, reset just before the upload
 * ({@code peak_heap_mb}: the pools peak at different moments, so with G1 this can exceed -Xmx); the largest total heap
 * used, sampled every 50 ms ({@code heap_used_max_mb}); the largest heap occupancy right after a GC
 * ({@code live_after_gc_max_mb}, an upper bound of the live set); the -Xmx in force ({@code xmx_mb}). A
 * {@code PHASES} block follows: where the request thread spent its time, from its stack sampled every 50 ms, and the
 * database's plan for the checks' join of rows and days. {@code --earlier=1000} first fills the database with that many
 * earlier small payrolls of other contracts and runs {@code ANALYZE} (a database in use); {@code --review-wait-min=0}
 * does not wait for the compliance case's review tasks after the answer.
 * On PostgreSQL, after a 201, the same rows and day rows are copied again with a raw {@code COPY} into the same tables
 * ({@link PayrollRawCopy}, {@code RAW_COPY} and {@code RATIO} lines; {@code --no-raw-copy} skips it).
 * {@code --repeat=200} instead uploads 200 different payrolls of {@code --rows} rows, one per week ({@code --weeks=12}:
 * cycling through 12 weeks), and prints their response times' percentiles ({@code REPEAT}); with {@code --explain}
 * (PostgreSQL) then the plans of the statements the last payroll's check runs ({@link #explainChecks}).
 * Run it with -Xmx512m: {@code bench/payroll-bench.sh h2|postgres [rows]}. Options: {@code --keep} keeps the temp dir,
 * {@code --jdbc-params=...} appends driver parameters to the JDBC URL (experiments), {@code --timeout-min=30}.
 */
public final class PayrollBenchmark extends BenchClient {

    static final String STANDARD = "BOSTON-STYLE-CONSTRUCTION";
    static final String ELECTRICIAN = "ELECTRICIAN (hyp.)";
    static final String LABORER = "LABORER: COMMON OR GENERAL (hyp.)";
    static final LocalDate WEEK_ENDING = LocalDate.of(2027, 1, 9);
    private static final Duration SETUP_TIMEOUT = Duration.ofMinutes(3);

    /** Set (without allocating) by the default uncaught-exception handler when an OutOfMemoryError kills a thread. */
    private static final java.util.concurrent.atomic.AtomicBoolean OUT_OF_MEMORY = new java.util.concurrent.atomic.AtomicBoolean();

    private long timeoutMinutes = 30;
    private String jdbcParams = "";
    private int earlier;
    private int earlierRows = 4;
    private long reviewWaitMinutes = 15;
    private int repeat;
    private int weeks;
    private boolean idleBetween = true;
    private boolean rawCopy = true;
    private boolean explain;
    private volatile long uploadStarted;
    /** The application clock: real time until the upload, then the day after the measured week (a week is certified once it has ended). */
    private final org.highroad.support.MovableClock clock = new org.highroad.support.MovableClock(java.time.Clock.systemUTC());

    private PayrollBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String db = "h2";
        int rows = 100_000;
        boolean keep = false;
        String jdbcParams = "";
        long timeout = 30;
        int earlier = 0;
        int earlierRows = 4;
        long reviewWait = 15;
        int repeat = 0;
        int weeks = 0;
        boolean idleBetween = true;
        boolean rawCopy = true;
        boolean explain = false;
        for (String a : args) {
            if (a.startsWith("--db=")) {
                db = a.substring(5);
            } else if (a.startsWith("--rows=")) {
                rows = Integer.parseInt(a.substring(7).replace("_", ""));
            } else if (a.equals("--keep")) {
                keep = true;
            } else if (a.startsWith("--jdbc-params=")) {
                jdbcParams = a.substring("--jdbc-params=".length());
            } else if (a.startsWith("--timeout-min=")) {
                timeout = Long.parseLong(a.substring("--timeout-min=".length()));
            } else if (a.startsWith("--earlier=")) {
                earlier = Integer.parseInt(a.substring("--earlier=".length()).replace("_", ""));
            } else if (a.startsWith("--review-wait-min=")) {
                reviewWait = Long.parseLong(a.substring("--review-wait-min=".length()));
            } else if (a.startsWith("--earlier-rows=")) {
                earlierRows = Integer.parseInt(a.substring("--earlier-rows=".length()));
            } else if (a.startsWith("--repeat=")) {
                repeat = Integer.parseInt(a.substring("--repeat=".length()).replace("_", ""));
            } else if (a.startsWith("--weeks=")) {
                weeks = Integer.parseInt(a.substring("--weeks=".length()));
            } else if (a.equals("--no-idle-wait")) {
                idleBetween = false;
            } else if (a.equals("--no-raw-copy")) {
                rawCopy = false;
            } else if (a.equals("--explain")) {
                explain = true;
            } else {
                throw new IllegalArgumentException("usage: PayrollBenchmark --db=h2|postgres [--rows=100000] [--keep] "
                        + "[--jdbc-params=reWriteBatchedInserts=true] [--timeout-min=30] [--earlier=1000] [--earlier-rows=4] [--review-wait-min=15] "
                        + "[--repeat=200 [--weeks=12] [--no-idle-wait] [--explain]] [--no-raw-copy]");
            }
        }
        System.setOut(OomSpotter.wrap(System.out));
        System.setErr(OomSpotter.wrap(System.err));
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            if (e instanceof OutOfMemoryError) {
                OUT_OF_MEMORY.set(true);
            }
            if (previous != null) {
                previous.uncaughtException(t, e);
            } else {
                System.err.print("Exception in thread \"" + t.getName() + "\" ");
                e.printStackTrace();
            }
        });
        if (!db.equals("h2") && !db.equals("postgres")) {
            throw new IllegalArgumentException("--db must be h2 or postgres");
        }
        PayrollBenchmark bench = new PayrollBenchmark();
        bench.timeoutMinutes = timeout;
        bench.jdbcParams = jdbcParams;
        bench.earlier = earlier;
        bench.earlierRows = earlierRows;
        bench.reviewWaitMinutes = reviewWait;
        bench.repeat = repeat;
        bench.weeks = weeks <= 0 ? repeat : Math.min(weeks, repeat);
        bench.idleBetween = idleBetween;
        bench.rawCopy = rawCopy;
        bench.explain = explain;
        int code = bench.run(db, rows, keep);
        System.exit(code);
    }

    private int run(String db, int rows, boolean keep) throws Exception {
        Path work = Files.createTempDirectory("highroad-bench-");
        log("work dir " + work);
        Path csv = work.resolve("payroll.csv");
        CsvStats generated = null;
        if (repeat == 0) {
            long t0 = System.nanoTime();
            generated = PayrollCsv.write(csv, rows, WEEK_ENDING, 20270109L);
            log(String.format(Locale.ROOT, "generated %,d rows (%,d workers, %,d bytes, %d rows deliberately underpaid) in %.1f s",
                    generated.rows(), generated.workers(), Files.size(csv), generated.underpaid(), secondsSince(t0)));
        }

        EmbeddedPostgres postgres = null;
        ConfigurableApplicationContext app = null;
        try {
            List<String> props = new ArrayList<>(List.of("--server.port=0", "--highroad.demo-data.enabled=true",
                    "--highroad.demo-data.scenario.enabled=false",   // its own contract, not the demo's story
                    "--operaton.bpm.job-execution.enabled=true",
                    "--spring.main.banner-mode=off", "--logging.level.root=warn", "--logging.level.org.highroad=warn"));
            if (db.equals("postgres")) {
                long p0 = System.nanoTime();
                postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
                log(String.format(Locale.ROOT, "embedded PostgreSQL up on port %d in %.1f s", postgres.getPort(), secondsSince(p0)));
                String url = postgres.getJdbcUrl("postgres", "postgres");
                if (!jdbcParams.isEmpty()) {
                    url += (url.contains("?") ? "&" : "?") + jdbcParams.replace(';', '&');
                }
                log("JDBC URL " + url);
                props.addAll(List.of("--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                        "--spring.datasource.driver-class-name=org.postgresql.Driver"));
            } else {
                String url = "jdbc:h2:file:" + work.resolve("db").resolve("highroad") + ";AUTO_SERVER=FALSE"
                        + (jdbcParams.isEmpty() ? "" : ";" + jdbcParams.replace('&', ';'));
                log("JDBC URL " + url);
                props.add("--spring.datasource.url=" + url);
            }
            long s0 = System.nanoTime();
            app = new SpringApplicationBuilder(HighroadApplication.class)
                    .initializers(ctx -> {
                        ctx.getBeanFactory().registerSingleton("benchSkipsTestClasses", new SkipTestClasses());
                        ((org.springframework.context.support.GenericApplicationContext) ctx).registerBean("benchClock",
                                java.time.Clock.class, () -> clock, bd -> bd.setPrimary(true));
                    })
                    .run(props.toArray(String[]::new));
            port = ((WebServerApplicationContext) app).getWebServer().getPort();
            log(String.format(Locale.ROOT, "Highroad up on port %d in %.1f s", port, secondsSince(s0)));

            long c0 = System.nanoTime();
            // the repeated uploads report one week each: a contract period long enough for all of them
            LocalDate periodEnd = repeat == 0 ? LocalDate.of(2027, 3, 26) : WEEK_ENDING.plusWeeks(weeks);
            long contract = executedContractWithStatement(app, periodEnd);
            log(String.format(Locale.ROOT, "contract %d executed, statement on file, in %.1f s", contract, secondsSince(c0)));
            if (earlier > 0) {
                long f0 = System.nanoTime();
                int rowsFilled = fillEarlier(app.getBean(JdbcTemplate.class), earlier, earlierRows);
                log(String.format(Locale.ROOT, "database filled with %,d earlier submissions (%,d rows), analyzed, in %.1f s", earlier,
                        rowsFilled, secondsSince(f0)));
            }
            if (repeat > 0) {
                return repeatedUploads(app, db, contract, rows, work);
            }
            moveClockTo(WEEK_ENDING.plusDays(1));

            Result r;
            try {
                r = upload(app, contract, csv, generated);
            } catch (OutOfMemoryError e) {
                // the heap ran out in this thread too (the request thread gave up first); report what is known
                System.gc();
                System.out.println(String.format(Locale.ROOT, "RESULT db=%s rows=%d status=OOM oom=true seconds=%.2f xmx_mb=%.0f "
                        + "(the heap ran out during the upload; see the log above for where)", db, generated.rows(),
                        secondsSince(uploadStarted), mb(Runtime.getRuntime().maxMemory())));
                return 2;
            }
            String line = r.line(db, Runtime.getRuntime().maxMemory(), earlier);
            System.out.println(line);
            System.out.println(r.phases());
            System.out.println(plan(app.getBean(JdbcTemplate.class), contract));
            if (db.equals("postgres") && rawCopy && r.status == 201) {
                PayrollRawCopy raw = PayrollRawCopy.measure(app, contract, work);
                System.out.println(raw.line());
                double ratio = raw.seconds / r.seconds;   // (rows / upload s) / (rows / copy s)
                System.out.println(String.format(Locale.ROOT, "RATIO end_to_end_rows_per_s=%.0f raw_copy_rows_per_s=%.0f "
                        + "ratio=%.3f target>=0.5 %s", r.rows / r.seconds, raw.rows / raw.seconds, ratio,
                        ratio >= 0.5 ? "MET" : "NOT_MET"));
            }
            return r.status == 201 && r.storedRows == generated.rows() && r.rowCount == generated.rows() ? 0 : 1;
        } finally {
            if (app != null) {
                app.close();
            }
            if (postgres != null) {
                postgres.close();
            }
            if (!keep) {
                deleteTree(work);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The upload, timed and measured
    // ---------------------------------------------------------------------------------------------------------------

    private Result upload(ConfigurableApplicationContext app, long contract, Path csv, CsvStats generated) throws Exception {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        waitForIdleJobs(app.getBean(ManagementService.class));
        System.gc();
        Thread.sleep(300);
        long baseline = heapUsed(heap);
        LiveSetWatcher live = LiveSetWatcher.start();
        long gcCount0 = gcCount();
        long gcMillis0 = gcMillis();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        StackSampler sampler = StackSampler.start();

        HttpRequest request = HttpRequest.newBuilder(uri("/api/contracts/" + contract + "/payrolls?weekEnding=" + WEEK_ENDING))
                .header("Content-Type", "text/csv").header("Accept", "application/json, application/problem+json")
                .header("Authorization", basic("harbor")).timeout(Duration.ofMinutes(60))
                .POST(HttpRequest.BodyPublishers.ofFile(csv)).build();
        long u0 = System.nanoTime();
        uploadStarted = u0;
        java.util.concurrent.CompletableFuture<HttpResponse<String>> answer = http.sendAsync(request,
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> response = null;
        String failure = null;
        long giveUp = u0 + Duration.ofMinutes(timeoutMinutes).toNanos();
        while (response == null && failure == null) {
            try {
                response = answer.get(1, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException stillWaiting) {
                if (OUT_OF_MEMORY.get()) {
                    // an OutOfMemoryError killed a thread (maybe the HTTP client's own): the answer may never come
                    Thread.sleep(5000);
                    response = answer.isDone() ? answer.getNow(null) : null;
                    failure = response == null ? "OutOfMemoryError" : null;
                } else if (System.nanoTime() > giveUp) {
                    failure = "no answer after " + timeoutMinutes + " min";
                }
            } catch (java.util.concurrent.ExecutionException e) {
                failure = String.valueOf(e.getCause());
            }
        }
        double seconds = secondsSince(u0);

        sampler.stop();
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        Map<String, Long> pools = new LinkedHashMap<>();
        heap.forEach(p -> pools.put(p.getName(), p.getPeakUsage().getUsed()));
        long liveMax = live.stop();
        long gcs = gcCount() - gcCount0;
        long gcTime = gcMillis() - gcMillis0;

        Result r = new Result();
        r.rows = generated.rows();
        r.bytes = Files.size(csv);
        r.seconds = seconds;
        r.status = response == null ? 0 : response.statusCode();
        r.peakHeap = peak;
        r.peakPools = pools;
        r.liveMax = liveMax;
        r.baseline = baseline;
        r.gcCount = gcs;
        r.gcMillis = gcTime;
        r.samples = sampler.phases();
        r.sampledMax = sampler.maxHeapUsed();
        r.sampleCount = sampler.samples();
        if (response == null) {
            r.status = 0;
            r.failure = failure;
            System.out.println("upload failed: " + failure);
        } else if (r.status != 201) {
            System.out.println("upload answered " + r.status + ": " + abbreviate(response.body(), 4000));
        }
        r.outOfMemory = OUT_OF_MEMORY.get();
        JsonNode body = response == null ? JSON.createObjectNode() : JSON.readTree(response.body());
        Long submission = jdbc.queryForObject("select max(id) from payroll_submission where contract_id = ?", Long.class, contract);
        submission = submission == null ? -1 : submission;
        r.dbStatus = submission < 0 ? "none" : jdbc.queryForObject("select status from payroll_submission where id = ?",
                String.class, submission);
        r.rowCount = body.path("rowCount").asInt();
        r.findingCount = body.path("findingCount").asInt();
        r.amountOwed = body.path("amountOwed").isMissingNode() ? null : body.path("amountOwed").decimalValue();
        r.checkStatus = body.path("checkStatus").asText();
        r.storedRows = jdbc.queryForObject("select count(*) from payroll_row where submission_id = ?", Long.class, submission);
        r.storedDays = jdbc.queryForObject("select count(*) from payroll_row_day where submission_id = ?", Long.class, submission);
        r.wageFindings = jdbc.queryForObject("select count(*) from payroll_finding where submission_id = ? and kind <> 'SHARE_SHORTFALL'",
                Long.class, submission);
        if (r.status == 201 && r.findingCount > 0 && reviewWaitMinutes > 0) {
            awaitReviewTasks(jdbc, r, reviewWaitMinutes);
        }
        return r;
    }

    /**
     * {@code --repeat=N}: N different payrolls of {@code rows} rows each (a typical weekly payroll: 500), one per week
     * from {@link #WEEK_ENDING} on, uploaded one after the other, each the day after its week ends (the application clock
     * moves a week between uploads; the contract period covers all the weeks). Each file has its own seed (other hours,
     * other underpaid rows), so no upload is a repeat of another. Only the request is timed, from sending it to the
     * whole answer; the file is generated and read beforehand. Unless {@code --no-idle-wait}, the job executor's work
     * for the previous payroll (its review round) is let finish first, as between payrolls that arrive hours apart.
     * With {@code --weeks=W} (fewer than N) the uploads cycle through the first W weeks: after the first W, each is a
     * corrected payroll of a week already reported, which supersedes it, so the contract's accepted history stays at W
     * weeks (a contract in its steady state) instead of growing by a week per upload.
     * Prints one {@code REPEAT} line: p50, p95, p99 and max of the response times (nearest rank), and p95 of the first
     * and the second half (a contract's history grows by one week per upload).
     */
    private int repeatedUploads(ConfigurableApplicationContext app, String db, long contract, int rows, Path work) throws Exception {
        ManagementService management = app.getBean(ManagementService.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        double[] millis = new double[repeat];
        double[] cpuMillis = new double[repeat];
        int created = 0;
        int stored = 0;
        int findings = 0;
        long r0 = System.nanoTime();
        // where the requests spend their time, all uploads together (the sampler sees only the request threads)
        StackSampler sampler = StackSampler.start();
        for (int i = 0; i < repeat; i++) {
            LocalDate week = WEEK_ENDING.plusWeeks(i % weeks);
            Path file = work.resolve("payroll-" + week + ".csv");
            CsvStats generated = PayrollCsv.write(file, rows, week, 20270109L + i);
            byte[] body = Files.readAllBytes(file);
            Files.delete(file);
            if (idleBetween) {
                waitForIdleJobs(management);
            }
            moveClockTo(WEEK_ENDING.plusWeeks(Math.min(i, weeks - 1)).plusDays(1));
            HttpRequest request = HttpRequest.newBuilder(uri("/api/contracts/" + contract + "/payrolls?weekEnding=" + week))
                    .header("Content-Type", "text/csv").header("Accept", "application/json, application/problem+json")
                    .header("Authorization", basic("harbor")).timeout(Duration.ofMinutes(5))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            Map<Long, Long> cpu0 = requestThreadCpuNanos();
            long u0 = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            millis[i] = (System.nanoTime() - u0) / 1e6;
            cpuMillis[i] = cpuNanosSince(cpu0) / 1e6;
            if (response.statusCode() == 201) {
                created++;
                JsonNode answer = JSON.readTree(response.body());
                stored += answer.path("rowCount").asInt() == generated.rows() ? 1 : 0;
                findings += answer.path("findingCount").asInt();
            } else {
                log("upload " + (i + 1) + " (week ending " + week + ") answered " + response.statusCode() + ": "
                        + abbreviate(response.body(), 1000));
            }
            if ((i + 1) % 25 == 0 || i == 0) {
                log(String.format(Locale.ROOT, "upload %d of %d, week ending %s: %d in %.1f ms", i + 1, repeat, week,
                        response.statusCode(), millis[i]));
            }
        }
        double wall = secondsSince(r0);
        sampler.stop();
        long rowsInDb = jdbc.queryForObject("select count(*) from payroll_row r join payroll_submission s on s.id = r.submission_id "
                + "where s.contract_id = ? and s.status = 'ACCEPTED'", Long.class, contract);
        // every payroll's tally of hours per worker, trade and level (payroll_worker_hours) against the same sums made
        // by the database from its rows and days: the shares are computed from the tallies, so they must agree
        // (both ways with EXCEPT: H2 has no full join)
        String summed = "select r.submission_id, r.worker_ref, r.classification, r.level, min(d.work_date), max(d.work_date), "
                + "cast(sum(d.straight_hours + d.overtime_hours) as numeric(12, 2)) from payroll_row r join payroll_row_day d "
                + "on d.submission_id = r.submission_id and d.position = r.position join payroll_submission s "
                + "on s.id = r.submission_id where s.contract_id = ? group by r.submission_id, r.worker_ref, r.classification, r.level";
        String kept = "select h.submission_id, h.worker_ref, h.classification, h.level, h.first_day, h.last_day, h.hours "
                + "from payroll_worker_hours h join payroll_submission s on s.id = h.submission_id where s.contract_id = ?";
        long tallyMismatches = jdbc.queryForObject("select count(*) from (" + summed + " except " + kept + ") x", Long.class,
                contract, contract)
                + jdbc.queryForObject("select count(*) from (" + kept + " except " + summed + ") x", Long.class, contract, contract);
        long tallies = jdbc.queryForObject("select count(*) from payroll_worker_hours h join payroll_submission s "
                + "on s.id = h.submission_id where s.contract_id = ?", Long.class, contract);
        String owed = String.valueOf(jdbc.queryForObject("select sum(amount_owed) from payroll_submission where contract_id = ? "
                + "and status = 'ACCEPTED'", BigDecimal.class, contract));
        String findingKinds = String.join(",", jdbc.queryForList("select kind || ':' || status || '=' || count(*) from payroll_finding "
                + "where contract_id = ? group by kind, status order by kind, status", String.class, contract));
        System.out.println(String.format(Locale.ROOT, "REPEAT_SAME tallies=%d tally_mismatches=%d amount_owed_accepted=%s findings_by_kind=%s",
                tallies, tallyMismatches, owed, findingKinds));
        double[] sorted = millis.clone();
        java.util.Arrays.sort(sorted);
        int half = repeat / 2;
        double[] first = java.util.Arrays.copyOfRange(millis, 0, half);
        double[] second = java.util.Arrays.copyOfRange(millis, half, repeat);
        java.util.Arrays.sort(first);
        java.util.Arrays.sort(second);
        double p95 = percentile(sorted, 95);
        System.out.println(String.format(Locale.ROOT, "REPEAT db=%s uploads=%d weeks=%d rows_each=%d created=%d all_rows_answered=%d "
                + "accepted_rows_in_db=%d findings=%d idle_wait=%s p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f min_ms=%.1f "
                + "mean_ms=%.1f first_ms=%.1f p95_first_half_ms=%.1f p95_second_half_ms=%.1f wall_s=%.1f target_p95<100ms %s",
                db, repeat, weeks, rows, created, stored, rowsInDb, findings, idleBetween, percentile(sorted, 50), p95,
                percentile(sorted, 99), sorted[repeat - 1], sorted[0], java.util.Arrays.stream(millis).average().orElse(0),
                millis[0], half == 0 ? 0 : percentile(first, 95), percentile(second, 95), wall,
                p95 < 100 && created == repeat ? "MET" : "NOT_MET"));
        StringBuilder every = new StringBuilder("REPEAT_MS");
        for (double m : millis) {
            every.append(String.format(Locale.ROOT, " %.0f", m));
        }
        System.out.println(every);
        // CPU time of the request threads (Tomcat's workers; with H2 the database's work runs on them too), which the
        // other programs sharing the machine do not inflate as they do the wall time
        double[] cpuSorted = cpuMillis.clone();
        java.util.Arrays.sort(cpuSorted);
        double[] cpuSecond = java.util.Arrays.copyOfRange(cpuMillis, half, repeat);
        java.util.Arrays.sort(cpuSecond);
        System.out.println(String.format(Locale.ROOT, "REPEAT_CPU db=%s uploads=%d request_thread_cpu_ms p50=%.1f p95=%.1f "
                + "mean=%.1f p50_second_half=%.1f total_s=%.2f", db, repeat, percentile(cpuSorted, 50), percentile(cpuSorted, 95),
                java.util.Arrays.stream(cpuMillis).average().orElse(0), percentile(cpuSecond, 50),
                java.util.Arrays.stream(cpuMillis).sum() / 1000));
        StringBuilder everyCpu = new StringBuilder("REPEAT_CPU_MS");
        for (double m : cpuMillis) {
            everyCpu.append(String.format(Locale.ROOT, " %.0f", m));
        }
        System.out.println(everyCpu);
        Result phases = new Result();
        phases.samples = sampler.phases();
        phases.sampleCount = sampler.samples();
        System.out.println(phases.phases());
        if (explain && db.equals("postgres")) {
            System.out.println(explainChecks(jdbc, contract));
        }
        return created == repeat && stored == repeat ? 0 : 1;
    }

    /** CPU time so far of each of Tomcat's request threads, by thread id. */
    private static Map<Long, Long> requestThreadCpuNanos() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<Long, Long> cpu = new java.util.HashMap<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("http-nio") && t.getName().contains("exec")) {
                long nanos = mx.getThreadCpuTime(t.getId());
                if (nanos >= 0) {
                    cpu.put(t.getId(), nanos);
                }
            }
        }
        return cpu;
    }

    /** CPU time the request threads used since {@code before} (a thread started since counts from zero). */
    private static long cpuNanosSince(Map<Long, Long> before) {
        long sum = 0;
        for (Map.Entry<Long, Long> e : requestThreadCpuNanos().entrySet()) {
            sum += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        }
        return sum;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    /**
     * After the answer: the compliance case's review round is created by the job executor (asynchronous before it),
     * one auditor task for the round however many findings it covers (ADR 0021). Polls until the round's task exists, up to
     * {@code --review-wait-min} minutes (15; 0 does not wait), and records how long that took after the response; it is
     * not part of the request's seconds.
     */
    private static void awaitReviewTasks(JdbcTemplate jdbc, Result r, long minutes) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + java.util.concurrent.TimeUnit.MINUTES.toNanos(minutes);
        long tasks = 0;
        while (System.nanoTime() < deadline) {
            tasks = jdbc.queryForObject("select count(*) from act_ru_task where task_def_key_ = 'userTask_reviewRound'", Long.class);
            if (tasks >= 1) {
                break;
            }
            Thread.sleep(250);
        }
        r.reviewTasks = tasks;
        r.reviewSeconds = (System.nanoTime() - start) / 1e9;
    }

    /** What one run measured. */
    private static final class Result {
        int rows;
        long bytes;
        double seconds;
        int status;
        long peakHeap;
        Map<String, Long> peakPools;
        long liveMax;
        long sampledMax;
        long baseline;
        long gcCount;
        long gcMillis;
        Map<String, Integer> samples;
        int sampleCount;
        int rowCount;
        int findingCount;
        BigDecimal amountOwed;
        String checkStatus;
        String dbStatus;
        String failure;
        boolean outOfMemory;
        long storedRows;
        long storedDays;
        long wageFindings;
        long reviewTasks;
        double reviewSeconds;

        String line(String db, long maxMemory, int earlier) {
            return String.format(Locale.ROOT, "RESULT db=%s earlier=%d rows=%d bytes=%d status=%d oom=%s seconds=%.2f rows_per_s=%.0f "
                    + "peak_heap_mb=%.1f heap_used_max_mb=%.1f live_after_gc_max_mb=%.1f heap_before_mb=%.1f xmx_mb=%.0f gc_count=%d gc_ms=%d "
                    + "rowCount=%d stored_rows=%d stored_days=%d findingCount=%d wage_findings=%d amountOwed=%s checkStatus=%s "
                    + "submission_status=%s review_tasks=%d review_tasks_ready_s=%.1f peak_pools_mb=%s",
                    db, earlier, rows, bytes, status, outOfMemory, seconds, rows / seconds, mb(peakHeap), mb(sampledMax), mb(liveMax), mb(baseline), mb(maxMemory),
                    gcCount, gcMillis, rowCount, storedRows, storedDays, findingCount, wageFindings,
                    amountOwed == null ? "-" : amountOwed.setScale(2).toPlainString(), checkStatus, dbStatus, reviewTasks, reviewSeconds,
                    poolsText());
        }

        private String poolsText() {
            StringBuilder b = new StringBuilder("{");
            peakPools.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append(k.replace(' ', '_'))
                    .append('=').append(String.format(Locale.ROOT, "%.1f", mb(v))));
            return b.append('}').toString();
        }

        String phases() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "PHASES (%d samples of the request thread, every %d ms):",
                    sampleCount, StackSampler.INTERVAL_MS));
            samples.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .forEach(e -> b.append(String.format(Locale.ROOT, "%n  %5.1f%%  %s", 100.0 * e.getValue() / Math.max(1, sampleCount),
                            e.getKey())));
            return b.toString();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // An executed contract through the API (the steps of PayrollTest.executedContract, with the job executor running)
    // ---------------------------------------------------------------------------------------------------------------

    private void moveClockTo(LocalDate day) {
        if (LocalDate.now(clock).isBefore(day)) {
            clock.advance(Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(clock), day)));
        }
    }

    private long executedContractWithStatement(ConfigurableApplicationContext app, LocalDate periodEnd) throws Exception {
        ManagementService management = app.getBean(ManagementService.class);
        RuntimeService runtime = app.getBean(RuntimeService.class);
        StandardCatalog standards = app.getBean(StandardCatalog.class);
        if (standards.version(STANDARD, 1).adoption().status() == Adoption.Status.PROPOSED) {
            expect(201, 200, post("admin", "/api/standards/" + STANDARD + "/versions/1/decision",
                    Map.of("decision", "ADOPT", "comment", "adopted for the payroll benchmark")));
        }
        waitUntil("the standard is adopted", () -> standards.version(STANDARD, 1).adoption().status() == Adoption.Status.ADOPTED);

        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("agencyCode", "DEMO-CITY");
        draft.put("title", "Payroll benchmark");
        draft.put("category", "WORKS");
        draft.put("region", "Demo City");
        draft.put("estimatedValue", 1_500_000);
        draft.put("standardCode", STANDARD);
        draft.put("standardVersion", 1);
        // bids are opened only at the deadline (and reviewed after it): a deadline a few seconds away
        OffsetDateTime submissionDeadline = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(20).withNano(0);
        draft.put("submissionDeadline", submissionDeadline.toString());
        draft.put("classifications", List.of(ELECTRICIAN, LABORER));
        long solicitation = expect(201, 201, post("officer", "/api/solicitations", draft)).path("id").asLong();
        expect(200, 200, post("officer", "/api/solicitations/" + solicitation + "/publication", ""));

        BidSubmission strong = new BidSubmission(new BigDecimal("1100000"), List.of(
                new BidSubmission.WageOffer(ELECTRICIAN, new BigDecimal("60.00"), new BigDecimal("31.40")),
                new BidSubmission.WageOffer(LABORER, new BigDecimal("45.00"), new BigDecimal("26.85"))),
                null, new BigDecimal("100"), new BigDecimal("15"), new BigDecimal("6"), 14, new BigDecimal("90"),
                new BigDecimal("51"), new BigDecimal("40"), new BigDecimal("12"), new BigDecimal("20"), new BigDecimal("40"),
                "Journey-level pathway with quarterly reviews", true, true, 0,
                Map.of(Principle.VOICE_AND_REPRESENTATION, "Project labor agreement"));
        long bid = expect(201, 201, post("harbor", "/api/solicitations/" + solicitation + "/bids", strong)).path("id").asLong();
        waitForIdleJobs(management);

        // the submission deadline passes: fire the award process's timer now (unless the job executor already did), as
        // Jobs.fireTimer does in the tests; the bids are opened and the officer reviews
        waitUntil("the submission deadline passes", () -> OffsetDateTime.now(ZoneOffset.UTC).isAfter(submissionDeadline));
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(SolicitationAwardProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(solicitation)).singleResult().getId();
        Job timer = management.createJobQuery().processInstanceId(instance).activityId(SolicitationAwardProcess.EVENT_DEADLINE)
                .timers().singleResult();
        if (timer != null) {
            try {
                management.executeJob(timer.getId());
            } catch (RuntimeException takenByTheJobExecutor) {
                // the job executor fired it at the same moment
            }
        }
        waitForIdleJobs(management);
        waitUntil("the bids are opened", () -> get("officer", "/api/bids/" + bid).status() == 200);
        Map<String, Object> review = Map.of("decision", "CONFIRM", "reason", "verified", "ratings", List.of(Map.of(
                "criterion", "WORKPLACE-CULTURE-PLAN", "rating", 5, "justification", "Plan reviewed against the rubric guidance")));
        retry("bid review", () -> post("officer", "/api/bids/" + bid + "/review", review));
        waitForIdleJobs(management);

        retry("award", () -> post("officer", "/api/solicitations/" + solicitation + "/award", Map.of("bidId", bid, "reason", "top")));
        waitForIdleJobs(management);
        long[] contract = {-1};
        waitUntil("the contract is drafted", () -> {
            for (JsonNode c : get("officer", "/api/contracts").json().path("items")) {
                if (c.path("bidId").asLong() == bid) {
                    contract[0] = c.path("id").asLong();
                }
            }
            return contract[0] > 0;
        });
        long id = contract[0];
        retry("draft revision", () -> put("officer", "/api/contracts/" + id + "/draft", Map.of("title", "Payroll benchmark",
                "value", 1100000, "periodStart", "2027-01-04", "periodEnd", periodEnd.toString())));
        retry("legal review", () -> post("officer", "/api/contracts/" + id + "/legal-review", Map.of("decision", "APPROVE", "reason", "ok")));
        waitForIdleJobs(management);
        retry("acceptance", () -> post("harbor", "/api/contracts/" + id + "/acceptance", Map.of("decision", "ACCEPT", "reason", "ok")));
        waitUntil("the contract is executed", () -> get("officer", "/api/contracts/" + id).json().path("status").asText().equals("EXECUTED"));
        waitForIdleJobs(management);
        waitUntil("the payroll calendar expects " + WEEK_ENDING, () -> get("harbor", "/api/contracts/" + id + "/payroll-calendar")
                .body().contains(WEEK_ENDING.toString()));

        List<Map<String, Object>> programs = List.of(
                program("IBEW/NECA JATC", ELECTRICIAN, "MA-2019-0042"),
                program("Laborers' Training Fund", LABORER, "MA-2016-0117"));
        expect(201, 201, post("harbor", "/api/contracts/" + id + "/compliance-statements", Map.of("signatoryName", "Dana Harbor",
                "signatoryTitle", "Payroll Manager", "fringePlans", List.of(
                        Map.of("name", "IBEW Local 103 Health & Pension", "hourlyCredit", "31.40"),
                        Map.of("name", "Laborers' Benefit Funds", "hourlyCredit", "26.85")),
                "apprenticeshipPrograms", programs)));
        return id;
    }

    private static Map<String, Object> program(String name, String classification, String registration) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("classification", classification);
        p.put("registered", true);
        p.put("registrationNumber", registration);
        p.put("registeredWith", "Massachusetts Division of Apprentice Standards");
        p.put("apprenticesPerJourneyworker", "1");
        p.put("percentOfJourneyRateByLevel", PayrollCsv.APPRENTICE_PERCENT);
        return p;
    }

    /** No due job left (async continuations done), twice in a row a little apart. */
    private static void waitForIdleJobs(ManagementService management) throws InterruptedException {
        waitForIdleJobs(management, SETUP_TIMEOUT, 150);
    }

    private static void waitUntil(String what, Supplier<Boolean> condition) throws InterruptedException {
        waitUntil(what, condition, SETUP_TIMEOUT, 200);
    }

    private static Answer retry(String what, Supplier<Answer> step) throws InterruptedException {
        return retry(what, step, SETUP_TIMEOUT, 250);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // A database in use: earlier submissions, and the plan of the checks' join
    // ---------------------------------------------------------------------------------------------------------------

    /**
     * {@code n} earlier accepted, checked payrolls of 1 to {@code maxRows} rows (five days each), for other contracts
     * (about twelve weeks each), written with SQL; then {@code ANALYZE}, as a database in use has statistics. Returns the
     * number of rows written.
     */
    private static int fillEarlier(JdbcTemplate jdbc, int n, int maxRows) {
        boolean told = jdbc.queryForObject("select count(*) from information_schema.columns where lower(table_name) = "
                + "'payroll_submission' and lower(column_name) = 'review_told_at'", Integer.class) > 0;
        Random random = new Random(20270101L);
        int written = 0;
        for (int i = 0; i < n; i++) {
            long contract = 1_000_000L + i / 12;
            LocalDate week = WEEK_ENDING.minusWeeks(1 + i % 12);
            java.sql.Timestamp at = java.sql.Timestamp.from(week.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant());
            jdbc.update("insert into payroll_submission (contract_id, vendor_id, week_ending, source, status, sha256, size_bytes, "
                    + "row_count, error_count, submitted_by, submitted_at, row_version, check_status, finding_count, amount_owed"
                    + (told ? ", review_told_at" : "") + ") values (?, 1, ?, 'CSV', 'ACCEPTED', ?, 0, 0, 0, 'bench', ?, 0, 'CHECKED', 0, 0"
                    + (told ? ", ?" : "") + ")", told ? new Object[] {contract, java.sql.Date.valueOf(week), "earlier-" + i, at, at}
                    : new Object[] {contract, java.sql.Date.valueOf(week), "earlier-" + i, at});
            long id = jdbc.queryForObject("select max(id) from payroll_submission where contract_id = ?", Long.class, contract);
            int rows = 1 + random.nextInt(maxRows);
            List<Object[]> rowArgs = new ArrayList<>();
            List<Object[]> dayArgs = new ArrayList<>();
            for (int p = 1; p <= rows; p++) {
                rowArgs.add(new Object[] {id, p, p, "Earlier", "Worker", String.format("%04d", p), ELECTRICIAN});
                for (int d = 5; d >= 1; d--) {
                    dayArgs.add(new Object[] {id, p, java.sql.Date.valueOf(week.minusDays(d))});
                }
            }
            jdbc.batchUpdate("insert into payroll_row (submission_id, position, entry_number, last_name, first_name, worker_ref, "
                    + "classification, level, straight_rate, fringe_credit_per_hour, cash_in_lieu_per_hour, gross_this_project, "
                    + "gross_all_work, net_pay) values (?, ?, ?, ?, ?, ?, ?, 'JOURNEYWORKER', 60.00, 31.40, 0, 480.00, 480.00, 400.00)",
                    rowArgs);
            jdbc.batchUpdate("insert into payroll_row_day (submission_id, position, work_date, straight_hours, overtime_hours) "
                    + "values (?, ?, ?, 8, 0)", dayArgs);
            jdbc.update("update payroll_submission set row_count = ? where id = ?", rows, id);
            written += rows;
        }
        jdbc.execute("analyze");
        return written;
    }

    /** The database's plan for the checks' join of rows and days ({@code WorkerRows}), for the measured submission. */
    private static String plan(JdbcTemplate jdbc, long contract) {
        try {
            java.lang.reflect.Field sql = Class.forName("org.highroad.payroll.WorkerRows").getDeclaredField("SQL");
            sql.setAccessible(true);
            Long submission = jdbc.queryForObject("select max(id) from payroll_submission where contract_id = ?", Long.class, contract);
            return "PLAN of WorkerRows.SQL:\n" + String.join("\n", jdbc.queryForList("explain " + sql.get(null), String.class, submission));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "PLAN not available: " + e;
        }
    }

    /**
     * {@code --explain} (PostgreSQL, after {@code --repeat}): {@code EXPLAIN (ANALYZE, BUFFERS)} of the statements a
     * payroll's check runs over its own rows, days and findings, for the last accepted payroll of the contract, on the
     * database as the uploads left it. Each twice: the plan for the payroll's id (a custom plan) and the plan the
     * server keeps for a prepared statement run many times (a generic plan, {@code plan_cache_mode =
     * force_generic_plan}), since the driver prepares a statement on the server from its fifth use on.
     */
    private static String explainChecks(JdbcTemplate jdbc, long contract) {
        StringBuilder out = new StringBuilder("EXPLAIN of the checks' statements");
        try {
            Long submission = jdbc.queryForObject("select max(id) from payroll_submission where contract_id = ? and status = 'ACCEPTED'",
                    Long.class, contract);
            java.sql.Date lastEnd = jdbc.queryForObject("select max(week_ending) from payroll_submission where contract_id = ?",
                    java.sql.Date.class, contract);
            out.append(String.format(Locale.ROOT, " (submission %d of contract %d; %,d submissions, %,d rows, %,d day rows, %,d findings "
                    + "in the database):", submission, contract,
                    jdbc.queryForObject("select count(*) from payroll_submission", Long.class),
                    jdbc.queryForObject("select count(*) from payroll_row", Long.class),
                    jdbc.queryForObject("select count(*) from payroll_row_day", Long.class),
                    jdbc.queryForObject("select count(*) from payroll_finding", Long.class)));
            Map<String, String> statements = new java.util.LinkedHashMap<>();
            statements.put("census: journeyworkers per day", constant("org.highroad.payroll.WageChecks", "CENSUS_JOURNEYWORKERS"));
            statements.put("census: apprentices", constant("org.highroad.payroll.WageChecks", "CENSUS_APPRENTICES"));
            statements.put("census: apprentices' days", constant("org.highroad.payroll.WageChecks", "CENSUS_APPRENTICE_DAYS"));
            statements.put("rows back in worker order (WorkerRows)", constant("org.highroad.payroll.WorkerRows", "SQL"));
            statements.put("restitution delete", "delete from payroll_restitution where submission_id = $1");
            statements.put("open findings of the payroll", "select count(*) from payroll_finding where submission_id = $1 and status = 'OPEN'");
            statements.put("findings to supersede", "select id from payroll_finding where submission_id = $1 "
                    + "and status in ('OPEN', 'CONFIRMED') and kind not in ('INVESTIGATION_DISCREPANCY', 'SITE_VISIT_VIOLATION') order by id");
            String lastDay = "date '" + lastEnd.toLocalDate().plusDays(6) + "'";
            Map<String, String> argsOf = new java.util.HashMap<>();
            try {
                statements.put("utilization: the workers' answers", constant("org.highroad.payroll.PayrollUtilization", "ANSWERS")
                        .replace("{vendor}", ""));
                argsOf.put("utilization: the workers' answers", contract + ", " + lastDay);
                statements.put("utilization: the hours per worker, trade, level and day", constant("org.highroad.payroll.PayrollUtilization",
                        "HOURS").replace("{vendor}", ""));
                argsOf.put("utilization: the hours per worker, trade, level and day", contract + ", " + lastDay + ", date '" + lastEnd + "'");
                try { // the application since each payroll's hours are tallied on accept (V70)
                    statements.put("utilization: the payrolls' tallies per worker, trade and level", constant(
                            "org.highroad.payroll.PayrollUtilization", "TALLIED_HOURS").replace("{vendor}", ""));
                    argsOf.put("utilization: the payrolls' tallies per worker, trade and level", contract + ", " + lastDay + ", date '"
                            + lastEnd + "'");
                } catch (NoSuchFieldException before) {
                    // the hours per day above are what it reads
                }
            } catch (NoSuchFieldException before) { // the application before the shares were summed in the database
                statements.put("utilization: all hours of the contract", constant("org.highroad.payroll.PayrollUtilization", "ROWS")
                        + constant("org.highroad.payroll.PayrollUtilization", "IN_WORKER_ORDER"));
                argsOf.put("utilization: all hours of the contract", contract + ", " + lastDay);
            }
            for (Map.Entry<String, String> e : statements.entrySet()) {
                String sql = e.getValue();
                String args = argsOf.getOrDefault(e.getKey(), String.valueOf(submission));
                int n = 0;
                StringBuilder numbered = new StringBuilder();
                for (char c : sql.toCharArray()) {
                    numbered.append(c == '?' ? "$" + (++n) : String.valueOf(c));
                }
                out.append("\n-- ").append(e.getKey()).append(":");
                for (String mode : List.of("auto", "force_generic_plan")) {
                    String plan = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) connection -> {
                        boolean auto = connection.getAutoCommit();
                        connection.setAutoCommit(false); // the delete is rolled back
                        try (java.sql.Statement st = connection.createStatement()) {
                            st.execute("set local plan_cache_mode = " + mode);
                            st.execute("prepare bench_q as " + numbered);
                            StringBuilder lines = new StringBuilder();
                            try (java.sql.ResultSet rs = st.executeQuery("explain (analyze, buffers) execute bench_q(" + args + ")")) {
                                while (rs.next()) {
                                    lines.append("\n    ").append(rs.getString(1));
                                }
                            }
                            return lines.toString();
                        } finally {
                            connection.rollback();
                            try (java.sql.Statement st = connection.createStatement()) {
                                st.execute("deallocate all");
                            }
                            connection.setAutoCommit(auto);
                        }
                    });
                    out.append("\n  [").append(mode.equals("auto") ? "custom plan" : "generic plan").append("]").append(plan);
                }
            }
            out.append("\n(last week ending ").append(lastEnd).append(")");
        } catch (ReflectiveOperationException | RuntimeException e) {
            out.append(" not available: ").append(e);
        }
        return out.toString();
    }

    private static String constant(String type, String field) throws ReflectiveOperationException {
        java.lang.reflect.Field f = Class.forName(type).getDeclaredField(field);
        f.setAccessible(true);
        return (String) f.get(null);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Measuring
    // ---------------------------------------------------------------------------------------------------------------

    private static long heapUsed(List<MemoryPoolMXBean> heap) {
        return heap.stream().map(MemoryPoolMXBean::getUsage).mapToLong(MemoryUsage::getUsed).sum();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /**
     * Passes console output through and raises {@link #OUT_OF_MEMORY} when a line mentions an OutOfMemoryError: the
     * application catches one thrown in the request thread, logs it and answers 500, so no uncaught handler sees it.
     */
    private static final class OomSpotter extends java.io.FilterOutputStream {
        private static final byte[] NEEDLE = "OutOfMemoryError".getBytes(StandardCharsets.US_ASCII);
        private int matched;

        private OomSpotter(java.io.OutputStream out) {
            super(out);
        }

        static java.io.PrintStream wrap(java.io.PrintStream stream) {
            return new java.io.PrintStream(new OomSpotter(stream), true);
        }

        @Override
        public void write(int b) throws IOException {
            matched = b == NEEDLE[matched] ? matched + 1 : b == NEEDLE[0] ? 1 : 0;
            if (matched == NEEDLE.length) {
                OUT_OF_MEMORY.set(true);
                matched = 0;
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) {
                matched = b[i] == NEEDLE[matched] ? matched + 1 : b[i] == NEEDLE[0] ? 1 : 0;
                if (matched == NEEDLE.length) {
                    OUT_OF_MEMORY.set(true);
                    matched = 0;
                }
            }
            out.write(b, off, len);
        }
    }

    /** The largest heap occupancy right after a collection (an upper bound of what was still reachable), from GC notifications. */
    private static final class LiveSetWatcher implements NotificationListener {
        private final AtomicLong max = new AtomicLong();
        private final List<NotificationEmitter> emitters = new ArrayList<>();

        static LiveSetWatcher start() {
            LiveSetWatcher w = new LiveSetWatcher();
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    emitter.addNotificationListener(w, null, null);
                    w.emitters.add(emitter);
                }
            }
            return w;
        }

        @Override
        public void handleNotification(javax.management.Notification n, Object handback) {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                    .filter(e -> isHeapPool(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
            max.accumulateAndGet(after, Math::max);
        }

        long stop() {
            for (NotificationEmitter e : emitters) {
                try {
                    e.removeNotificationListener(this);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // gone already
                }
            }
            return max.get();
        }

        private static boolean isHeapPool(String name) {
            return ManagementFactory.getMemoryPoolMXBeans().stream()
                    .anyMatch(p -> p.getName().equals(name) && p.getType() == MemoryType.HEAP);
        }
    }

    /**
     * A profiler-free look at where the request thread (Tomcat's {@code http-nio-*-exec-*} running the payroll
     * controller) spends its time: its stack every {@link #INTERVAL_MS} ms, classified by the innermost frame that
     * names a step of the intake.
     */
    private static final class StackSampler implements Runnable {
        static final int INTERVAL_MS = 50;
        private static final List<String[]> MARKERS = List.of(
                new String[] {"AbstractPlatformTransactionManager", "commit", "transaction commit"},
                new String[] {"PayrollRowWriter", "flush", "intake: insert rows (JDBC batches)"},
                new String[] {"PgCopyRowWriter", "flush", "intake: insert rows (PostgreSQL COPY)"},
                new String[] {"RawUploadStore", "store", "intake: store raw upload (SHA-256, database)"},
                new String[] {"PayrollRows", "uncovered", "intake: classification coverage per row"},
                new String[] {"PayrollCsvReader", "read", "intake: read + validate CSV"},
                new String[] {"WorkerIdentities", null, "intake: one identifying number per worker (SQL)"},
                new String[] {"PayrollRows", null, "intake: parse (other)"},
                new String[] {"PayrollWeeks", "ensure", "intake: the week's row"},
                new String[] {"WageCheck", null, "checks: wage check (in memory)"},
                new String[] {"FindingStore", "insertNew", "checks: record findings"},
                new String[] {"WageChecks", "record", "checks: record findings"},
                new String[] {"ShareShortfalls", "record", "checks: record findings"},
                new String[] {"FindingStore", "fingerprints", "checks: load known fingerprints"},
                new String[] {"WageChecks", "restitution", "checks: record restitution"},
                new String[] {"WorkerRows", null, "checks: stream rows back (join, order by worker)"},
                new String[] {"PayrollUtilization", "compute", "checks: utilization (all hours of the contract)"},
                new String[] {"WageChecks", null, "checks: apprentice census / other"},
                new String[] {"PayrollChecks", null, "checks: other"},
                new String[] {"PayrollAcceptance", null, "intake: accept (supersede the week's payroll)"},
                new String[] {"SubmissionIntake", null, "submission: other (between steps)"},
                new String[] {"SubmissionSettlement", null, "submission: other (between steps)"},
                new String[] {"SubmissionReceipts", null, "submission: other (between steps)"},
                new String[] {"ReceivePayroll", null, "submission: other (between steps)"},
                new String[] {"PayrollFollowUp", null, "follow-up: tell the review process / other"},
                new String[] {"PayrollsController", null, "controller: other"});

        /** {@code -Dbench.stacks=true}: print one sampled stack per phase, to check the classification. */
        private static final boolean SHOW_STACKS = Boolean.getBoolean("bench.stacks");
        private final Map<String, Integer> phases = new TreeMap<>();
        private final Map<String, StackTraceElement[]> examples = new TreeMap<>();
        /** {@code -Dbench.detail=insert}: within the phases whose name contains this, tally the innermost frames. */
        private static final String DETAIL = System.getProperty("bench.detail");
        private final Map<String, Integer> detail = new TreeMap<>();

        /** The innermost frame, and the innermost frame of the application or a database driver under it. */
        private static String innermost(StackTraceElement[] stack) {
            String top = stack.length == 0 ? "?" : frame(stack[0]);
            for (StackTraceElement f : stack) {
                String c = f.getClassName();
                if (c.startsWith("org.highroad") || c.startsWith("org.postgresql") || c.startsWith("org.h2")) {
                    String own = frame(f);
                    return own.equals(top) ? top : top + " <- " + own;
                }
            }
            return top;
        }

        private static String frame(StackTraceElement f) {
            return f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName();
        }
        private volatile boolean running = true;
        private volatile long maxHeapUsed;
        private int samples;
        private Thread thread;

        static StackSampler start() {
            StackSampler s = new StackSampler();
            s.thread = new Thread(s, "bench-stack-sampler");
            s.thread.setDaemon(true);
            s.thread.start();
            return s;
        }

        @Override
        public void run() {
            java.lang.management.MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            while (running) {
                try {
                    long used = memory.getHeapMemoryUsage().getUsed();
                    if (used > maxHeapUsed) {
                        maxHeapUsed = used;
                    }
                    sample();
                } catch (OutOfMemoryError e) {
                    OUT_OF_MEMORY.set(true);
                }
                try {
                    Thread.sleep(INTERVAL_MS);
                } catch (InterruptedException ex) {
                    return;
                }
            }
        }

        private void sample() {
            for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
                if (!e.getKey().getName().startsWith("http-nio")) {
                    continue;
                }
                StackTraceElement[] stack = e.getValue();
                if (Stream.of(stack).noneMatch(f -> f.getClassName().endsWith("PayrollsController"))) {
                    continue;
                }
                synchronized (this) {
                    samples++;
                    String phase = classify(stack);
                    phases.merge(phase, 1, Integer::sum);
                    if (SHOW_STACKS && !examples.containsKey(phase)) {
                        examples.put(phase, stack);
                    }
                    if (DETAIL != null && phase.contains(DETAIL)) {
                        detail.merge(innermost(stack), 1, Integer::sum);
                    }
                }
            }
        }

        /** Innermost step; a contract rule lookup is named with the step that made it. */
        private static String classify(StackTraceElement[] stack) {
            for (int i = 0; i < stack.length; i++) {
                StackTraceElement f = stack[i];
                if (f.getClassName().endsWith(".ContractRuleBook")) {
                    int outer = i;
                    for (int j = i + 1; j < stack.length; j++) {
                        if (stack[j].getClassName().endsWith(".ContractRuleBook")) {
                            outer = j;
                        }
                    }
                    while (outer + 1 < stack.length && (stack[outer + 1].getClassName().contains("$$Lambda")
                            || (stack[outer + 1].getClassName().endsWith(".WageChecks")
                                    || stack[outer + 1].getClassName().endsWith(".PayrollRows"))
                            && stack[outer + 1].getMethodName().startsWith("lambda$"))) {
                        outer++;
                    }
                    return "rule lookup (ContractRuleBook.wageRule) in " + classify(
                            java.util.Arrays.copyOfRange(stack, outer + 1, stack.length));
                }
                String simple = f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1);
                for (String[] m : MARKERS) {
                    if ((simple.equals(m[0]) || simple.startsWith(m[0] + "$")) && (m[1] == null || f.getMethodName().equals(m[1]))) {
                        return m[2];
                    }
                }
            }
            return "other";
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join(2000);
            synchronized (this) {
                if (DETAIL != null) {
                    int all = detail.values().stream().mapToInt(Integer::intValue).sum();
                    StringBuilder b = new StringBuilder("[bench] innermost frames in phases containing '" + DETAIL + "' ("
                            + all + " samples):");
                    detail.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(15)
                            .forEach(e -> b.append(String.format(Locale.ROOT, "%n  %5.1f%%  %s", 100.0 * e.getValue() / all, e.getKey())));
                    System.err.println(b);
                }
                examples.forEach((phase, stack) -> {
                    StringBuilder b = new StringBuilder("[bench] example stack of phase '" + phase + "':");
                    for (int i = 0; i < Math.min(stack.length, 45); i++) {
                        b.append("\n    at ").append(stack[i]);
                    }
                    System.err.println(b);
                });
            }
        }

        synchronized Map<String, Integer> phases() {
            return new TreeMap<>(phases);
        }

        long maxHeapUsed() {
            return maxHeapUsed;
        }

        synchronized int samples() {
            return samples;
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Misc
    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Keeps the test sources' beans out of the application: with target/test-classes on the classpath, component
     * scanning of org.highroad would otherwise pick up the tests' @TestConfiguration classes (an embedded PostgreSQL
     * as the primary DataSource, a movable clock, test users). Spring's test support registers such a filter itself.
     */
    static final class SkipTestClasses extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURL().toString().contains("/test-classes/");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SkipTestClasses;
        }

        @Override
        public int hashCode() {
            return SkipTestClasses.class.hashCode();
        }
    }

    static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    /** What the generator wrote. */
    record CsvStats(int rows, int workers, int underpaid, int apprentices) {
    }

    /**
     * Writes a realistic certified payroll (docs/payroll-csv.md) for the week ending {@code weekEnding}, a row at a time
     * through a buffered writer: journeyworkers mostly (some with Saturday overtime at time and a half), about 12 %
     * registered apprentices paid their program's percentage, both classifications, about 3 % of workers in two
     * classifications (two rows, same entry number, totals repeated), about 5 % of rows underpaid (base or fringe
     * below the contract's commitment). Gross, deductions and net pay agree to the cent with the reader's checks.
     * Nobody works on Sunday 2027-01-03 (before the contract period starting 2027-01-04).
     */
    static final class PayrollCsv {
        static final Map<String, String> APPRENTICE_PERCENT = Map.of("1", "50", "2", "60", "3", "70", "4", "80");
        private static final String HEADER = "entry_number,last_name,first_name,middle_initial,worker_id,level,apprentice_level,"
                + "classification,st_sun,st_mon,st_tue,st_wed,st_thu,st_fri,st_sat,ot_sun,ot_mon,ot_tue,ot_wed,ot_thu,ot_fri,ot_sat,"
                + "rate_st,rate_ot,fringe_credit_per_hour,cash_in_lieu_per_hour,gross_this_project,gross_all_work,deductions_tax,"
                + "deductions_fica,deductions_other,deductions_total,net_pay,resident,address_effective_from,race_ethnicity,gender";
        private static final String[] LAST = {"Garcia", "Nguyen", "Johnson", "Smith", "Okafor", "Murphy", "Rossi", "Silva",
                "Kowalski", "Chen", "Patel", "Brown", "O'Neil, Jr.", "Williams", "Lopez", "Kim", "Haddad", "Jones", "Dubois",
                "Santos", "Walsh", "Mendes", "Ibrahim", "Park", "Sullivan", "Fernandes", "Lee", "Costa", "Reyes", "Tran"};
        private static final String[] FIRST = {"Maria", "Thi", "Andre", "Dana", "Chidi", "Patrick", "Ana", "Joao", "Piotr",
                "Wei", "Priya", "Kevin", "Sean", "Lucia", "Carlos", "Min", "Omar", "Grace", "Marie", "Rafael", "Aoife", "Tiago",
                "Fatima", "Ji-woo", "Brendan", "Ines", "Ann", "Beatriz", "Luis", "Linh"};
        private static final String[] RACE = {"Hispanic or Latino", "White", "Black or African American", "Asian",
                "White, not Hispanic or Latino", "Two or more races", "", "Decline to answer"};
        private static final String[] GENDER = {"Male", "Male", "Male", "Female", "Female", "Nonbinary", ""};
        private static final long ELECTRICIAN_BASE = 6000;
        private static final long ELECTRICIAN_FRINGE = 3140;
        private static final long LABORER_BASE = 4500;
        private static final long LABORER_FRINGE = 2685;

        private PayrollCsv() {
        }

        static CsvStats write(Path file, int rows, LocalDate weekEnding, long seed) throws IOException {
            Random random = new Random(seed);
            int written = 0;
            int workers = 0;
            int underpaid = 0;
            int apprentices = 0;
            StringBuilder line = new StringBuilder(512);
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(HEADER);
                out.write('\n');
                while (written < rows) {
                    workers++;
                    Worker w = new Worker(workers, random);
                    boolean split = random.nextDouble() < 0.03 && rows - written >= 2;
                    List<Row> mine = new ArrayList<>(2);
                    if (split) {
                        // Monday to Wednesday wiring, Thursday and Friday on general labor
                        mine.add(Row.journey(random, true, new int[] {0, 8, 8, 8, 0, 0, 0}, 0, false));
                        mine.add(Row.journey(random, false, new int[] {0, 0, 0, 0, 8, 8, 0}, 0, false));
                    } else if (random.nextDouble() < 0.12) {
                        mine.add(Row.apprentice(random, random.nextDouble() < 0.55, 1 + random.nextInt(4), random.nextDouble() < 0.05));
                        apprentices++;
                    } else {
                        int overtime = random.nextDouble() < 0.2 ? 2 + 2 * random.nextInt(3) : 0;
                        mine.add(Row.journey(random, random.nextDouble() < 0.55, new int[] {0, 8, 8, 8, 8, 8, 0}, overtime,
                                random.nextDouble() < 0.05));
                    }
                    long grossAll = mine.stream().mapToLong(Row::gross).sum();
                    long tax = percent(grossAll, 1200);
                    long fica = percent(grossAll, 765);
                    long other = random.nextDouble() < 0.2 ? 2500 : 0;
                    long total = tax + fica + other;
                    for (Row r : mine) {
                        underpaid += r.underpaid ? 1 : 0;
                        line.setLength(0);
                        line.append(w.entry).append(',').append(csv(w.last)).append(',').append(w.first).append(',')
                                .append(w.middle).append(',').append(w.id).append(',').append(r.level == 0 ? "J" : "RA").append(',')
                                .append(r.level == 0 ? "" : Integer.toString(r.level)).append(',').append(r.classification);
                        for (int h : r.straight) {
                            line.append(',').append(h == 0 ? "" : Integer.toString(h));
                        }
                        for (int d = 0; d < 7; d++) {
                            line.append(',').append(d == 6 && r.overtime > 0 ? Integer.toString(r.overtime) : "");
                        }
                        line.append(',').append(money(r.rate)).append(',').append(r.overtime > 0 ? money(r.rateOt) : "")
                                .append(',').append(money(r.fringe)).append(",0,").append(money(r.gross())).append(',')
                                .append(money(grossAll)).append(',').append(money(tax)).append(',').append(money(fica)).append(',')
                                .append(money(other)).append(',').append(money(total)).append(',').append(money(grossAll - total))
                                .append(',').append(w.resident).append(',').append(w.since).append(',').append(csv(w.race))
                                .append(',').append(w.gender).append('\n');
                        out.append(line);
                        written++;
                    }
                }
            }
            return new CsvStats(written, workers, underpaid, apprentices);
        }

        /** cents × basis points / 10,000, half up. */
        private static long percent(long cents, long basisPoints) {
            return (cents * basisPoints + 5_000) / 10_000;
        }

        static String money(long cents) {
            long abs = Math.abs(cents);
            return (cents < 0 ? "-" : "") + abs / 100 + "." + (abs % 100 < 10 ? "0" : "") + abs % 100;
        }

        private static String csv(String cell) {
            return cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
        }

        private static final class Worker {
            final int entry;
            final String last;
            final String first;
            final String middle;
            final String id;
            final String resident;
            final String since;
            final String race;
            final String gender;

            Worker(int entry, Random random) {
                this.entry = entry;
                this.last = LAST[random.nextInt(LAST.length)];
                this.first = FIRST[random.nextInt(FIRST.length)];
                this.middle = random.nextInt(3) == 0 ? String.valueOf((char) ('A' + random.nextInt(26))) : "";
                this.id = String.format(Locale.ROOT, "E-%06d", entry);
                int r = random.nextInt(10);
                this.resident = r < 5 ? "Y" : r < 9 ? "N" : "";
                this.since = !resident.isEmpty() && random.nextBoolean()
                        ? LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700)).toString() : "";
                this.race = RACE[random.nextInt(RACE.length)];
                this.gender = GENDER[random.nextInt(GENDER.length)];
            }
        }

        private static final class Row {
            String classification;
            int level;
            int[] straight;
            int overtime;
            long rate;
            long rateOt;
            long fringe;
            boolean underpaid;

            static Row journey(Random random, boolean electrician, int[] straight, int overtime, boolean underpaid) {
                Row r = new Row();
                r.classification = electrician ? ELECTRICIAN : LABORER;
                r.straight = straight;
                r.overtime = overtime;
                long base = electrician ? ELECTRICIAN_BASE : LABORER_BASE;
                long fringe = electrician ? ELECTRICIAN_FRINGE : LABORER_FRINGE;
                long[] above = {0, 0, 0, 50, 100, 250};
                r.rate = base + above[random.nextInt(above.length)];
                r.fringe = fringe;
                if (underpaid) {
                    r.underpaid = true;
                    if (random.nextInt(5) < 4) {
                        r.rate = base - 300 - 50 * random.nextInt(5);
                    } else {
                        r.fringe = fringe - 200;
                    }
                }
                r.rateOt = r.rate * 3 / 2;
                return r;
            }

            static Row apprentice(Random random, boolean electrician, int level, boolean underpaid) {
                Row r = new Row();
                r.classification = electrician ? ELECTRICIAN : LABORER;
                r.level = level;
                r.straight = new int[] {0, 8, 8, 8, 8, 8, 0};
                long base = electrician ? ELECTRICIAN_BASE : LABORER_BASE;
                r.rate = base * Integer.parseInt(APPRENTICE_PERCENT.get(Integer.toString(level))) / 100;
                r.fringe = electrician ? ELECTRICIAN_FRINGE : LABORER_FRINGE;
                if (underpaid) {
                    r.underpaid = true;
                    r.rate -= 200;
                }
                return r;
            }

            long gross() {
                long hours = 0;
                for (int h : straight) {
                    hours += h;
                }
                return hours * rate + overtime * rateOt;
            }
        }
    }
}
