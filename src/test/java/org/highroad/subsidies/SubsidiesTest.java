package org.highroad.subsidies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.highroad.standards.Adoption;
import org.highroad.standards.StandardCatalog;
import org.highroad.support.ApiTest;
import org.highroad.support.Http;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.MovableClock;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.operaton.bpm.engine.ManagementService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the wage-subsidy tests: the demo's WIOA on-the-job training standard adopted, a program of its own per test
 * made from the {@code wioa-ojt} program preset, and requests drafted and submitted over HTTP as an employer would.
 */
public abstract class SubsidiesTest extends ApiTest {

    public static final String STANDARD = "WIOA-OJT-SUBSIDY";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    protected StandardCatalog standards;
    @Autowired
    protected ManagementService management;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected MovableClock clock;

    @BeforeEach
    void adoptTheOjtStandard() {
        if (standards.version(STANDARD, 1).adoption().status() == Adoption.Status.PROPOSED) {
            Response adopted = as(TestUsers.ADMIN).post("/api/standards/" + STANDARD + "/versions/1/decision",
                    Map.of("decision", "ADOPT", "comment", "adopted for the subsidy tests"));
            assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    protected LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A program from the preset with this budget and automatic-approval amount; returns its id. */
    protected long program(String budget, String ceiling) {
        ObjectNode body = Http.JSON.createObjectNode().put("code", "OJT-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000)
                .put("name", "Demo City on-the-job training").put("standardCode", STANDARD).put("standardVersion", 1)
                .put("preset", "wioa-ojt");
        body.putObject("terms").put("budget", budget).put("autoApprovalCeiling", ceiling);
        Response created = as(TestUsers.STAFF).post("/api/subsidy-programs", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    /**
     * A request that passes every hard rule: $22.00 an hour (below the $26.00 living wage), 40 hours a week, 520
     * training hours, 3 hires, starting in three weeks, open for two years: $5,720.00 per hire, $17,160.00 in total.
     */
    protected ObjectNode content() {
        ObjectNode c = Http.JSON.createObjectNode();
        c.put("position", "Machine operator trainee").put("classification", "Machine operator").put("sector", "Manufacturing")
                .put("county", "San Diego").put("hourlyWage", "22.00").put("hoursPerWeek", 40).put("hires", 3)
                .put("trainingHours", 520).put("startDate", today().plusDays(21).toString())
                .put("operatingSince", today().minusYears(2).toString()).put("healthPremiumShare", 75).put("paidLeaveDays", 10)
                .put("retirementPercent", 3).put("scheduleNoticeDays", 14).put("workerCommittee", false)
                .put("advancementPath", "Operator II at $25.00 after six months").put("trainingPlan", "CNC setup, safety, quality checks");
        c.putArray("attestations").add("NO_DISPLACEMENT").add("AGREEMENT_BEFORE_HIRE");
        return c;
    }

    protected JsonNode draft(String employer, long programId, ObjectNode content) {
        ObjectNode body = Http.JSON.createObjectNode().put("programId", programId);
        body.set("content", content);
        Response drafted = as(employer).post("/api/subsidy-requests", body);
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        return drafted.json();
    }

    /** Drafts, submits and runs the review's jobs; returns the request as read after. */
    protected JsonNode submitted(String employer, long programId, ObjectNode content) {
        long id = draft(employer, programId, content).path("id").asLong();
        return submit(employer, id);
    }

    protected JsonNode submit(String employer, long id) {
        Response submitted = as(employer).post("/api/subsidy-requests/" + id + "/submission", "");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(202);
        Jobs.runDue(management);
        return as(employer).get("/api/subsidy-requests/" + id).json();
    }

    protected JsonNode read(String user, long id) {
        Response read = as(user).get("/api/subsidy-requests/" + id);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return read.json();
    }

    /** A request of this many hires submitted, approved and its agreement accepted; returns its id. */
    protected long agreed(String employer, long program, int hires) {
        return agreed(employer, program, hires, "Manufacturing");
    }

    protected long agreed(String employer, long program, int hires, String sector) {
        long id = submitted(employer, program, content().put("hires", hires).put("sector", sector)).path("id").asLong();
        Response accepted = as(employer).post("/api/subsidy-requests/" + id + "/agreement/acceptance",
                Map.of("wageCommitment", "$24.00 after three months"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return id;
    }

    protected LocalDate hireStart(long id) {
        return LocalDate.parse(read(TestUsers.STAFF, id).path("content").path("startDate").asText())
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    }

    /** An agreed request and its workers as named on the program's books, once the clock has moved past their weeks. */
    protected record Hired(long program, long id, LocalDate start) {
        /** The first week ending (Saturday) of hires that started on the request's start. */
        public LocalDate firstWeekEnding() {
            return start.plusDays(6);
        }
    }

    /**
     * A request of a fresh $250,000 program ($100,000 automatic-approval ceiling) agreed for one hire per worker, each
     * named as hired on the request's first day, and the clock moved 60 days on so that their weeks have been worked.
     */
    protected Hired hiredAndWorked(String employer, String... workers) {
        long program = program("250000.00", "100000.00");
        long id = agreed(employer, program, workers.length);
        LocalDate start = hireStart(id);
        for (String worker : workers) {
            name(employer, id, worker, start);
        }
        clock.advance(Duration.ofDays(60));
        return new Hired(program, id, start);
    }

    protected void name(String employer, long id, String worker, LocalDate start) {
        Response named = as(employer).post("/api/subsidy-requests/" + id + "/hires", Map.of("workerRef", worker, "startDate", start.toString()));
        assertThat(named.status()).as(named.body()).isEqualTo(201);
    }
}
