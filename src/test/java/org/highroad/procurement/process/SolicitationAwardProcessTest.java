package org.highroad.procurement.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

import java.util.Map;
import org.highroad.procurement.ProcurementTest;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.runtime.Job;

/** Every path of {@code solicitation-award.bpmn}: timers fired by hand, messages from the bid evaluations. */
class SolicitationAwardProcessTest extends ProcurementTest {

    @Test
    void rankingWaitsUntilEveryBidIsEvaluatedThenAsksForApproval() {
        long solicitation = publishedSolicitation("Wait for evaluations");
        long strong = submit(TestUsers.HARBOR, solicitation, strongBid("1000000"));
        long middle = submit(TestUsers.NORTHSIDE, solicitation, middleBid("1250000"));
        deadlinePasses(solicitation);
        assertThat(status(solicitation)).isEqualTo("CLOSED");
        assertThat(waitingAt(solicitation, SolicitationAwardProcess.GATEWAY_WAIT_FOR_EVALUATIONS)).isTrue();
        review(strong, "CONFIRM", "verified", 5);
        assertThat(waitingAt(solicitation, SolicitationAwardProcess.GATEWAY_WAIT_FOR_EVALUATIONS)).isTrue();

        review(middle, "CONFIRM", "verified", 3);
        assertThat(status(solicitation)).isEqualTo("EVALUATED");
        assertThat(waitingAt(solicitation, SolicitationAwardProcess.TASK_APPROVE_AWARD)).isTrue();
        Response ranking = as(TestUsers.OFFICER).get("/api/solicitations/" + solicitation + "/ranking");
        assertThat(ranking.json().path("entries").get(0).path("bidId").asLong()).isEqualTo(strong);
        assertThat(ranking.json().path("entries").get(1).path("totalScore").decimalValue()).isEqualByComparingTo("59.47");
    }

    @Test
    void awardingAnotherThanTheTopBidNeedsAReason() {
        long solicitation = publishedSolicitation("Override the ranking");
        long strong = submit(TestUsers.HARBOR, solicitation, strongBid("1000000"));
        long middle = submit(TestUsers.NORTHSIDE, solicitation, middleBid("1250000"));
        deadlinePasses(solicitation);
        review(strong, "CONFIRM", "verified", 5);
        review(middle, "CONFIRM", "verified", 3);

        Response noReason = as(TestUsers.OFFICER).post("/api/solicitations/" + solicitation + "/award", Map.of("bidId", middle));
        assertThat(noReason.status()).isEqualTo(409);
        assertThat(noReason.json().path("detail").asText()).contains("needs a reason");
        Response awarded = as(TestUsers.OFFICER).post("/api/solicitations/" + solicitation + "/award",
                Map.of("bidId", middle, "reason", "Top bidder withdrew its key personnel"));
        assertThat(awarded.status()).as(awarded.body()).isEqualTo(200);
        assertThat(awarded.json().path("awardedBidId").asLong()).isEqualTo(middle);
        assertThat(bid(strong).path("status").asText()).isEqualTo("UNSUCCESSFUL");
        assertThat(endedAt(SolicitationAwardProcess.PROCESS_ID, solicitation, SolicitationAwardProcess.END_AWARDED)).isTrue();
        assertThat(published.awarded()).anyMatch(e -> e.bidId() == middle && e.reason().contains("withdrew"));
    }

    @Test
    void withoutAResponsiveBidTheProcessEndsWithoutAward() {
        long solicitation = publishedSolicitation("Nobody qualifies");
        submit(TestUsers.QUICK, solicitation, strongBid("900000"));
        deadlinePasses(solicitation);
        assertThat(endedAt(SolicitationAwardProcess.PROCESS_ID, solicitation, SolicitationAwardProcess.END_NO_RESPONSIVE_BIDS)).isTrue();
        assertThat(status(solicitation)).isEqualTo("EVALUATED");
        assertThat(as(TestUsers.OFFICER).post("/api/solicitations/" + solicitation + "/cancellation",
                Map.of("reason", "re-bid with a wider outreach")).status()).isEqualTo(200);
    }

    @Test
    void cancellingAPublishedSolicitationStopsItsProcessAndEveryBidEvaluation() {
        long solicitation = publishedSolicitation("Cancelled");
        long bid = submit(TestUsers.NORTHSIDE, solicitation, middleBid("1000000"));
        Response cancelled = as(TestUsers.OFFICER).post("/api/solicitations/" + solicitation + "/cancellation",
                Map.of("reason", "funding withdrawn"));
        assertThat(cancelled.json().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(endedAt(SolicitationAwardProcess.PROCESS_ID, solicitation, SolicitationAwardProcess.END_CANCELLED)).isTrue();
        assertThat(evaluationEndedAt(bid, BidEvaluationProcess.END_SOLICITATION_CANCELLED)).isTrue();
        assertThat(bidAs(TestUsers.NORTHSIDE, bid).path("status").asText()).isEqualTo("CANCELLED");
        Response unopened = as(TestUsers.OFFICER).get("/api/bids/" + bid);
        assertThat(unopened.status()).as("bids of a solicitation cancelled before the opening are never opened: no bid to the agency")
                .isEqualTo(404);
        assertThat(unopened.json().path("detail").asText()).isEqualTo("no bid " + bid);
        assertThat(as(TestUsers.NORTHSIDE).get("/api/solicitations/" + solicitation + "/notices").json().findValuesAsText("kind"))
                .containsExactly("SOLICITATION_CANCELLED");
        assertThat(as(TestUsers.HARBOR).post("/api/solicitations/" + solicitation + "/bids", strongBid("900000")).status())
                .isEqualTo(409);
    }

    @Test
    void equalScoresGoToTheEarlierSubmission() {
        long solicitation = publishedSolicitation("Tie break");
        long first = submit(TestUsers.NORTHSIDE, solicitation, strongBid("1000000"));
        long second = submit(TestUsers.HARBOR, solicitation, strongBid("1000000"));
        deadlinePasses(solicitation);
        review(first, "CONFIRM", "verified", 4);
        review(second, "CONFIRM", "verified", 4);
        var entries = as(TestUsers.OFFICER).get("/api/solicitations/" + solicitation + "/ranking").json().path("entries");
        assertThat(entries.get(0).path("totalScore").decimalValue()).isEqualByComparingTo(entries.get(1).path("totalScore").decimalValue());
        assertThat(entries.get(0).path("bidId").asLong()).isEqualTo(first);
    }

    @Test
    void theBidsAreOpenedAtTheDeadlineAndNeverBefore() {
        long solicitation = publishedSolicitation("Opened at the deadline");
        long bid = submit(TestUsers.HARBOR, solicitation, strongBid("1000000"));
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(SolicitationAwardProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(solicitation)).singleResult().getId();
        Job timer = management.createJobQuery().processInstanceId(instance).timers().singleResult();
        management.executeJob(timer.getId());
        Job opening = management.createJobQuery().processInstanceId(instance).activityId(SolicitationAwardProcess.TASK_CLOSE)
                .singleResult();

        // the timer fired early (a clock running ahead): the opening is refused and tried again later
        assertThatThrownBy(() -> management.executeJob(opening.getId())).hasStackTraceContaining("before the submission deadline");
        assertThat(status(solicitation)).isEqualTo("PUBLISHED");
        assertThat(as(TestUsers.OFFICER).get("/api/bids/" + bid).status()).as("still sealed: no bid to the agency").isEqualTo(404);
        Job retry = management.createJobQuery().jobId(opening.getId()).singleResult();
        assertThat(retry.getDuedate()).as("retried later, not at once").isAfter(java.util.Date.from(org.highroad.support.TestClock.now()));

        clock.advance(untilPastTheDeadline(solicitation));
        management.executeJob(retry.getId());
        Jobs.runDue(management);
        JsonNode opened = as(TestUsers.OFFICER).get("/api/solicitations/" + solicitation).json();
        assertThat(opened.path("status").asText()).isEqualTo("CLOSED");
        assertThat(Instant.parse(opened.path("openedAt").asText()))
                .isAfterOrEqualTo(Instant.parse(opened.path("submissionDeadline").asText()));
        JsonNode audit = as(TestUsers.OFFICER).all("/api/solicitations/" + solicitation + "/audit").json();
        assertThat(audit.findValuesAsText("action")).containsSubsequence("PUBLISHED", "CLOSED", "OPENED");
        assertThat(as(TestUsers.OFFICER).get("/api/bids/" + bid).status()).isEqualTo(200);
        assertThat(waitingAt(solicitation, SolicitationAwardProcess.GATEWAY_WAIT_FOR_EVALUATIONS)).isTrue();
    }

    private String status(long solicitation) {
        return as(TestUsers.OFFICER).get("/api/solicitations/" + solicitation).json().path("status").asText();
    }

    private boolean waitingAt(long solicitation, String activity) {
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey(SolicitationAwardProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(solicitation)).singleResult().getId();
        return runtime.getActiveActivityIds(instance).contains(activity);
    }
}
