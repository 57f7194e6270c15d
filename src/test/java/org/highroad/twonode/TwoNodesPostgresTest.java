package org.highroad.twonode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
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
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.highroad.procurement.BidSubmission;
import org.highroad.standards.scoring.Principle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Two Highroad nodes on one PostgreSQL, one of them killed with SIGKILL in the middle of the load (issue: "two nodes,
 * one database"; docs/operations.md, "Two nodes, one database").
 *
 * <p>Two JVMs run the production entry point ({@link Node}) against one embedded PostgreSQL 15 (ADR 0004), with the job
 * executor on, demo data off and a short job lock time. Everything is set up through the HTTP API, as an agency would:
 * administrators, officers and contractors in the engine's identity service (its REST API), an agency, the Boston-style
 * standard adopted by a second administrator, three vendors, a contract taken to EXECUTED by bid, award, legal review
 * and acceptance, six solicitations open for bids. Then certified payrolls (corrections and underpaid weeks among them),
 * bids, worker complaints and responses to the compliance case go to both nodes in turn from four client threads; node
 * B is killed when a third of them has been answered. A request that failed (on the dying or the dead node) is sent again
 * to node A, as a client would: the same payroll file (one submission per file and week), the same bid (it replaces the
 * contractor's earlier one), a complaint or a case response with the Idempotency-Key it was first sent with. Once the survivor has taken over the dead node's jobs (after their lock expired), SQL on
 * the business and the engine's tables checks that every request had its effect once and that nothing is stuck.
 */
class TwoNodesPostgresTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final String PASSWORD = "Two-nodes-2026";
    private static final String AGENCY = "TWO-NODE-CITY";
    private static final String ELECTRICIAN = "ELECTRICIAN (hyp.)";
    private static final String LABORER = "LABORER: COMMON OR GENERAL (hyp.)";
    /** The test's job lock time: a dead node's jobs are taken again this long after it locked them. */
    private static final int LOCK_MILLIS = 10_000;
    /**
     * The contract's period is in the past, so that its weeks have ended (a payroll is certified after its week,
     * 29 CFR 5.5(a)(3)(ii)) without moving any clock: twelve weeks ending on Saturdays, the first 2026-09-12. Weeks past
     * their due date are late, so the review processes' timers fire at once and record late reports: load for the job
     * executors too.
     */
    private static final LocalDate PERIOD_START = LocalDate.now(ZoneOffset.UTC).minusWeeks(14)
            .with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
    private static final int WEEKS = 12;
    private static final int VERSIONS_PER_WEEK = 4;
    private static final int SOLICITATIONS = 6;
    private static final int COMPLAINTS = 24;
    private static final int RESPONSES = 12;

    private static EmbeddedPostgres postgres;
    private static JdbcTemplate sql;
    private static Node a;
    private static Node b;
    private static Path logs;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void database() throws IOException {
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        SingleConnectionDataSource ds = new SingleConnectionDataSource(postgres.getJdbcUrl("postgres", "postgres"), true);
        sql = new JdbcTemplate(ds);
        logs = Files.createDirectories(Path.of("target", "two-nodes"));
    }

    @AfterAll
    static void stop() throws Exception {
        for (Node n : new Node[] {a, b}) {
            if (n != null) {
                n.stop();
            }
        }
        if (sql != null) {
            ((SingleConnectionDataSource) sql.getDataSource()).destroy();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static List<String> settings() {
        return List.of("--highroad.demo-data.enabled=false",
                "--operaton.bpm.admin-user.id=admin", "--operaton.bpm.admin-user.password=" + PASSWORD,
                "--operaton.bpm.admin-user.first-name=Ada", "--operaton.bpm.admin-user.last-name=Admin",
                "--operaton.bpm.job-execution.lock-time-in-millis=" + LOCK_MILLIS,
                "--highroad.security.sign-in.secret=two-nodes-shared-secret-0123456789",
                // the test's clients all come from 127.0.0.1: the per-address limit would refuse most complaints
                "--highroad.complaints.rate-limit.per-minute=100000", "--highroad.complaints.rate-limit.per-day=100000",
                "--highroad.complaints.rate-limit.everyone-per-minute=100000",
                // what a dead node left undone is picked up within seconds here, minutes in production
                "--highroad.events.resubmit-after=PT15S", "--highroad.events.resubmit-every=PT5S",
                "--highroad.payroll.recovery.first-after=PT5S", "--highroad.payroll.recovery.every=PT10S",
                "--logging.level.root=warn", "--logging.level.org.highroad=info");
    }

    @Test
    void twoNodesShareTheWorkAndTheSurvivorFinishesWhatTheKilledNodeLeft() throws Exception {
        long t0 = System.nanoTime();
        String url = postgres.getJdbcUrl("postgres", "postgres");
        a = Node.start("node-a", url, settings(), logs);
        a.awaitReady(HTTP, Duration.ofMinutes(3));
        log("node A ready on port %d (pid %d) after %.1f s", a.port, a.pid(), since(t0));
        // the engine creates its tables once, on the first node; the second starts on a database that has them
        b = Node.start("node-b", url, settings(), logs);
        Setup setup = setUp(new Api(a));
        b.awaitReady(HTTP, Duration.ofMinutes(3));
        log("setup done and node B ready on port %d (pid %d) after %.1f s", b.port, b.pid(), since(t0));

        // ---- the load, to both nodes in turn; node B killed when a third has been answered
        List<Request> requests = load(setup);
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger retried = new AtomicInteger();
        AtomicInteger brokenInFlight = new AtomicInteger();
        Set<String> failures = ConcurrentHashMap.newKeySet();
        int killAt = requests.size() / 3;
        long[] killedAt = new long[1];
        int[] exitStatus = {-1};
        List<Map<String, Object>> orphans = new ArrayList<>();
        double[] orphansTakenAfter = {-1};
        long l0 = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            Request r = requests.get(i);
            Node first = i % 2 == 0 ? a : b;
            futures.add(clients.submit(() -> {
                int status = r.send(first);
                if (!ok(status, r)) {
                    // the node died under the request, or was dead already: the client sends it again to the other
                    retried.incrementAndGet();
                    if (status == 0 && !String.valueOf(r.lastBody).contains("ConnectException")) {
                        brokenInFlight.incrementAndGet();
                    }
                    status = r.send(a);
                    for (int attempt = 0; !ok(status, r) && attempt < 5; attempt++) {
                        sleep(1000);
                        status = r.send(a);
                    }
                    if (!ok(status, r)) {
                        failures.add(r.what + " -> " + status + " " + r.lastBody);
                    }
                }
                if (answered.incrementAndGet() == killAt) {
                    synchronized (killedAt) {
                        // what node B held locked when it died: the survivor must take it over after the lock time
                        orphans.addAll(sql.queryForList("select id_, lock_owner_ from act_ru_job where lock_owner_ is not null"));
                        killedAt[0] = System.nanoTime();
                        try {
                            exitStatus[0] = b.kill();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        watchOrphans(List.copyOf(orphans), killedAt[0], orphansTakenAfter);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        clients.shutdown();
        double loadSeconds = since(l0);
        log("load: %d requests in %.1f s, node B killed after %d answers (%.1f s into the load), exit status %d, "
                + "%d requests sent again to node A (%d of them cut off while node B had them, the others refused)",
                requests.size(), loadSeconds, killAt, (killedAt[0] - l0) / 1e9, exitStatus[0], retried.get(), brokenInFlight.get());
        assertThat(failures).as("requests that never succeeded, even on the survivor").isEmpty();
        // Process.destroyForcibly() on Linux is kill -9: the status of a process ended by signal 9 is 128 + 9
        assertThat(exitStatus[0]).as("node B was killed by SIGKILL").isEqualTo(137);
        assertThat(a.alive()).as("node A still running").isTrue();

        // ---- the survivor finishes the work: no job due, none locked by the dead node, every event delivered
        long s0 = System.nanoTime();
        awaitSettled(Duration.ofSeconds(120));
        waitUntil("the jobs locked by node B are taken over", Duration.ofSeconds(60), () -> {
            synchronized (orphansTakenAfter) {
                return orphansTakenAfter[0] >= 0;
            }
        });
        double settleSeconds = since(s0);
        double orphanSeconds = (System.nanoTime() - killedAt[0]) / 1e9;
        log("settled %.1f s after the load (%.1f s after the kill); %d jobs were locked when node B died, the last of them "
                + "done or locked again %.1f s after the kill (lock time %.0f s)", settleSeconds, orphanSeconds, orphans.size(),
                orphansTakenAfter[0], LOCK_MILLIS / 1000.0);

        checkExactlyOnce(setup, requests);
        checkNothingStuck();
        log("total %.1f s; %d payroll submissions, %d bids, %d complaints, %d case responses", since(t0),
                count("select count(*) from payroll_submission where contract_id = ?", setup.contract),
                count("select count(*) from bid"), count("select count(*) from worker_complaint"),
                count("select count(*) from case_response"));
    }

    // ------------------------------------------------------------------------------------------------------------
    // Setup, through the API of node A only
    // ------------------------------------------------------------------------------------------------------------

    record Setup(long contract, long caseId, List<Long> solicitations, Map<String, Long> vendors) {
    }

    private Setup setUp(Api api) throws Exception {
        // people, in the engine's identity service: a second administrator (one proposes, the other adopts), an officer,
        // an auditor and one user per contractor
        for (String[] g : new String[][] {{"procurementOfficers", "Procurement officers"}, {"auditors", "Auditors"},
                {"contractors", "Contractors"}}) {
            api.expect(204, "admin", "POST", "/engine-rest/group/create",
                    Map.of("id", g[0], "name", g[1], "type", "WORKFLOW"));
        }
        for (String[] u : new String[][] {{"admin2", "operaton-admin"}, {"officer", "procurementOfficers"},
                {"auditor", "auditors"}, {"harbor", "contractors"}, {"northside", "contractors"}, {"quick", "contractors"}}) {
            api.expect(204, "admin", "POST", "/engine-rest/user/create", Map.of("profile", Map.of("id", u[0],
                    "firstName", u[0], "lastName", "Two nodes", "email", u[0] + "@two-nodes.example"),
                    "credentials", Map.of("password", PASSWORD)));
            api.expect(204, "admin", "PUT", "/engine-rest/group/" + u[1] + "/members/" + u[0], null);
        }
        api.expect(201, "admin", "POST", "/api/agencies", Map.of("code", AGENCY, "name", "Two Node City",
                "jurisdiction", "Two Node City, Commonwealth of Example"));
        JsonNode loaded = api.expect(201, "admin", "POST", "/api/standard-presets/boston-construction/load?agency=" + AGENCY, null);
        String standard = loaded.path("standardCode").asText();
        int version = loaded.path("version").asInt();
        api.expect(200, "admin", "POST", "/api/standards/" + standard + "/versions/" + version + "/proposal", null);
        api.retry(200, "admin2", "POST", "/api/standards/" + standard + "/versions/" + version + "/decision",
                Map.of("decision", "ADOPT", "comment", "adopted for the two-node test"));

        Map<String, Long> vendors = new LinkedHashMap<>();
        String[][] v = {{"harbor", "Harbor Builders LLC", "12-3456789", "HRB0R8U1LD3R"},
                {"northside", "Northside Electric Co.", "98-7654321", "N0RTHS1DE3LC"},
                {"quick", "Quickbuild Contracting Inc.", "55-1234567", "QU1CKBU1LD99"}};
        for (String[] x : v) {
            long id = api.expect(201, "admin", "POST", "/api/vendors", Map.of("legalName", x[1], "ein", x[2], "uei", x[3],
                    "address", Map.of("street", "1 Main Street", "city", "Two Node City", "region", "EX", "postalCode", "00001",
                            "country", "US"))).path("id").asLong();
            api.expect(204, "admin", "PUT", "/api/vendors/" + id + "/users/" + x[0], null);
            vendors.put(x[0], id);
        }

        // a contract to EXECUTED: the steps of PayrollTest.executedContract, with the job executor of node A running
        OffsetDateTime deadline = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(15).withNano(0);
        long solicitation = api.expect(201, "officer", "POST", "/api/solicitations", solicitation("Two-node contract", standard,
                version, deadline)).path("id").asLong();
        api.expect(200, "officer", "POST", "/api/solicitations/" + solicitation + "/publication", "");
        long bid = api.expect(201, "harbor", "POST", "/api/solicitations/" + solicitation + "/bids", strongBid("1100000"))
                .path("id").asLong();
        // the award process's deadline timer fires on the job executor, then the bids are opened
        waitUntil("the bids are opened", Duration.ofSeconds(90), () -> api.status("officer", "GET", "/api/bids/" + bid, null) == 200);
        api.retry(200, "officer", "POST", "/api/bids/" + bid + "/review", Map.of("decision", "CONFIRM", "reason", "verified",
                "ratings", List.of(Map.of("criterion", "WORKPLACE-CULTURE-PLAN", "rating", 5,
                        "justification", "Plan reviewed against the rubric guidance"))));
        api.retry(200, "officer", "POST", "/api/solicitations/" + solicitation + "/award", Map.of("bidId", bid, "reason", "top"));
        long[] contract = {-1};
        waitUntil("the contract is drafted", Duration.ofSeconds(60), () -> {
            Long id = single("select id from contract where bid_id = ?", bid);
            contract[0] = id == null ? -1 : id;
            return id != null;
        });
        long id = contract[0];
        api.retry(200, "officer", "PUT", "/api/contracts/" + id + "/draft", Map.of("title", "Two-node contract", "value", 1100000,
                "periodStart", PERIOD_START.toString(), "periodEnd", PERIOD_START.plusWeeks(WEEKS).minusDays(3).toString()));
        api.retry(200, "officer", "POST", "/api/contracts/" + id + "/legal-review", Map.of("decision", "APPROVE", "reason", "ok"));
        api.retry(200, "harbor", "POST", "/api/contracts/" + id + "/acceptance", Map.of("decision", "ACCEPT", "reason", "ok"));
        waitUntil("the contract is executed", Duration.ofSeconds(60),
                () -> "EXECUTED".equals(api.get("officer", "/api/contracts/" + id).path("status").asText()));
        api.expect(201, "harbor", "POST", "/api/contracts/" + id + "/compliance-statements", Map.of("signatoryName", "Dana Harbor",
                "signatoryTitle", "Payroll Manager", "fringePlans", List.of(Map.of("name", "IBEW Local 103 Health & Pension",
                        "hourlyCredit", "31.40")), "apprenticeshipPrograms", List.of()));
        // an underpaid first week opens the compliance case the contractor will respond to during the load
        api.expect(201, "harbor", "POST", "/api/contracts/" + id + "/payrolls?weekEnding=" + week(0), csv(0, -1, "50.00"), "text/csv");
        Long caseId = single("select id from compliance_case where contract_id = ? and status = 'OPEN' order by id limit 1", id);
        assertThat(caseId).as("a case opened by the underpaid week").isNotNull();

        // solicitations open for bids during the load (deadline in a week: their evaluations wait for the opening)
        List<Long> open = new ArrayList<>();
        for (int i = 0; i < SOLICITATIONS; i++) {
            long s = api.expect(201, "officer", "POST", "/api/solicitations", solicitation("Two-node bids " + i, standard, version,
                    OffsetDateTime.now(ZoneOffset.UTC).plusDays(7).withNano(0))).path("id").asLong();
            api.expect(200, "officer", "POST", "/api/solicitations/" + s + "/publication", "");
            open.add(s);
        }
        return new Setup(id, caseId, open, vendors);
    }

    private static Map<String, Object> solicitation(String title, String standard, int version, OffsetDateTime deadline) {
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("agencyCode", AGENCY);
        draft.put("title", title);
        draft.put("category", "WORKS");
        draft.put("region", "Two Node City");
        draft.put("estimatedValue", 1_500_000);
        draft.put("standardCode", standard);
        draft.put("standardVersion", version);
        draft.put("submissionDeadline", deadline.toString());
        draft.put("classifications", List.of(ELECTRICIAN, LABORER));
        return draft;
    }

    private static BidSubmission strongBid(String price) {
        return new BidSubmission(new BigDecimal(price), List.of(
                new BidSubmission.WageOffer(ELECTRICIAN, new BigDecimal("60.00"), new BigDecimal("31.40")),
                new BidSubmission.WageOffer(LABORER, new BigDecimal("45.00"), new BigDecimal("26.85"))),
                null, new BigDecimal("100"), new BigDecimal("15"), new BigDecimal("6"), 14, new BigDecimal("90"),
                new BigDecimal("51"), new BigDecimal("40"), new BigDecimal("12"), new BigDecimal("20"), new BigDecimal("40"),
                "Journey-level pathway with quarterly reviews", true, true, 0,
                Map.of(Principle.VOICE_AND_REPRESENTATION, "Project labor agreement"));
    }

    // ------------------------------------------------------------------------------------------------------------
    // The load
    // ------------------------------------------------------------------------------------------------------------

    /**
     * Payrolls: each week in {@value #VERSIONS_PER_WEEK} versions (each a correction of the one before, a different
     * file), one in three underpaid; bids: each contractor on each open solicitation; complaints from workers, each
     * with its own account; corrective action plans on the open case. Shuffled with a fixed seed.
     */
    private List<Request> load(Setup setup) {
        List<Request> all = new ArrayList<>();
        for (int w = 0; w < WEEKS; w++) {
            for (int version = 0; version < VERSIONS_PER_WEEK; version++) {
                String rate = (w + version) % 3 == 0 ? "55.00" : "60.00";
                all.add(Request.payroll(setup.contract, week(w), csv(w, version, rate)));
            }
        }
        for (long s : setup.solicitations) {
            int n = 0;
            for (String contractor : setup.vendors.keySet()) {
                all.add(Request.bid(contractor, s, strongBid(String.valueOf(1_000_000 + 1000 * n++))));
            }
        }
        for (int c = 0; c < COMPLAINTS; c++) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("employer", "Harbor Builders");
            body.put("worksite", "Branch library, 12 Main Street");
            body.put("narrative", "Complaint " + c + " of the two-node test: I worked 50 hours but was paid for 40.");
            body.put("weekEnding", LocalDate.now(ZoneOffset.UTC).minusDays(7 + c % 7).toString());
            body.put("hoursClaimed", 50);
            body.put("payClaimed", 2000.00);
            body.put("language", c % 2 == 0 ? "es" : "en");
            all.add(Request.complaint(body));
        }
        for (int r = 0; r < RESPONSES; r++) {
            all.add(Request.response(setup.caseId, "Corrective action plan " + r + " of the two-node test: back pay by Friday."));
        }
        Collections.shuffle(all, new Random(20261202L));
        return all;
    }

    private static String week(int w) {
        return PERIOD_START.plusWeeks(w).with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SATURDAY)).toString();
    }

    private static final String HEADER = "entry_number,last_name,first_name,middle_initial,worker_id,level,apprentice_level,"
            + "classification,st_sun,st_mon,st_tue,st_wed,st_thu,st_fri,st_sat,ot_sun,ot_mon,ot_tue,ot_wed,ot_thu,ot_fri,ot_sat,"
            + "rate_st,rate_ot,fringe_credit_per_hour,cash_in_lieu_per_hour,gross_this_project,gross_all_work,deductions_tax,"
            + "deductions_fica,deductions_other,deductions_total,net_pay,resident,address_effective_from,race_ethnicity,gender";

    /** Three electricians, 40 hours at {@code rate} with $31.40 to plans; {@code version} changes the third's name. */
    private static String csv(int week, int version, String rate) {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        String[][] workers = {{"Garcia", "Maria", "1234"}, {"Nguyen", "Thi", "2345"}, {"Okafor" + (version < 0 ? "" : "-" + version), "Chidi", "3456"}};
        for (int i = 0; i < workers.length; i++) {
            BigDecimal gross = new BigDecimal(rate).multiply(new BigDecimal("40")).setScale(2);
            BigDecimal net = gross.subtract(new BigDecimal("483.60"));
            b.append(i + 1).append(',').append(workers[i][0]).append(',').append(workers[i][1]).append(",L,").append(workers[i][2])
                    .append(",J,,").append(ELECTRICIAN).append(",,8,8,8,8,8,,,,,,,,,").append(rate).append(",,31.40,0,")
                    .append(gross.toPlainString()).append(',').append(gross.toPlainString()).append(",300.00,183.60,0,483.60,")
                    .append(net.toPlainString()).append(",Y,2026-01-01,Hispanic or Latino,Female\n");
        }
        return b.toString();
    }

    /** One request of the load, sent as a client would: the same bytes again when it must retry. */
    static final class Request {
        final String what;
        final String user;
        final String method;
        final String path;
        final String body;
        final String contentType;
        final Set<Integer> success;
        /** The Idempotency-Key sent each time, where the API has no other way to know a request sent again. */
        final String idempotencyKey;
        volatile String lastBody;

        private Request(String what, String user, String method, String path, String body, String contentType, Set<Integer> success,
                boolean keyed) {
            this.what = what;
            this.user = user;
            this.method = method;
            this.path = path;
            this.body = body;
            this.contentType = contentType;
            this.success = success;
            this.idempotencyKey = keyed ? java.util.UUID.randomUUID().toString() : null;
        }

        static Request payroll(long contract, String week, String csv) {
            // 201 for a new file; the same file and week again answers with the submission already recorded
            return new Request("payroll " + week, "harbor", "POST", "/api/contracts/" + contract + "/payrolls?weekEnding=" + week,
                    csv, "text/csv", Set.of(200, 201), false);
        }

        static Request bid(String contractor, long solicitation, BidSubmission bid) {
            return new Request("bid " + contractor + " on " + solicitation, contractor, "POST",
                    "/api/solicitations/" + solicitation + "/bids", text(bid), "application/json", Set.of(200, 201), false);
        }

        static Request complaint(Map<String, Object> body) {
            return new Request("complaint", null, "POST", "/api/public/complaints", text(body), "application/json", Set.of(201), true);
        }

        static Request response(long caseId, String plan) {
            return new Request("response to case " + caseId, "harbor", "POST", "/api/cases/" + caseId + "/responses",
                    text(Map.of("kind", "CORRECTIVE_ACTION_PLAN", "text", plan)), "application/json", Set.of(201), true);
        }

        /** The status, or 0 when the connection failed (refused, reset, or no answer within the timeout). */
        int send(Node node) {
            HttpRequest.Builder r = HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json, application/problem+json").header("Content-Type", contentType)
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
            if (user != null) {
                r.header("Authorization", basic(user));
            }
            if (idempotencyKey != null) {
                r.header("Idempotency-Key", idempotencyKey);
            }
            try {
                HttpResponse<String> answer = HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
                lastBody = answer.body();
                return answer.statusCode();
            } catch (IOException e) {
                lastBody = String.valueOf(e);
                return 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }
    }

    private static boolean ok(int status, Request r) {
        return r.success.contains(status);
    }

    // ------------------------------------------------------------------------------------------------------------
    // The checks, in SQL on the shared database
    // ------------------------------------------------------------------------------------------------------------

    /** No job due and not locked by a live executor, every event publication completed, the survivor idle twice in a row. */
    private void awaitSettled(Duration within) throws InterruptedException {
        int quiet = 0;
        long deadline = System.nanoTime() + within.toNanos();
        while (quiet < 3) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not settled within " + within + ": jobs " + sql.queryForList(
                        "select id_, type_, handler_type_, lock_owner_, lock_exp_time_, duedate_, retries_, exception_msg_ "
                                + "from act_ru_job where duedate_ is null or duedate_ <= current_timestamp")
                        + "; events " + sql.queryForList("select listener_id, event_type, publication_date from event_publication "
                                + "where completion_date is null") + "\nnode A log:\n" + a.tail(40));
            }
            long due = count("select count(*) from act_ru_job where retries_ > 0 and (duedate_ is null or duedate_ <= current_timestamp)");
            long events = count("select count(*) from event_publication where completion_date is null");
            long received = count("select count(*) from payroll_submission where status = 'RECEIVED'");
            quiet = due == 0 && events == 0 && received == 0 ? quiet + 1 : 0;
            Thread.sleep(1000);
        }
    }

    /**
     * Polls, on a thread of its own, until no job locked at the kill is still held under the same lock (done, or
     * locked again by the survivor once the lock expired), and records when.
     */
    private static void watchOrphans(List<Map<String, Object>> locked, long killedAt, double[] takenAfter) {
        Thread watcher = new Thread(() -> {
            SingleConnectionDataSource ds = new SingleConnectionDataSource(postgres.getJdbcUrl("postgres", "postgres"), true);
            JdbcTemplate own = new JdbcTemplate(ds);
            try {
                long deadline = killedAt + Duration.ofMinutes(3).toNanos();
                while (System.nanoTime() < deadline) {
                    long held = 0;
                    for (Map<String, Object> job : locked) {
                        held += own.queryForObject("select count(*) from act_ru_job where id_ = ? and lock_owner_ = ?", Long.class,
                                job.get("id_"), job.get("lock_owner_"));
                    }
                    if (held == 0) {
                        synchronized (takenAfter) {
                            takenAfter[0] = (System.nanoTime() - killedAt) / 1e9;
                        }
                        return;
                    }
                    Thread.sleep(200);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                ds.destroy();
            }
        }, "orphan-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private void checkExactlyOnce(Setup setup, List<Request> requests) {
        // every payroll file stored once per week, and accepted or rejected: none left RECEIVED
        long files = requests.stream().filter(r -> r.what.startsWith("payroll")).map(r -> r.path + r.body).distinct().count() + 1;
        assertThat(count("select count(*) from payroll_submission where contract_id = ?", setup.contract)).as("payroll submissions")
                .isEqualTo(files);
        assertThat(count("select count(*) from (select week_ending, sha256 from payroll_submission where contract_id = ? "
                + "group by week_ending, sha256 having count(*) > 1) d", setup.contract)).as("a file stored twice").isZero();
        assertThat(sql.queryForList("select distinct status from payroll_submission where contract_id = ?", String.class, setup.contract))
                .as("submission statuses").doesNotContain("RECEIVED");
        // one payroll in force per week: the others superseded
        assertThat(count("select count(*) from (select week_ending from payroll_submission where contract_id = ? and status = 'ACCEPTED' "
                + "group by week_ending having count(*) > 1) d", setup.contract)).as("weeks with two payrolls in force").isZero();
        assertThat(count("select count(distinct week_ending) from payroll_submission where contract_id = ? and status = 'ACCEPTED'",
                setup.contract)).as("weeks with a payroll in force").isEqualTo(WEEKS);

        // bids: one standing bid per contractor and solicitation, each with one evaluation
        for (long s : setup.solicitations) {
            assertThat(count("select count(distinct vendor_id) from bid where solicitation_id = ?", s)).as("bidders on " + s).isEqualTo(3);
        }
        assertThat(count("select count(*) from (select solicitation_id, vendor_id from bid where status <> 'REPLACED' "
                + "group by solicitation_id, vendor_id having count(*) > 1) d")).as("two standing bids of one contractor").isZero();

        // complaints: each received once, each with one process
        assertThat(count("select count(*) from worker_complaint")).as("complaints").isEqualTo(COMPLAINTS);
        assertThat(count("select count(distinct sha256) from complaint_submission")).as("complaint bodies").isEqualTo(COMPLAINTS);
        assertThat(count("select count(*) from case_response where case_id = ?", setup.caseId)).as("case responses").isEqualTo(RESPONSES);

        // one process per business key and definition
        assertThat(sql.queryForList("select proc_def_key_, business_key_, count(*) n from act_hi_procinst "
                + "where business_key_ is not null group by proc_def_key_, business_key_ having count(*) > 1"))
                .as("a process started twice for one business key").isEmpty();
        assertThat(count("select count(*) from act_hi_procinst where proc_def_key_ = 'workerComplaint'")).as("complaint processes")
                .isEqualTo(COMPLAINTS);

        // findings, cases, notices: no duplicates
        // a finding is recorded once per payroll that shows it (the same fingerprint again after a correction is a new
        // finding on the new payroll, the old one superseded), and stands once (the unique standing_key)
        assertThat(count("select count(*) from payroll_finding")).as("findings").isPositive();
        assertThat(sql.queryForList("select submission_id, fingerprint, count(*) n from payroll_finding "
                + "group by submission_id, fingerprint having count(*) > 1")).as("a finding recorded twice for one payroll").isEmpty();
        assertThat(count("select count(*) - count(distinct fingerprint) from payroll_finding where standing_key is not null"))
                .as("a finding standing twice").isZero();
        assertThat(count("select count(*) from (select contract_id, vendor_id from compliance_case where status = 'OPEN' "
                + "group by contract_id, vendor_id having count(*) > 1) d")).as("two open cases of one contractor").isZero();
        assertThat(count("select count(*) - count(distinct dedup_key) from notification")).as("duplicate notifications").isZero();
        assertThat(count("select count(*) - count(distinct (case_id, sequence_no)) from case_notice")).as("duplicate notices").isZero();
        assertThat(count("select count(*) - count(distinct finding_id) from case_finding")).as("a finding in two cases").isZero();
    }

    private void checkNothingStuck() {
        assertThat(sql.queryForList("select incident_type_, activity_id_, incident_msg_ from act_ru_incident")).as("incidents").isEmpty();
        assertThat(sql.queryForList("select id_, handler_type_, exception_msg_ from act_ru_job where retries_ = 0"))
                .as("jobs out of retries").isEmpty();
        assertThat(sql.queryForList("select id_, handler_type_, duedate_, lock_owner_ from act_ru_job "
                + "where duedate_ is null or duedate_ <= current_timestamp")).as("jobs due and not done").isEmpty();
        // every process instance still running waits for a person, a message or a later timer: each of its active
        // executions is at a user task, a receive or catch event or an event-based gateway
        List<Map<String, Object>> elsewhere = sql.queryForList("select e.proc_inst_id_, e.act_id_, h.act_type_ from act_ru_execution e "
                + "join act_hi_actinst h on h.execution_id_ = e.id_ and h.act_id_ = e.act_id_ and h.end_time_ is null "
                + "where e.is_active_ and e.act_id_ is not null and h.act_type_ not in ('userTask', 'receiveTask', "
                + "'intermediateMessageCatch', 'intermediateTimer', 'eventBasedGateway', 'boundaryTimer', 'boundaryMessage')");
        assertThat(elsewhere).as("executions neither done nor waiting").isEmpty();
        assertThat(count("select count(*) from event_publication where completion_date is null")).as("events not delivered").isZero();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Little helpers
    // ------------------------------------------------------------------------------------------------------------

    /** HTTP to one node with the users created in setup. */
    static final class Api {
        private final Node node;

        Api(Node node) {
            this.node = node;
        }

        JsonNode expect(int status, String user, String method, String path, Object body) throws Exception {
            return expect(status, user, method, path, body, "application/json");
        }

        JsonNode expect(int status, String user, String method, String path, Object body, String contentType) throws Exception {
            HttpResponse<String> r = send(user, method, path, body, contentType);
            assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(status);
            return r.body() == null || r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
        }

        /** Sends until it answers {@code status}: a step waiting for a job (the engine's) to reach it. */
        JsonNode retry(int status, String user, String method, String path, Object body) throws Exception {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            HttpResponse<String> r;
            do {
                r = send(user, method, path, body, "application/json");
                if (r.statusCode() == status) {
                    return r.body() == null || r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
                }
                Thread.sleep(500);
            } while (System.nanoTime() < deadline);
            throw new AssertionError(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }

        int status(String user, String method, String path, Object body) {
            try {
                return send(user, method, path, body, "application/json").statusCode();
            } catch (Exception e) {
                return 0;
            }
        }

        JsonNode get(String user, String path) {
            try {
                return JSON.readTree(send(user, "GET", path, null, "application/json").body());
            } catch (Exception e) {
                return JSON.createObjectNode();
            }
        }

        private HttpResponse<String> send(String user, String method, String path, Object body, String contentType) throws Exception {
            HttpRequest.Builder r = HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", basic(user)).header("Accept", "application/json, application/problem+json");
            if (body == null) {
                r.method(method, "GET".equals(method) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(""));
            } else {
                r.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(
                        body instanceof String s ? s : text(body)));
            }
            return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String text(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static long count(String query, Object... args) {
        Long n = sql.queryForObject(query, Long.class, args);
        return n == null ? 0 : n;
    }

    private static Long single(String query, Object... args) {
        List<Long> found = sql.queryForList(query, Long.class, args);
        return found.isEmpty() ? null : found.get(0);
    }

    private static void waitUntil(String what, Duration within, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + within + " for: " + what + "\nnode A log:\n" + a.tail(40));
            }
            Thread.sleep(500);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double since(long nanos) {
        return (System.nanoTime() - nanos) / 1e9;
    }

    private static void log(String format, Object... args) {
        System.out.println("[two-nodes] " + String.format(Locale.ROOT, format, args));
    }
}
