package org.highroad.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.highroad.procurement.process.BidEvaluationProcess;
import org.highroad.procurement.process.SolicitationAwardProcess;
import org.highroad.standards.Adoption;
import org.highroad.standards.StandardCatalog;
import org.highroad.standards.scoring.Principle;
import org.highroad.support.ApiTest;
import org.highroad.support.Http;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.MovableClock;
import org.highroad.support.TestBeans;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Shared steps for procurement tests, on the demo standard BOSTON-STYLE-CONSTRUCTION v1 (adopted here if the demo
 * left it proposed): its wage determination lists ELECTRICIAN (hyp.) at 57.00 + 31.40 and LABORER at 43.00 + 26.85.
 */
public abstract class ProcurementTest extends ApiTest {

    protected static final String STANDARD = "BOSTON-STYLE-CONSTRUCTION";
    protected static final String ELECTRICIAN = "ELECTRICIAN (hyp.)";
    protected static final String LABORER = "LABORER: COMMON OR GENERAL (hyp.)";

    @Autowired
    protected StandardCatalog standards;
    @Autowired
    protected ManagementService management;
    @Autowired
    protected RuntimeService runtime;
    @Autowired
    protected HistoryService history;
    @Autowired
    protected MovableClock clock;
    @Autowired
    protected TestBeans.PublishedEvents published;

    @BeforeEach
    void adoptTheDemoStandard() {
        if (standards.version(STANDARD, 1).adoption().status() == Adoption.Status.PROPOSED) {
            Response adopted = as(TestUsers.ADMIN).post("/api/standards/" + STANDARD + "/versions/1/decision",
                    Map.of("decision", "ADOPT", "comment", "adopted for the procurement tests"));
            assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    protected ObjectNode draft(String title) {
        ObjectNode draft = Http.JSON.createObjectNode();
        draft.put("agencyCode", "DEMO-CITY").put("title", title).put("category", "WORKS").put("region", "Demo City")
                .put("estimatedValue", 1_500_000).put("standardCode", STANDARD).put("standardVersion", 1)
                .put("submissionDeadline", OffsetDateTime.now(clock).plusDays(14).withNano(0).toString());
        draft.putArray("classifications").add(ELECTRICIAN).add(LABORER);
        return draft;
    }

    /** Drafts and publishes a works solicitation; returns its id. */
    protected long publishedSolicitation(String title) {
        Response created = as(TestUsers.OFFICER).post("/api/solicitations", draft(title));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        Response published = as(TestUsers.OFFICER).post("/api/solicitations/" + id + "/publication", "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return id;
    }

    /** A strong bid: both classifications above the prevailing rate, every commitment at its best. */
    protected static BidSubmission strongBid(String price) {
        return new BidSubmission(new BigDecimal(price), List.of(offer(ELECTRICIAN, "60.00", "31.40"), offer(LABORER, "45.00", "26.85")),
                null, new BigDecimal("100"), new BigDecimal("15"), new BigDecimal("6"), 14, new BigDecimal("90"),
                new BigDecimal("51"), new BigDecimal("40"), new BigDecimal("12"), new BigDecimal("20"), new BigDecimal("40"),
                "Journey-level pathway with quarterly reviews", true, true, 0, Map.of(Principle.VOICE_AND_REPRESENTATION, "Project labor agreement"));
    }

    /** A middling bid: exactly the prevailing rates, partial commitments. */
    protected static BidSubmission middleBid(String price) {
        return new BidSubmission(new BigDecimal(price), List.of(offer(ELECTRICIAN, "57.00", "31.40"), offer(LABORER, "43.00", "26.85")),
                null, new BigDecimal("75"), new BigDecimal("10"), new BigDecimal("3"), 10, null,
                new BigDecimal("25.5"), new BigDecimal("20"), new BigDecimal("6"), new BigDecimal("10"), new BigDecimal("20"),
                null, false, true, 0, Map.of());
    }

    protected static BidSubmission.WageOffer offer(String classification, String base, String fringe) {
        return new BidSubmission.WageOffer(classification, new BigDecimal(base), new BigDecimal(fringe));
    }

    /** Submits as a contractor, then lets the evaluation run (its first step is asynchronous). */
    protected long submit(String contractor, long solicitationId, BidSubmission bid) {
        Response response = as(contractor).post("/api/solicitations/" + solicitationId + "/bids", bid);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        Jobs.runDue(management);
        return response.json().path("id").asLong();
    }

    /** The bid as the procurement officer reads it (once the bids are opened). */
    protected JsonNode bid(long bidId) {
        return as(TestUsers.OFFICER).get("/api/bids/" + bidId).json();
    }

    /** The bid as its own bidder reads it (at any time). */
    protected JsonNode bidAs(String bidder, long bidId) {
        Response read = as(bidder).get("/api/bids/" + bidId);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return read.json();
    }

    protected Response review(long bidId, String decision, String reason, Integer cultureRating) {
        ObjectNode body = Http.JSON.createObjectNode().put("decision", decision).put("reason", reason);
        if (cultureRating != null) {
            body.putArray("ratings").addObject().put("criterion", "WORKPLACE-CULTURE-PLAN").put("rating", cultureRating)
                    .put("justification", "Plan reviewed against the rubric guidance");
        }
        Response response = as(TestUsers.OFFICER).post("/api/bids/" + bidId + "/review", body);
        Jobs.runDue(management);
        return response;
    }

    /**
     * Time passes beyond the submission deadline: the award process's timer fires and the bids are opened. The
     * application clock is moved past the deadline for the opening (bids are never opened earlier), then back, so the
     * steps after it happen at the same time as before.
     */
    protected void deadlinePasses(long solicitationId) {
        Duration gap = untilPastTheDeadline(solicitationId);
        clock.advance(gap);
        try {
            Jobs.fireTimer(management, runtime, SolicitationAwardProcess.PROCESS_ID, String.valueOf(solicitationId),
                    SolicitationAwardProcess.EVENT_DEADLINE);
        } finally {
            clock.advance(gap.negated());
        }
    }

    /**
     * The deadline passes and the award process's timer fires, and nothing else runs yet (the clock stays past the
     * deadline): returns the job that closes submissions and opens the bids.
     */
    protected String deadlineTimerFiresAlone(long solicitationId) {
        clock.advance(untilPastTheDeadline(solicitationId));
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(SolicitationAwardProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(solicitationId)).singleResult().getId();
        Job timer = management.createJobQuery().processInstanceId(instance).activityId(SolicitationAwardProcess.EVENT_DEADLINE)
                .timers().singleResult();
        management.executeJob(timer.getId());
        Job opening = management.createJobQuery().processInstanceId(instance).activityId(SolicitationAwardProcess.TASK_CLOSE)
                .singleResult();
        assertThat(opening).as("the job that opens the bids of solicitation " + solicitationId).isNotNull();
        return opening.getId();
    }

    /** The job that starts the evaluation of a bid just submitted (its first step is asynchronous). */
    protected String evaluationJob(long bidId) {
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(BidEvaluationProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(bidId)).singleResult().getId();
        return management.createJobQuery().processInstanceId(instance).singleResult().getId();
    }

    /** How far the application clock must move to be one second past the solicitation's submission deadline. */
    protected Duration untilPastTheDeadline(long solicitationId) {
        Instant deadline = Instant.parse(as(TestUsers.OFFICER).get("/api/solicitations/" + solicitationId).json()
                .path("submissionDeadline").asText());
        Duration gap = Duration.between(clock.instant(), deadline).plusSeconds(1);
        return gap.isNegative() ? Duration.ZERO : gap;
    }

    protected boolean endedAt(String processKey, long businessKey, String endEvent) {
        return history.createHistoricActivityInstanceQuery().activityId(endEvent)
                .processInstanceId(history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
                        .processInstanceBusinessKey(String.valueOf(businessKey)).singleResult().getId())
                .count() == 1;
    }

    protected boolean evaluationEndedAt(long bidId, String endEvent) {
        return endedAt(BidEvaluationProcess.PROCESS_ID, bidId, endEvent);
    }
}
