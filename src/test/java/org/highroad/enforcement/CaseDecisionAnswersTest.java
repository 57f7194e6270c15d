package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.highroad.enforcement.process.ComplianceCaseProcess;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * A decision on a case through the API: a reason that does not say enough is a rule on the body (422 at the field
 * {@code reason}, the task stays open); a step that awaits no decision is a conflict (409) that names the step in words,
 * never the process model's element id.
 */
class CaseDecisionAnswersTest extends CaseTest {

    @Test
    void aShortReasonIsRefusedAtItsFieldAndAStepNotPendingIsNamedInWords() {
        long caseId = openCase("Case decision answers");
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));

        Response verify = decide(TestUsers.AUDITOR, caseId, "verification", "NOT_CURED", "Still owed back wages");
        assertThat(verify.status()).as(verify.body()).isEqualTo(409);
        assertThat(verify.json().path("detail").asText()).isEqualTo("no correction of case " + caseId
                + " awaits verification now");
        Response escalation = decide(TestUsers.AUDITOR, caseId, "escalation", "APPLY", "Withhold what is owed now");
        assertThat(escalation.status()).as(escalation.body()).isEqualTo(409);
        assertThat(escalation.json().path("detail").asText()).isEqualTo("no escalation step of case " + caseId
                + " awaits a decision now");
        Response referral = decide(TestUsers.ADMIN, caseId, "debarment-referral", "APPROVE", "Repeated wage theft, uncured");
        assertThat(referral.status()).as(referral.body()).isEqualTo(409);
        assertThat(referral.json().path("detail").asText()).isEqualTo("no debarment referral of case " + caseId
                + " awaits approval now");
        assertThat(verify.body() + escalation.body() + referral.body()).doesNotContain("userTask_", "task of case");

        assertThat(as(TestUsers.HARBOR).post("/api/cases/" + caseId + "/responses", Map.of("kind", "CORRECTIVE_ACTION_PLAN",
                "text", "Rates now read from Schedule A")).status()).isEqualTo(201);
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_VERIFY)).hasSize(1);
        for (String reason : new String[] {"", "too short"}) {
            Response notCured = decide(TestUsers.AUDITOR, caseId, "verification", "NOT_CURED", reason);
            assertThat(notCured.status()).as(notCured.body()).isEqualTo(422);
            assertThat(notCured.errorFor("reason")).contains("say what is still missing (a reason of at least 10 characters)");
        }
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_VERIFY)).as("nothing recorded: the task waits").hasSize(1);
        Response enough = decide(TestUsers.AUDITOR, caseId, "verification", "NOT_CURED", "The $200.00 is still owed to Lee");
        assertThat(enough.status()).as(enough.body()).isEqualTo(200);
    }
}
