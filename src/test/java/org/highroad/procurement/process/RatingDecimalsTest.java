package org.highroad.procurement.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.highroad.procurement.ProcurementTest;
import org.highroad.support.Http;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.TasklistSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An officer's rating has at most two decimals, as it is stored (numeric(8, 2)): a rating with more is refused, by
 * the API (422 naming the rating) and in Tasklist (the task comes back with the reason), so the record and the points
 * scored from it never disagree.
 */
class RatingDecimalsTest extends ProcurementTest {

    @Autowired
    TaskService tasks;

    @Test
    void aRatingWithMoreThanTwoDecimalsIsRefusedByTheApiAndInTasklist() throws Exception {
        long solicitation = publishedSolicitation("Three-decimal rating");
        long bid = submit(TestUsers.HARBOR, solicitation, strongBid("1100000"));
        deadlinePasses(solicitation);

        ObjectNode body = Http.JSON.createObjectNode().put("decision", "CONFIRM").put("reason", "Reviewed via API");
        body.putArray("ratings").addObject().put("criterion", "WORKPLACE-CULTURE-PLAN")
                .put("rating", new java.math.BigDecimal("2.5555555")).put("justification", "Plan");
        Response refused = as(TestUsers.OFFICER).post("/api/bids/" + bid + "/review", body);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("ratings[0].rating");
        assertThat(bid(bid).path("status").asText()).isEqualTo("SCORED");

        Task task = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(bid))
                .taskDefinitionKey(BidEvaluationProcess.TASK_REVIEW).singleResult();
        TasklistSession officer = TasklistSession.signIn(port, TestUsers.OFFICER);
        JsonNode shown = officer.formVariables(task.getId()).path(BidEvaluationProcess.VAR_RATINGS);
        String path = TasklistSession.task(task.getId());
        officer.send("POST", path + "/claim", "{\"userId\":\"" + TestUsers.OFFICER + "\"}");
        ArrayNode rows = Http.JSON.createArrayNode();
        rows.addObject().put("points", new java.math.BigDecimal("2.555")).put("justification", "ok");
        ObjectNode variables = Http.JSON.createObjectNode();
        variables.putObject("ratings").put("type", shown.path("type").asText()).put("value", rows.toString())
                .set("valueInfo", shown.path("valueInfo"));
        variables.putObject("decision").put("value", "CONFIRM");
        variables.putObject("reason").put("value", "Rated");
        HttpResponse<String> sent = officer.send("POST", path + "/submit-form", "{\"variables\":" + variables + "}");
        assertThat(sent.statusCode()).as(sent.body()).isIn(200, 204);
        Jobs.runDue(management);

        Task again = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(bid))
                .taskDefinitionKey(BidEvaluationProcess.TASK_REVIEW).singleResult();
        assertThat(again).as("the review comes back").isNotNull();
        assertThat((String) tasks.getVariable(again.getId(), BidEvaluationProcess.VAR_REFUSAL))
                .contains("at most 2 decimals", "2.555");
        assertThat(bid(bid).path("status").asText()).isEqualTo("SCORED");
        assertThat(as(TestUsers.OFFICER).get("/api/bids/" + bid + "/scorecard").json().path("officerRatings")).isEmpty();
    }
}
