package org.highroad.enforcement.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.highroad.contracts.process.ContractAwardProcess;
import org.highroad.enforcement.CaseTest;
import org.highroad.platform.audit.AuditTrail;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.TasklistSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A form's length limit holds on the server too: an answer longer than the form's {@code maxLength} (the API's bound
 * and the column's), sent straight to the engine's REST API as a tampered browser would, is refused naming the field,
 * with no database statement or Java in the answer; nothing is recorded and the task stays open. The audit trail
 * refuses a reason longer than its column instead of cutting it.
 */
class FormAnswerLengthTest extends CaseTest {

    @Autowired
    AuditTrail audit;

    private static final String LONG = "x".repeat(5000);

    private static void refusedNaming(HttpResponse<String> answer, String field) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains(field + ": must be at most 2000 characters, not 5000")
                .doesNotContainIgnoringCase("sql").doesNotContainIgnoringCase("statement")
                .doesNotContain("VARYING").doesNotContain("xxxxxxxxxx").doesNotContain("org.");
    }

    @Test
    void aReviewRoundReasonLongerThanTheFormAllowsIsRefusedAndTheTaskStaysOpen() throws Exception {
        long caseId = openCase("Long review reason");
        String task = openTasks(caseId, ComplianceCaseProcess.TASK_REVIEW_ROUND).get(0).getId();
        TasklistSession auditor = TasklistSession.signIn(port, TestUsers.AUDITOR);
        auditor.send("POST", TasklistSession.task(task) + "/claim", "{\"userId\":\"" + TestUsers.AUDITOR + "\"}");

        refusedNaming(auditor.send("POST", TasklistSession.task(task) + "/submit-form",
                "{\"variables\":{\"decision\":{\"value\":\"CONFIRM\"},\"reason\":{\"value\":\"" + LONG + "\"}}}"), "reason");

        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_REVIEW_ROUND)).extracting(t -> t.getId()).containsExactly(task);
        for (JsonNode f : get(caseId).path("findings")) {
            assertThat(f.path("review").asText()).isEqualTo("PENDING");
        }
        // within the bound, the same form is recorded
        HttpResponse<String> fine = auditor.send("POST", TasklistSession.task(task) + "/submit-form",
                "{\"variables\":{\"decision\":{\"value\":\"CONFIRM\"},\"reason\":{\"value\":\"" + "y".repeat(2000) + "\"}}}");
        assertThat(fine.statusCode()).as(fine.body()).isIn(200, 204);
    }

    @Test
    void aLegalReviewReasonLongerThanTheFormAllowsIsRefusedNotCutInTheAuditTrail() throws Exception {
        long solicitation = publishedSolicitation("Long legal reason");
        long bid = submit(TestUsers.HARBOR, solicitation, strongBid("1100000"));
        deadlinePasses(solicitation);
        assertThat(review(bid, "CONFIRM", "verified", 5).status()).isEqualTo(200);
        Response awarded = as(TestUsers.OFFICER).post("/api/solicitations/" + solicitation + "/award",
                Map.of("bidId", bid, "reason", "Highest total score"));
        assertThat(awarded.status()).as(awarded.body()).isEqualTo(200);
        Jobs.runDue(management);
        long contract = -1;
        for (JsonNode c : as(TestUsers.OFFICER).all("/api/contracts").json()) {
            if (c.path("bidId").asLong() == bid) {
                contract = c.path("id").asLong();
            }
        }
        String task = tasks.createTaskQuery().processDefinitionKey(ContractAwardProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(contract)).taskDefinitionKey(ContractAwardProcess.TASK_LEGAL_REVIEW)
                .singleResult().getId();
        TasklistSession officer = TasklistSession.signIn(port, TestUsers.OFFICER);
        officer.send("POST", TasklistSession.task(task) + "/claim", "{\"userId\":\"" + TestUsers.OFFICER + "\"}");

        refusedNaming(officer.send("POST", TasklistSession.task(task) + "/submit-form",
                "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"},\"reason\":{\"value\":\"" + LONG + "\"}}}"), "reason");

        assertThat(as(TestUsers.OFFICER).get("/api/contracts/" + contract).json().path("status").asText())
                .isEqualTo("IN_LEGAL_REVIEW");
        assertThat(tasks.createTaskQuery().taskId(task).count()).as("the task stays open").isOne();
        assertThat(as(TestUsers.OFFICER).get("/api/contracts/" + contract + "/audit").body()).doesNotContain("xxxxxxxxxx");
    }

    @Test
    void theAuditTrailRefusesAReasonLongerThanItsColumnInsteadOfCuttingIt() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> audit.record("contract", 999_999L, "PROBE", "officer",
                        "z".repeat(AuditTrail.LONGEST_REASON + 1), null))
                .isInstanceOf(org.highroad.platform.validation.InvalidInputException.class)
                .hasMessageContaining("reason: must be at most " + AuditTrail.LONGEST_REASON + " characters");
        audit.record("contract", 999_999L, "PROBE", "officer", "z".repeat(AuditTrail.LONGEST_REASON), null);
        assertThat(audit.of("contract", 999_999L)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("z".repeat(AuditTrail.LONGEST_REASON)));
    }
}
