package org.highroad.procurement.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
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
 * The officer's ratings as a dynamic list with one row for every officer-rated criterion of the rubric (here four, more
 * than the three slots of earlier versions), read and submitted through the engine's REST API exactly as Tasklist does:
 * it reads the rows as JSON ({@code form-variables}, values not deserialized) and sends the list back under the type
 * and serialization of the form variable of that name ({@code Object}, {@code application/json}). The rows' answers
 * are checked by procurement's rules (within the scale, justified), stored as the bid's ratings, and never kept by the
 * engine.
 */
class ScorecardRatingsFormTest extends ProcurementTest {

    private static final List<String> CODES = List.of("CULTURE-PLAN", "MENTORING-PLAN", "SAFETY-PLAN", "COMMUNITY-PLAN");

    @Autowired
    TaskService tasks;

    @Test
    void everyOfficerRatedCriterionIsARowByNameAndItsRatingsAreStoredAsTheBidsThroughTasklistsRestPath() throws Exception {
        long solicitation = solicitationWithFourOfficerRatedCriteria();
        long bid = submit(TestUsers.HARBOR, solicitation, strongBid("1000000"));
        deadlinePasses(solicitation);
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(bid))
                .taskDefinitionKey(BidEvaluationProcess.TASK_REVIEW).singleResult();

        TasklistSession officer = TasklistSession.signIn(port, TestUsers.OFFICER);
        JsonNode form = officer.formVariables(task.getId());
        JsonNode ratings = form.path(BidEvaluationProcess.VAR_RATINGS);
        JsonNode rows = TasklistSession.parsed(ratings);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).path("heading").asText())
                .isEqualTo("**Jobsite culture plan**, rated from 0 to 5, for Environment and culture");
        assertThat(rows.get(3).path("heading").asText()).startsWith("**Community benefits plan**, rated from 0 to 10");
        assertThat(rows.toString()).as("names, not codes").doesNotContain("CULTURE-PLAN", "COMMUNITY-PLAN");
        assertThat(form.has("rating1Code")).isFalse();
        // what the bidder wrote, principle by principle, beside the scorecard: the bid's page by its name, and a table
        assertThat(form.path(ScorecardFormValues.SHOWN_BID_PAGE).path("value").asText()).isEqualTo("[Bid " + bid
                + " of Harbor Builders LLC: statements per principle](/staff/solicitations/" + solicitation + "/bids/" + bid + ")");
        JsonNode statements = TasklistSession.parsed(form.path(ScorecardFormValues.SHOWN_STATEMENTS));
        assertThat(statements).as("a row per principle").hasSize(8);
        assertThat(statements.findValuesAsText("principle")).contains("Earnings", "Voice and representation")
                .doesNotContain("VOICE_AND_REPRESENTATION");
        assertThat(statements.get(4).path("principle").asText()).isEqualTo("Voice and representation");
        assertThat(statements.get(4).path("statement").asText()).isEqualTo("Project labor agreement");
        assertThat(statements.get(0).path("statement").asText()).isEqualTo("No statement");
        String path = TasklistSession.task(task.getId());
        assertThat(officer.send("POST", path + "/claim", "{\"userId\":\"" + TestUsers.OFFICER + "\"}").statusCode()).isEqualTo(204);

        // a field of a row is not an answer of its own
        HttpResponse<String> stray = officer.send("POST", path + "/submit-form",
                "{\"variables\":{\"points\":{\"value\":4},\"decision\":{\"value\":\"CONFIRM\"},\"reason\":{\"value\":\"ok\"}}}");
        assertThat(stray.statusCode()).as(stray.body()).isEqualTo(400);
        assertThat(stray.body()).contains("does not ask for points");

        // out of the criterion's scale: the task comes back with the reason
        HttpResponse<String> tooHigh = officer.send("POST", path + "/submit-form",
                submission(ratings, rows(new Object[] {4, "Clear plan"}, new Object[] {3, "Two mentors"},
                        new Object[] {6, "Too generous"}, new Object[] {8, "Local hiring fair"})));
        assertThat(tooHigh.statusCode()).as(tooHigh.body()).isIn(200, 204);
        Jobs.runDue(management);
        Task again = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(bid))
                .taskDefinitionKey(BidEvaluationProcess.TASK_REVIEW).singleResult();
        assertThat((String) tasks.getVariable(again.getId(), BidEvaluationProcess.VAR_REFUSAL))
                .contains("SAFETY-PLAN must be rated from 0 to 5, not 6");
        assertThat(bid(bid).path("status").asText()).isEqualTo("SCORED");

        // a row missing (the rubric has four): refused, not mixed up
        JsonNode shorter = rows(new Object[] {4, "Clear plan"}, new Object[] {3, "Two mentors"}, new Object[] {5, "Solid"});
        officer.send("POST", TasklistSession.task(again.getId()) + "/claim", "{\"userId\":\"" + TestUsers.OFFICER + "\"}");
        officer.send("POST", TasklistSession.task(again.getId()) + "/submit-form", submission(ratings, shorter));
        Task third = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(bid))
                .taskDefinitionKey(BidEvaluationProcess.TASK_REVIEW).singleResult();
        assertThat((String) tasks.getVariable(third.getId(), BidEvaluationProcess.VAR_REFUSAL))
                .contains("3 rows, but the rubric has 4");

        // all four within their scales, justified
        officer.send("POST", TasklistSession.task(third.getId()) + "/claim", "{\"userId\":\"" + TestUsers.OFFICER + "\"}");
        HttpResponse<String> done = officer.send("POST", TasklistSession.task(third.getId()) + "/submit-form",
                submission(ratings, rows(new Object[] {4, "Clear plan"}, new Object[] {3, "Two mentors"},
                        new Object[] {5, "Site safety officer named"}, new Object[] {8.5, "Local hiring fair"})));
        assertThat(done.statusCode()).as(done.body()).isIn(200, 204);
        Jobs.runDue(management);
        assertThat(bid(bid).path("status").asText()).isEqualTo("EVALUATED");
        JsonNode stored = as(TestUsers.OFFICER).get("/api/bids/" + bid + "/scorecard").json().path("officerRatings");
        assertThat(stored).hasSize(4);
        assertThat(stored.findValuesAsText("criterion")).containsExactlyInAnyOrderElementsOf(CODES);
        assertThat(stored.findValuesAsText("ratedBy")).containsOnly(TestUsers.OFFICER);
        assertThat(stored.findParents("criterion").stream().filter(r -> r.path("criterion").asText().equals("COMMUNITY-PLAN"))
                .findFirst().orElseThrow().path("rating").decimalValue()).isEqualByComparingTo("8.5");
        assertThat(stored.findValuesAsText("justification")).contains("Site safety officer named", "Local hiring fair");

        String instance = history.createHistoricProcessInstanceQuery().processDefinitionKey(BidEvaluationProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(bid)).singleResult().getId();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).includeDeleted().list())
                .as("the rows are answers, never process variables").noneMatch(v -> v.getName().equals("ratings")
                        || String.valueOf(v.getValue()).contains("Local hiring fair"));
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).includeDeleted().list())
                .as("the statements shown are read from the bid, never process variables")
                .noneMatch(v -> v.getName().equals(ScorecardFormValues.SHOWN_STATEMENTS)
                        || v.getName().equals(ScorecardFormValues.SHOWN_BID_PAGE)
                        || String.valueOf(v.getValue()).contains("Project labor agreement"));
        assertThat(history.createHistoricDetailQuery().processInstanceId(instance).list()).as("nor form-field history")
                .noneMatch(d -> d.toString().contains("Local hiring fair"));
    }

    @Test
    void theApiReviewRatesEveryCriterionInTheSameRows() {
        long solicitation = solicitationWithFourOfficerRatedCriteria();
        long bid = submit(TestUsers.HARBOR, solicitation, strongBid("1000000"));
        deadlinePasses(solicitation);
        ObjectNode body = Http.JSON.createObjectNode().put("decision", "CONFIRM").put("reason", "All four read");
        ArrayNode ratings = body.putArray("ratings");
        for (String code : CODES) {
            ratings.addObject().put("criterion", code).put("rating", 2).put("justification", "Read " + code);
        }
        Response reviewed = as(TestUsers.OFFICER).post("/api/bids/" + bid + "/review", body);
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        assertThat(as(TestUsers.OFFICER).get("/api/bids/" + bid + "/scorecard").json().path("officerRatings")
                .findValuesAsText("criterion")).containsExactlyInAnyOrderElementsOf(CODES);
    }

    /** The standard's rubric with its one officer-rated criterion (weight 4) split into four (weights 1 each). */
    private long solicitationWithFourOfficerRatedCriteria() {
        JsonNode version = as(TestUsers.OFFICER).get("/api/standards/" + STANDARD + "/versions/1").json();
        ArrayNode rubric = Http.JSON.createArrayNode();
        for (JsonNode c : version.path("content").path("rubric")) {
            if (!"OFFICER_RATED".equals(c.path("kind").asText())) {
                rubric.add(c);
            }
        }
        String[] names = {"Jobsite culture plan", "Mentoring plan", "Site safety plan", "Community benefits plan"};
        for (int i = 0; i < 4; i++) {
            rubric.addObject().put("code", CODES.get(i)).put("name", names[i]).put("principle", "ENVIRONMENT_AND_CULTURE")
                    .put("kind", "OFFICER_RATED").put("weight", 1).put("minimum", 0).put("maximum", i == 3 ? 10 : 5);
        }
        ObjectNode draft = draft("Four officer-rated criteria");
        draft.set("rubric", rubric);
        Response created = as(TestUsers.OFFICER).post("/api/solicitations", draft);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        Response published = as(TestUsers.OFFICER).post("/api/solicitations/" + id + "/publication", "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return id;
    }

    /** The rows as form-js submits them: only the fields of each row, {@code points} and {@code justification}. */
    private static JsonNode rows(Object[]... rows) {
        ArrayNode list = Http.JSON.createArrayNode();
        for (Object[] row : rows) {
            list.addObject().putPOJO("points", row[0]).put("justification", (String) row[1]);
        }
        return list;
    }

    /**
     * Tasklist's submission: an object value goes back under the type and value info of the form variable of the same
     * name, its value the JSON text; the other fields as plain values.
     */
    private static String submission(JsonNode shown, JsonNode rows) {
        ObjectNode variables = Http.JSON.createObjectNode();
        ObjectNode list = variables.putObject("ratings");
        list.put("type", shown.path("type").asText()).set("valueInfo", shown.path("valueInfo"));
        list.put("value", rows.toString());
        variables.putObject("decision").put("value", "CONFIRM");
        variables.putObject("reason").put("value", "Rated every criterion");
        ObjectNode body = Http.JSON.createObjectNode();
        body.set("variables", variables);
        return body.toString();
    }
}
