package org.highroad.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.highroad.HighroadApplication;
import org.highroad.procurement.BidSubmission;
import org.highroad.procurement.process.BidEvaluationProcess;
import org.highroad.procurement.process.SolicitationAwardProcess;
import org.highroad.standards.Adoption;
import org.highroad.standards.StandardCatalog;
import org.highroad.standards.scoring.Principle;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.delegate.ExecutionListener;
import org.operaton.bpm.engine.delegate.JavaDelegate;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.repository.ProcessDefinition;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.instance.FlowNode;
import org.operaton.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Benchmark of the bid evaluation and of the whole solicitation lifecycle (not a test: run it with
 * {@code bench/bid-bench.sh}). It starts Highroad in this JVM on a random port with a fresh H2 file database, demo data
 * on (its users, agency, standards and vendors; not its story) and the job executor running, then measures, in the same
 * run and on the same engine (history level as configured, {@code full}):
 * <ol>
 * <li><b>Lifecycles per second</b>: solicitations taken from publication to award through the HTTP API, one after
 * the other: create and publish (officer), two bids (Harbor and Northside), the submission deadline (the application
 * clock moved past it, the award process's deadline timer fired with {@code ManagementService}, as the tests do), the
 * opening, both scorecard reviews and the award (officer), until the award process has ended.</li>
 * <li><b>Bid evaluations per second, real delegates against no-op delegates</b>: {@code bidEvaluation} instances
 * started with {@code RuntimeService} for bids already opened and awaiting review (one bid per instance of a round;
 * the benchmark takes as many solicitations as needed through the steps above, short of the reviews), and, alternately and the same
 * number of times, instances of {@code bidEvaluationNoop}, a copy of the same model (same tasks, gateways, events,
 * asynchronous continuations, listeners) whose service tasks and end listener call a bean that does nothing,
 * deployed into the same engine by this benchmark ({@code src/test/resources/bench/bid-evaluation-noop.bpmn}). The
 * copy is started with the routing flags the real delegates would have set (complete, eligible, floors met, bids
 * opened), so both take the same path. A round is timed from its first start until all its instances have their
 * officer's review task: the synchronous start, the job of the first asynchronous continuation (screening:
 * completeness, eligibility, floors, score; opened?) and that of the second (the screening's flags, rescoring among the
 * opened bids), both run by the job
 * executor. The benchmark checks at start that both models have the same flow nodes, asynchronous continuations and
 * sequence flows.</li>
 * </ol>
 * Options: {@code --instances=100} per round, {@code --rounds=3} per model (run in the order real, no-op, no-op,
 * real, ...), {@code --warmup=20} instances of each model first (not counted), {@code --lifecycles=20} (and 2 for
 * warm-up), {@code --keep} keeps the temp dir.
 */
public final class BidBenchmark extends BenchClient {

    static final String STANDARD = "BOSTON-STYLE-CONSTRUCTION";
    static final String ELECTRICIAN = "ELECTRICIAN (hyp.)";
    static final String LABORER = "LABORER: COMMON OR GENERAL (hyp.)";
    static final String NOOP_PROCESS = "bidEvaluationNoop";
    static final String NOOP_MODEL = "bench/bid-evaluation-noop.bpmn";
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final org.highroad.support.MovableClock clock = new org.highroad.support.MovableClock(java.time.Clock.systemUTC());
    private int instances = 100;
    private int rounds = 3;
    private int warmup = 20;
    private int lifecycles = 20;

    private RuntimeService runtime;
    private TaskService tasks;
    private ManagementService management;
    private HistoryService history;

    private BidBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BidBenchmark bench = new BidBenchmark();
        boolean keep = false;
        for (String a : args) {
            if (a.startsWith("--instances=")) {
                bench.instances = Integer.parseInt(a.substring("--instances=".length()));
            } else if (a.startsWith("--rounds=")) {
                bench.rounds = Integer.parseInt(a.substring("--rounds=".length()));
            } else if (a.startsWith("--warmup=")) {
                bench.warmup = Integer.parseInt(a.substring("--warmup=".length()));
            } else if (a.startsWith("--lifecycles=")) {
                bench.lifecycles = Integer.parseInt(a.substring("--lifecycles=".length()));
            } else if (a.equals("--keep")) {
                keep = true;
            } else {
                throw new IllegalArgumentException("usage: BidBenchmark [--instances=100] [--rounds=3] [--warmup=20] "
                        + "[--lifecycles=20] [--keep]");
            }
        }
        System.exit(bench.run(keep));
    }

    private int run(boolean keep) throws Exception {
        Path work = Files.createTempDirectory("highroad-bid-bench-");
        ConfigurableApplicationContext app = null;
        try {
            String url = "jdbc:h2:file:" + work.resolve("db").resolve("highroad") + ";AUTO_SERVER=FALSE";
            List<String> props = List.of("--server.port=0", "--spring.datasource.url=" + url,
                    "--highroad.demo-data.enabled=true", "--highroad.demo-data.scenario.enabled=false",
                    "--operaton.bpm.job-execution.enabled=true",
                    "--spring.main.banner-mode=off", "--logging.level.root=warn", "--logging.level.org.highroad=warn");
            long s0 = System.nanoTime();
            app = new SpringApplicationBuilder(HighroadApplication.class)
                    .initializers(ctx -> {
                        ctx.getBeanFactory().registerSingleton("benchSkipsTestClasses", new PayrollBenchmark.SkipTestClasses());
                        GenericApplicationContext g = (GenericApplicationContext) ctx;
                        g.registerBean("benchClock", java.time.Clock.class, () -> clock, bd -> bd.setPrimary(true));
                        // the baseline model's service tasks and end listener: they do nothing at all
                        g.registerBean("benchNoopDelegate", JavaDelegate.class, () -> execution -> { });
                        g.registerBean("benchNoopListener", ExecutionListener.class, () -> execution -> { });
                    })
                    .run(props.toArray(String[]::new));
            port = ((WebServerApplicationContext) app).getWebServer().getPort();
            log(String.format(Locale.ROOT, "Highroad up on port %d in %.1f s", port, secondsSince(s0)));
            ProcessEngine engine = app.getBean(ProcessEngine.class);
            runtime = engine.getRuntimeService();
            tasks = engine.getTaskService();
            management = engine.getManagementService();
            history = engine.getHistoryService();
            ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
            String historyLevel = config.getHistoryLevel().getName();
            log("engine history level: " + historyLevel + ", job executor active: " + config.getJobExecutor().isActive());

            deployNoopCopy(engine.getRepositoryService());
            adoptStandard(app.getBean(StandardCatalog.class));

            // 1. lifecycles through the application's API
            for (int i = 0; i < 2; i++) {
                lifecycle("Warm-up lifecycle " + (i + 1));
            }
            waitForIdleJobs();
            List<Double> lifecycleSeconds = new ArrayList<>();
            long l0 = System.nanoTime();
            for (int i = 0; i < lifecycles; i++) {
                long one = System.nanoTime();
                lifecycle("Benchmark lifecycle " + (i + 1));
                lifecycleSeconds.add(secondsSince(one));
                log(String.format(Locale.ROOT, "lifecycle %d: %.2f s", i + 1, lifecycleSeconds.get(i)));
            }
            double lifecycleTotal = secondsSince(l0);
            waitForIdleJobs();

            // 2. bid evaluation: real delegates against no-op delegates, on bids opened and awaiting review
            List<long[]> openedBids = new ArrayList<>();   // {bidId, solicitationId}
            // one bid per instance of a round: two evaluations of one bid at the same time would both update the bid
            // (the second fails on its version), which never happens in the application, where a bid has one evaluation
            long o0 = System.nanoTime();
            for (int i = 0; openedBids.size() < Math.max(instances, warmup); i++) {
                Opened o = openedSolicitation("Evaluation benchmark " + (i + 1));
                for (long bid : o.reviewable()) {
                    openedBids.add(new long[] {bid, o.solicitation()});
                }
                if (i > 2 * Math.max(instances, warmup)) {
                    throw new IllegalStateException("too few bids reach the officer's review: " + openedBids.size());
                }
            }
            log(String.format(Locale.ROOT, "%d bids opened and awaiting review, in %.1f s", openedBids.size(), secondsSince(o0)));
            if (openedBids.isEmpty()) {
                throw new IllegalStateException("no bid reached the officer's review");
            }
            waitForIdleJobs();
            round(BidEvaluationProcess.PROCESS_ID, warmup, openedBids);
            round(NOOP_PROCESS, warmup, openedBids);
            Map<String, List<Double>> rates = new TreeMap<>();
            Map<String, List<Double>> cpuRates = new TreeMap<>();
            Map<String, Map<String, Integer>> profiles = new TreeMap<>();
            String[] order = {BidEvaluationProcess.PROCESS_ID, NOOP_PROCESS, NOOP_PROCESS, BidEvaluationProcess.PROCESS_ID};
            for (int r = 0; r < rounds * 2; r++) {
                String key = order[r % 4];
                waitForIdleJobs();
                Map<Long, Long> cpu0 = JobSampler.threadCpuNanos();
                JobSampler sampler = JobSampler.start();
                double seconds = round(key, instances, openedBids);
                sampler.stop();
                double jobCpuSeconds = sampler.jobCpuNanosSince(cpu0) / 1e9;
                double cpuRate = instances / jobCpuSeconds;
                cpuRates.computeIfAbsent(key, k -> new ArrayList<>()).add(cpuRate);
                profiles.computeIfAbsent(key, k -> new TreeMap<>());
                sampler.counts.forEach((k, v) -> profiles.get(key).merge(k, v, Integer::sum));
                double rate = instances / seconds;
                rates.computeIfAbsent(key, k -> new ArrayList<>()).add(rate);
                log(String.format(Locale.ROOT, "round %d %s: %d instances to their review task in %.2f s = %.1f/s; "
                        + "job threads' CPU %.2f s = %.1f/s per CPU second, load average %.1f", r + 1, key,
                        instances, seconds, rate, jobCpuSeconds, cpuRate,
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            }

            double real = median(rates.get(BidEvaluationProcess.PROCESS_ID));
            double noop = median(rates.get(NOOP_PROCESS));
            double ratio = real / noop;
            System.out.println(String.format(Locale.ROOT, "RESULT bid_evaluation history=%s instances_per_round=%d rounds=%d "
                    + "real_per_s=%.1f noop_per_s=%.1f ratio=%.3f goal=0.9 verdict=%s real_rounds=%s noop_rounds=%s",
                    historyLevel, instances, rounds, real, noop, ratio, ratio >= 0.9 ? "MET" : "MISSED",
                    text(rates.get(BidEvaluationProcess.PROCESS_ID)), text(rates.get(NOOP_PROCESS))));
            // the same instances per second of the job-executor threads' CPU time: what the load of other processes
            // on the machine changes least (the instances' start, on the benchmark's thread, is not counted)
            double realCpu = median(cpuRates.get(BidEvaluationProcess.PROCESS_ID));
            double noopCpu = median(cpuRates.get(NOOP_PROCESS));
            System.out.println(String.format(Locale.ROOT, "RESULT bid_evaluation_per_job_cpu_second real_per_cpu_s=%.1f "
                    + "noop_per_cpu_s=%.1f ratio=%.3f real_rounds=%s noop_rounds=%s", realCpu, noopCpu, realCpu / noopCpu,
                    text(cpuRates.get(BidEvaluationProcess.PROCESS_ID)), text(cpuRates.get(NOOP_PROCESS))));
            profiles.forEach((key, counts) -> {
                int busy = counts.getOrDefault(JobSampler.BUSY, 0);
                System.out.println("PROFILE " + key + ": " + busy + " samples of busy job-executor threads (every "
                        + JobSampler.INTERVAL_MS + " ms), by innermost Highroad frame, and where they were:");
                counts.entrySet().stream().filter(e -> !e.getKey().equals(JobSampler.BUSY))
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(25)
                        .forEach(e -> System.out.println(String.format(Locale.ROOT, "  %5.1f%%  %s", 100.0 * e.getValue() / Math.max(1, busy),
                                e.getKey())));
            });
            System.out.println(String.format(Locale.ROOT, "RESULT lifecycle history=%s lifecycles=%d seconds=%.2f "
                    + "lifecycles_per_s=%.3f median_lifecycle_s=%.3f min_s=%.3f max_s=%.3f",
                    historyLevel, lifecycles, lifecycleTotal, lifecycles / lifecycleTotal, median(lifecycleSeconds),
                    lifecycleSeconds.stream().mapToDouble(d -> d).min().orElse(0),
                    lifecycleSeconds.stream().mapToDouble(d -> d).max().orElse(0)));
            return 0;
        } finally {
            if (app != null) {
                app.close();
            }
            if (!keep) {
                deleteTree(work);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // The two models
    // ---------------------------------------------------------------------------------------------------------------

    /** Deploys the no-op copy (with the review form it names) and checks that its shape is the real model's. */
    private static void deployNoopCopy(RepositoryService repository) {
        repository.createDeployment().name("benchmark: bid evaluation with no-op delegates")
                .addClasspathResource(NOOP_MODEL)
                .addClasspathResource("forms/procurement/review-scorecard.form").deploy();
        String real = shape(repository, BidEvaluationProcess.PROCESS_ID);
        String copy = shape(repository, NOOP_PROCESS);
        if (!real.equals(copy)) {
            throw new IllegalStateException("the no-op copy's shape differs from bid-evaluation.bpmn:\n" + real + "\n---\n" + copy);
        }
        log("no-op copy deployed; same shape as the real model: " + real.lines().count() + " flow nodes and flows");
    }

    /** Flow nodes (id, type, asynchronous continuations), sequence flows (ends, condition) and listeners of a model. */
    private static String shape(RepositoryService repository, String key) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                .singleResult();
        BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
        List<String> lines = new ArrayList<>();
        for (FlowNode n : model.getModelElementsByType(FlowNode.class)) {
            lines.add(n.getId() + " " + n.getElementType().getTypeName() + " asyncBefore=" + n.isOperatonAsyncBefore()
                    + " asyncAfter=" + n.isOperatonAsyncAfter() + " in=" + n.getIncoming().size() + " out=" + n.getOutgoing().size());
        }
        for (SequenceFlow f : model.getModelElementsByType(SequenceFlow.class)) {
            lines.add(f.getId() + " " + f.getSource().getId() + "->" + f.getTarget().getId() + " "
                    + (f.getConditionExpression() == null ? "" : f.getConditionExpression().getTextContent()));
        }
        lines.add("executionListeners=" + model.getModelElementsByType(
                org.operaton.bpm.model.bpmn.instance.operaton.OperatonExecutionListener.class).size());
        lines.sort(Comparator.naturalOrder());
        return String.join("\n", lines);
    }

    /**
     * Starts {@code n} instances of {@code key} for the bids in turn and waits until each has its officer's review task.
     * Returns the seconds from the first start to the last task.
     */
    private double round(String key, int n, List<long[]> bids) throws InterruptedException {
        long before = reviewTasks(key);
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long[] bid = bids.get(i % bids.size());
            Map<String, Object> variables = new HashMap<>();
            variables.put(BidEvaluationProcess.VAR_BID_ID, bid[0]);
            variables.put(BidEvaluationProcess.VAR_SOLICITATION_ID, bid[1]);
            if (key.equals(NOOP_PROCESS)) {
                // what the real delegates decide for these bids, so the copy takes the same path
                variables.put(BidEvaluationProcess.VAR_COMPLETE, true);
                variables.put(BidEvaluationProcess.VAR_ELIGIBLE, true);
                variables.put(BidEvaluationProcess.VAR_FLOORS_MET, true);
                variables.put(BidEvaluationProcess.VAR_OPENED, true);
            }
            runtime.startProcessInstanceByKey(key, String.valueOf(bid[0]), variables);
        }
        long deadline = t0 + TIMEOUT.toNanos();
        while (reviewTasks(key) < before + n) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(key + ": only " + (reviewTasks(key) - before) + " of " + n
                        + " review tasks after " + TIMEOUT);
            }
            long failed = management.createJobQuery().withException().count();
            if (failed > 0) {
                Job job = management.createJobQuery().withException().list().get(0);
                throw new IllegalStateException(key + ": a job failed: " + job.getExceptionMessage() + "\n"
                        + management.getJobExceptionStacktrace(job.getId()));
            }
            Thread.sleep(20);
        }
        return secondsSince(t0);
    }

    private long reviewTasks(String key) {
        return tasks.createTaskQuery().processDefinitionKey(key).taskDefinitionKey(BidEvaluationProcess.TASK_REVIEW).count();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // A solicitation from publication to award, through the API
    // ---------------------------------------------------------------------------------------------------------------

    private void adoptStandard(StandardCatalog standards) throws InterruptedException {
        if (standards.version(STANDARD, 1).adoption().status() == Adoption.Status.PROPOSED) {
            expect(201, 200, post("admin", "/api/standards/" + STANDARD + "/versions/1/decision",
                    Map.of("decision", "ADOPT", "comment", "adopted for the bid benchmark")));
        }
        waitUntil("the standard is adopted", () -> standards.version(STANDARD, 1).adoption().status() == Adoption.Status.ADOPTED);
    }

    /** A published solicitation, its bids and the bids that reached the officer's review after the opening. */
    private record Opened(long solicitation, List<Long> bids, List<Long> reviewable) {
    }

    /** Publication, two bids, the deadline (clock moved, timer fired), the opening; until every bid is reviewable or out. */
    private Opened openedSolicitation(String title) throws InterruptedException {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("agencyCode", "DEMO-CITY");
        draft.put("title", title);
        draft.put("category", "WORKS");
        draft.put("region", "Demo City");
        draft.put("estimatedValue", 1_500_000);
        draft.put("standardCode", STANDARD);
        draft.put("standardVersion", 1);
        OffsetDateTime deadline = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).plusSeconds(60).withNano(0);
        draft.put("submissionDeadline", deadline.toString());
        draft.put("classifications", List.of(ELECTRICIAN, LABORER));
        long solicitation = expect(201, 201, post("officer", "/api/solicitations", draft)).path("id").asLong();
        expect(200, 200, post("officer", "/api/solicitations/" + solicitation + "/publication", ""));
        List<Long> bids = new ArrayList<>();
        bids.add(expect(201, 201, post("harbor", "/api/solicitations/" + solicitation + "/bids", offer("1100000")))
                .path("id").asLong());
        bids.add(expect(201, 201, post("northside", "/api/solicitations/" + solicitation + "/bids", offer("1150000")))
                .path("id").asLong());

        // the deadline passes: the application clock moves past it and the award process's timer is fired now
        clock.advance(Duration.ofSeconds(61));
        String[] instance = {null};
        waitUntil("the award process waits for the deadline", () -> {
            var p = runtime.createProcessInstanceQuery().processDefinitionKey(SolicitationAwardProcess.PROCESS_ID)
                    .processInstanceBusinessKey(String.valueOf(solicitation)).singleResult();
            instance[0] = p == null ? null : p.getId();
            return p != null && management.createJobQuery().processInstanceId(p.getId())
                    .activityId(SolicitationAwardProcess.EVENT_DEADLINE).timers().count() == 1;
        });
        Job timer = management.createJobQuery().processInstanceId(instance[0]).activityId(SolicitationAwardProcess.EVENT_DEADLINE)
                .timers().singleResult();
        management.executeJob(timer.getId());

        List<Long> reviewable = new ArrayList<>();
        waitUntil("every bid is reviewable or out", () -> {
            reviewable.clear();
            int out = 0;
            for (long bid : bids) {
                if (tasks.createTaskQuery().processDefinitionKey(BidEvaluationProcess.PROCESS_ID)
                        .processInstanceBusinessKey(String.valueOf(bid)).taskDefinitionKey(BidEvaluationProcess.TASK_REVIEW).count() == 1) {
                    reviewable.add(bid);
                } else if (history.createHistoricProcessInstanceQuery().processDefinitionKey(BidEvaluationProcess.PROCESS_ID)
                        .processInstanceBusinessKey(String.valueOf(bid)).finished().count() == 1) {
                    out++;
                }
            }
            return reviewable.size() + out == bids.size();
        });
        return new Opened(solicitation, bids, List.copyOf(reviewable));
    }

    /** One solicitation from publication to award: the opening, the officer's reviews, the award. */
    private void lifecycle(String title) throws InterruptedException {
        Opened o = openedSolicitation(title);
        if (o.reviewable().isEmpty()) {
            throw new IllegalStateException("no bid of solicitation " + o.solicitation() + " reached the review");
        }
        Map<String, Object> review = Map.of("decision", "CONFIRM", "reason", "verified", "ratings", List.of(Map.of(
                "criterion", "WORKPLACE-CULTURE-PLAN", "rating", 5, "justification", "Plan reviewed against the rubric guidance")));
        for (long bid : o.reviewable()) {
            retry("review of bid " + bid, () -> post("officer", "/api/bids/" + bid + "/review", review));
        }
        long winner = o.reviewable().get(0);
        retry("award", () -> post("officer", "/api/solicitations/" + o.solicitation() + "/award",
                Map.of("bidId", winner, "reason", "the benchmark awards Harbor's bid")));
        waitUntil("the award process has ended", () -> history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(SolicitationAwardProcess.PROCESS_ID).processInstanceBusinessKey(String.valueOf(o.solicitation()))
                .finished().count() == 1);
        long awarded = runtime.createProcessInstanceQuery().processDefinitionKey(SolicitationAwardProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(o.solicitation())).count();
        if (awarded != 0 || !get("officer", "/api/solicitations/" + o.solicitation()).body().contains("AWARDED")) {
            throw new IllegalStateException("solicitation " + o.solicitation() + " was not awarded: "
                    + get("officer", "/api/solicitations/" + o.solicitation()));
        }
    }

    private static BidSubmission offer(String price) {
        return new BidSubmission(new BigDecimal(price), List.of(
                new BidSubmission.WageOffer(ELECTRICIAN, new BigDecimal("60.00"), new BigDecimal("31.40")),
                new BidSubmission.WageOffer(LABORER, new BigDecimal("45.00"), new BigDecimal("26.85"))),
                null, new BigDecimal("100"), new BigDecimal("15"), new BigDecimal("6"), 14, new BigDecimal("90"),
                new BigDecimal("51"), new BigDecimal("40"), new BigDecimal("12"), new BigDecimal("20"), new BigDecimal("40"),
                "Journey-level pathway with quarterly reviews", true, true, 0,
                Map.of(Principle.VOICE_AND_REPRESENTATION, "Project labor agreement"));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Waiting
    // ---------------------------------------------------------------------------------------------------------------

    /** No due job left (async continuations done), twice in a row a little apart. */
    private void waitForIdleJobs() throws InterruptedException {
        waitForIdleJobs(management, TIMEOUT, 100);
    }

    private static void waitUntil(String what, Supplier<Boolean> condition) throws InterruptedException {
        waitUntil(what, condition, TIMEOUT, 10);
    }

    private static Answer retry(String what, Supplier<Answer> step) throws InterruptedException {
        return retry(what, step, TIMEOUT, 10);
    }

    /**
     * Samples the job executor's threads while they run a job: the innermost Highroad frame (or "engine only"), and
     * whether the thread was in H2, in Hibernate or in the engine's persistence (MyBatis) at that moment.
     */
    static final class JobSampler implements Runnable {
        static final int INTERVAL_MS = 10;
        static final String BUSY = "(busy samples)";
        final Map<String, Integer> counts = new TreeMap<>();
        /** The threads seen running a job, for their CPU time. */
        final java.util.Set<Long> jobThreads = new java.util.HashSet<>();
        private volatile boolean running = true;
        private Thread thread;

        static JobSampler start() {
            JobSampler s = new JobSampler();
            s.thread = new Thread(s, "bench-job-sampler");
            s.thread.setDaemon(true);
            s.thread.start();
            return s;
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        /** Every live thread's CPU time so far, by thread id. */
        static Map<Long, Long> threadCpuNanos() {
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            Map<Long, Long> cpu = new HashMap<>();
            for (long id : mx.getAllThreadIds()) {
                long nanos = mx.getThreadCpuTime(id);
                if (nanos >= 0) {
                    cpu.put(id, nanos);
                }
            }
            return cpu;
        }

        /** The CPU time the threads seen running a job used since {@code before} (their idle polling included). */
        long jobCpuNanosSince(Map<Long, Long> before) {
            Map<Long, Long> now = threadCpuNanos();
            long sum = 0;
            for (long id : jobThreads) {
                Long end = now.get(id);
                if (end != null) {
                    sum += end - before.getOrDefault(id, 0L);
                }
            }
            return sum;
        }

        @Override
        public void run() {
            while (running) {
                for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
                    StackTraceElement[] stack = e.getValue();
                    boolean inJob = false;
                    for (StackTraceElement f : stack) {
                        if (f.getClassName().startsWith("org.operaton.bpm.engine.impl.jobexecutor.ExecuteJobsRunnable")) {
                            inJob = true;
                            break;
                        }
                    }
                    if (!inJob) {
                        continue;
                    }
                    jobThreads.add(e.getKey().getId());
                    counts.merge(BUSY, 1, Integer::sum);
                    String highroad = "engine only (no Highroad frame)";
                    boolean h2 = false;
                    boolean hibernate = false;
                    boolean mybatis = false;
                    for (StackTraceElement f : stack) {
                        String c = f.getClassName();
                        if (highroad.startsWith("engine only") && c.startsWith("org.highroad.") && !c.contains("$$")
                                && !c.startsWith("org.highroad.bench")
                                && !c.startsWith("org.highroad.platform.operations.CorrelatedTasks")) {
                            // (CorrelatedTasks only wraps every job in its correlation id: the outermost frame of each)
                            highroad = c.substring(c.lastIndexOf('.') + 1) + "." + f.getMethodName();
                        }
                        h2 |= c.startsWith("org.h2.");
                        hibernate |= c.startsWith("org.hibernate.");
                        mybatis |= c.startsWith("org.apache.ibatis.");
                    }
                    counts.merge("at " + highroad, 1, Integer::sum);
                    counts.merge(h2 ? "in H2" : "not in H2", 1, Integer::sum);
                    if (hibernate) {
                        counts.merge("in Hibernate", 1, Integer::sum);
                    }
                    if (mybatis) {
                        counts.merge("in the engine's persistence (MyBatis)", 1, Integer::sum);
                    }
                }
                try {
                    Thread.sleep(INTERVAL_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Figures
    // ---------------------------------------------------------------------------------------------------------------

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String text(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList().toString().replace(" ", "");
    }

}
