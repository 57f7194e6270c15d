package org.highroad.subsidies.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.highroad.subsidies.SubsidiesTest;
import org.highroad.support.TasklistSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The subsidy review's note is bounded on the server as in the API: a note longer than the form's 2000 characters,
 * sent straight to the engine's REST API, is refused naming {@code note} (no SQL, no Java), and the request stays in
 * review with its task open.
 */
class SubsidyReviewNoteLengthTest extends SubsidiesTest {

    @Autowired
    TaskService tasks;

    @Test
    void aReviewNoteLongerThanTheFormAllowsIsRefusedAndTheRequestStaysInReview() throws Exception {
        long program = program("250000.00", "8000.00");
        JsonNode inReview = submitted(TestUsers.HARBOR, program, content());
        long id = inReview.path("id").asLong();
        assertThat(inReview.path("status").asText()).isEqualTo("IN_REVIEW");
        String task = tasks.createTaskQuery().processDefinitionKey(WageSubsidyReviewProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(id)).singleResult().getId();
        TasklistSession staff = TasklistSession.signIn(port, TestUsers.STAFF);
        staff.send("POST", TasklistSession.task(task) + "/claim", "{\"userId\":\"" + TestUsers.STAFF + "\"}");

        HttpResponse<String> answer = staff.send("POST", TasklistSession.task(task) + "/submit-form",
                "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},\"note\":{\"value\":\"" + "x".repeat(5000) + "\"}}}");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("note: must be at most 2000 characters, not 5000")
                .doesNotContainIgnoringCase("sql").doesNotContain("VARYING").doesNotContain("xxxxxxxxxx");
        assertThat(tasks.createTaskQuery().taskId(task).count()).as("the task stays open").isOne();
        assertThat(as(TestUsers.STAFF).get("/api/subsidy-requests/" + id).json().path("status").asText()).isEqualTo("IN_REVIEW");
    }
}
