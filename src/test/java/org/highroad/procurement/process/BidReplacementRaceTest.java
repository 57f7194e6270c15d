package org.highroad.procurement.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.highroad.procurement.ProcurementTest;
import org.highroad.support.AtOnce;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.LogCapture;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * A vendor replaces its bid right after submitting it, while the first bid's screening job is being run: a normal
 * action, so the log has no ERROR (no job meets an instance that ended under it), the replaced bid's evaluation stops
 * and the last bid's evaluation waits for the opening.
 */
class BidReplacementRaceTest extends ProcurementTest {

    private static final int ROUNDS = 12;

    @Test
    void replacingABidWhileItsScreeningRunsLogsNoErrorAndStopsTheReplacedEvaluation() throws Exception {
        long solicitation = publishedSolicitation("Replaced while it is screened");
        List<Long> submitted = new ArrayList<>();
        submitted.add(post(solicitation, "1000000"));
        String errors;
        try (LogCapture log = LogCapture.all()) {
            for (int round = 1; round <= ROUNDS; round++) {
                String job = evaluationJob(submitted.get(submitted.size() - 1));
                String price = String.valueOf(1000000 + round);
                List<Callable<Object>> both = List.of(() -> {
                    try {
                        management.executeJob(job); // as the job executor runs it
                        return "ran";
                    } catch (RuntimeException e) {
                        return e;
                    }
                }, () -> post(solicitation, price));
                submitted.add((Long) AtOnce.atOnce(both).get(1));
            }
            Jobs.runDue(management);
            errors = String.join("\n", log.text().lines().filter(l -> l.startsWith("ERROR"))
                    // a job the test itself asks for by id after the engine deleted it (the job executor skips those)
                    .filter(l -> !l.contains("No job found")).toList());
        }
        assertThat(errors).as("ERROR lines while a vendor replaced its bid %d times", ROUNDS).isEmpty();

        long last = submitted.get(submitted.size() - 1);
        for (long bid : submitted) {
            String status = bidAs(TestUsers.HARBOR, bid).path("status").asText();
            var evaluation = history.createHistoricProcessInstanceQuery().processDefinitionKey(BidEvaluationProcess.PROCESS_ID)
                    .processInstanceBusinessKey(String.valueOf(bid)).singleResult();
            assertThat(runtime.createIncidentQuery().processInstanceId(evaluation.getId()).count()).isZero();
            assertThat(management.createJobQuery().processInstanceId(evaluation.getId()).withException().count()).isZero();
            if (bid == last) {
                assertThat(status).isEqualTo("SCORED");
                assertThat(runtime.getActiveActivityIds(evaluation.getId())).containsExactly(BidEvaluationProcess.EVENT_BIDS_OPENED);
            } else {
                assertThat(status).as("bid " + bid).isEqualTo("REPLACED");
                assertThat(evaluation.getEndTime() != null).as("evaluation of replaced bid " + bid + " stopped")
                        .isTrue();
            }
        }
    }

    /** The bid form's POST, without running the evaluation's job. */
    private long post(long solicitation, String price) {
        Response response = as(TestUsers.HARBOR).post("/api/solicitations/" + solicitation + "/bids", strongBid(price));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asLong();
    }
}
