package org.highroad.procurement.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.highroad.procurement.ProcurementTest;
import org.highroad.support.TasklistSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The award's approval as an officer reads it in Tasklist: the task names the solicitation and the top-ranked vendor
 * with its price; the form shows the ranking as a table of vendor names, scores and prices in dollars, and offers the
 * ranked bids by vendor name. Read through the engine's REST API as Tasklist reads it ({@code form-variables} without
 * deserializing), where the table's rows arrive as JSON.
 */
class AwardFormTest extends ProcurementTest {

    @Autowired
    TaskService tasks;

    @Test
    void theApprovalShowsTheRankingByVendorNameWithMoneyAndOffersTheBidsByName() throws Exception {
        long solicitation = publishedSolicitation("Harbor seawall repairs");
        long strong = submit(TestUsers.HARBOR, solicitation, strongBid("1000000"));
        long middle = submit(TestUsers.NORTHSIDE, solicitation, middleBid("1250000"));
        deadlinePasses(solicitation);
        Task scorecard = tasks.createTaskQuery().processDefinitionKey(BidEvaluationProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(strong)).taskDefinitionKey(BidEvaluationProcess.TASK_REVIEW).singleResult();
        assertThat(scorecard.getName()).isEqualTo("Review scorecard: Harbor Builders LLC, $1,000,000.00, Harbor seawall repairs");
        JsonNode card = TasklistSession.signIn(port, TestUsers.OFFICER).formVariables(scorecard.getId());
        assertThat(card.path(ScorecardFormValues.SHOWN_BID).path("value").asText())
                .startsWith("**Harbor Builders LLC**, $1,000,000.00, submitted ")
                .contains("[Harbor seawall repairs](/staff/solicitations/" + solicitation + ")");
        assertThat(TasklistSession.parsed(card.path(ScorecardFormValues.SHOWN_SCORECARD)))
                .as("every criterion of the rubric, by name").hasSizeGreaterThan(3)
                .allSatisfy(row -> assertThat(row.path("criterion").asText()).isNotBlank());
        review(strong, "CONFIRM", "verified", 5);
        review(middle, "CONFIRM", "verified", 3);

        Task task = tasks.createTaskQuery().processDefinitionKey(SolicitationAwardProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(solicitation)).singleResult();
        assertThat(task.getName()).isEqualTo(
                "Approve award: Harbor seawall repairs, top-ranked Harbor Builders LLC at $1,000,000.00");

        TasklistSession officer = TasklistSession.signIn(port, TestUsers.OFFICER);
        JsonNode form = officer.formVariables(task.getId());
        JsonNode rows = TasklistSession.parsed(form.path(AwardFormValues.SHOWN_RANKING));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).path("rank").asText()).isEqualTo("1");
        assertThat(rows.get(0).path("vendor").asText()).isEqualTo("Harbor Builders LLC");
        assertThat(rows.get(0).path("price").asText()).isEqualTo("$1,000,000.00");
        assertThat(rows.get(0).path("standing").asText()).isEqualTo("Evaluated");
        assertThat(rows.get(1).path("vendor").asText()).isEqualTo("Northside Electric Co.");
        assertThat(rows.get(1).path("price").asText()).isEqualTo("$1,250,000.00");
        assertThat(rows.get(1).path("score").asText()).as("59.47 points, as the ranking's API has it").isEqualTo("59.47");
        JsonNode choices = TasklistSession.parsed(form.path(AwardFormValues.SHOWN_CHOICES));
        assertThat(choices.get(0).path("value").asLong()).isEqualTo(strong);
        assertThat(choices.get(0).path("label").asText()).startsWith("1. Harbor Builders LLC — ").endsWith("$1,000,000.00");
        assertThat(choices.get(1).path("value").asLong()).isEqualTo(middle);
        assertThat(form.path("awardBidId").path("value").asLong()).as("the recommended bid preselected").isEqualTo(strong);
        String summary = form.path(AwardFormValues.SHOWN_SUMMARY).path("value").asText();
        assertThat(summary).contains("[Harbor seawall repairs](/staff/solicitations/" + solicitation + ")", "$1,500,000.00")
                .doesNotContain("GET /api").doesNotMatch("(?s).*\\d{2}:\\d{2}:\\d{2}\\.\\d+.*");
        assertThat(tasks.getVariables(task.getId())).as("shown, never stored").doesNotContainKeys(
                AwardFormValues.SHOWN_RANKING, AwardFormValues.SHOWN_CHOICES, AwardFormValues.SHOWN_SUMMARY);

        String path = TasklistSession.task(task.getId());
        assertThat(officer.send("POST", path + "/claim", "{\"userId\":\"" + TestUsers.OFFICER + "\"}").statusCode()).isEqualTo(204);
        HttpResponse<String> submitted = officer.send("POST", path + "/submit-form", "{\"variables\":{\"awardBidId\":{\"value\":"
                + middle + "},\"reason\":{\"value\":\"Top bidder withdrew its key personnel\"}}}");
        assertThat(submitted.statusCode()).as(submitted.body()).isIn(200, 204);
        assertThat(as(TestUsers.OFFICER).get("/api/solicitations/" + solicitation).json().path("awardedBidId").asLong())
                .as("the bid chosen by name in the form is awarded").isEqualTo(middle);
    }
}
