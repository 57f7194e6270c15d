package org.highroad.enforcement.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.highroad.enforcement.CaseTest;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every finding that enters a compliance case gets a review task for the auditors, showing the finding, the payroll
 * row behind it and the rule; the auditor confirms it, or dismisses it with a reason; findings that join later get
 * their own task.
 */
class ComplianceCaseProcessTest extends CaseTest {

    private JsonNode theCase(long contract) {
        for (JsonNode c : as(TestUsers.AUDITOR).all("/api/cases").json()) {
            if (c.path("contractId").asLong() == contract) {
                return c;
            }
        }
        throw new AssertionError("no case for contract " + contract);
    }

    private List<Task> reviews(long caseId) {
        Jobs.runDue(management); // a review round is prepared by the job executor
        return tasks.createTaskQuery().processDefinitionKey(ComplianceCaseProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(caseId)).taskDefinitionKey(ComplianceCaseProcess.TASK_REVIEW_FINDING).list();
    }

    private long findingOf(JsonNode c, String kind) {
        for (JsonNode f : c.path("findings")) {
            if (f.path("finding").path("kind").asText().equals(kind)) {
                return f.path("finding").path("id").asLong();
            }
        }
        throw new AssertionError("no " + kind + " in " + c);
    }

    @Test
    void eachFindingIsReviewedByAnAuditorWhoConfirmsOrDismissesWithAReason() {
        long contract = contractWithStatement("Case review");
        assertThat(post(TestUsers.HARBOR, contract, WEEK, UNDERPAID).status()).isEqualTo(201);
        JsonNode c = theCase(contract);
        long caseId = c.path("id").asLong();
        int findings = c.path("findings").size();
        assertThat(tasks.createTaskQuery().processDefinitionKey(ComplianceCaseProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(caseId)).count())
                .as("the review round is prepared by the job executor, not in the payroll request").isZero();
        Response early = as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/findings/" + findingOf(c, "UNDERPAID_BASE")
                + "/review", Map.of("decision", "CONFIRM", "reason", "Rate below Schedule A"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body()).contains("being prepared");
        assertThat(reviews(caseId)).hasSize(findings);
        assertThat(tasks.createTaskQuery().taskCandidateGroup("auditors").processDefinitionKey(ComplianceCaseProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(caseId)).count())
                .isEqualTo(findings);

        long underpaid = findingOf(c, "UNDERPAID_BASE");
        Task task = reviews(caseId).stream().filter(t -> Long.valueOf(underpaid).equals(
                ((Number) tasks.getVariable(t.getId(), ComplianceCaseProcess.VAR_FINDING_ID)).longValue())).findFirst().orElseThrow();
        assertThat(tasks.getVariables(task.getId())).as("ids and flags: the finding is read from the case, not copied")
                .containsEntry(ComplianceCaseProcess.VAR_CASE_ID, caseId).doesNotContainKeys("findingSummary",
                        ComplianceCaseProcess.VAR_DECISION, ComplianceCaseProcess.VAR_REASON);
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId).body()).contains("UNDERPAID_BASE", "5678", "29 CFR 5.5(a)(1)");

        assertThat(as(TestUsers.HARBOR).post("/api/cases/" + caseId + "/findings/" + underpaid + "/review",
                Map.of("decision", "CONFIRM", "reason", "")).status()).isEqualTo(403);
        Response confirmed = as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/findings/" + underpaid + "/review",
                Map.of("decision", "CONFIRM", "reason", "Rate below Schedule A, checked against the timesheets"));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().path("confirmedFindings").asInt()).isEqualTo(1);
        assertThat(reviews(caseId)).hasSize(findings - 1);
        assertThat(as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/findings/" + underpaid + "/review",
                Map.of("decision", "DISMISS", "reason", "again")).status()).as("reviewed once").isEqualTo(409);

        long share = findingOf(c, "SHARE_SHORTFALL");
        Response noReason = as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/findings/" + share + "/review",
                Map.of("decision", "DISMISS"));
        assertThat(noReason.status()).isEqualTo(409);
        assertThat(noReason.body()).contains("dismissal needs its reason");
        Response dismissed = as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/findings/" + share + "/review",
                Map.of("decision", "DISMISS", "reason", "First week of a 12-week contract; shares are measured at completion"));
        assertThat(dismissed.status()).as(dismissed.body()).isEqualTo(200);
        assertThat(dismissed.json().path("dismissedFindings").asInt()).isEqualTo(1);
        assertThat(dismissed.json().path("amountOwed").decimalValue()).isEqualByComparingTo("200.00");
        JsonNode audit = as(TestUsers.AUDITOR).get("/api/cases/" + caseId).json();
        assertThat(audit.path("findings").findValuesAsText("reviewedBy")).contains("auditor");
    }

    @Test
    void findingsThatJoinDuringARoundAreReviewedWhenItEndsAndATasklistDismissalWithoutReasonIsSentBack() {
        long contract = contractWithStatement("Case joins");
        assertThat(post(TestUsers.HARBOR, contract, WEEK, UNDERPAID).status()).isEqualTo(201);
        long caseId = theCase(contract).path("id").asLong();
        int first = reviews(caseId).size();
        assertThat(post(TestUsers.HARBOR, contract, "2027-01-16", HEADER + "\n" + row(1, "Lee", "5678", "50.00", "2000.00",
                ELECTRICIAN) + "\n").status()).isEqualTo(201);
        JsonNode joined = theCase(contract);
        assertThat(joined.path("id").asLong()).isEqualTo(caseId);
        int added = joined.path("findings").size() - first;
        assertThat(added).isPositive();
        assertThat(reviews(caseId)).as("the running round covers the findings it started with").hasSize(first);

        // completing the Tasklist form with DISMISS and no reason: the review is refused and the task comes back
        Task task = reviews(caseId).get(0);
        Object finding = tasks.getVariable(task.getId(), ComplianceCaseProcess.VAR_FINDING_ID);
        tasks.claim(task.getId(), TestUsers.AUDITOR);
        identityService.setAuthentication(TestUsers.AUDITOR, List.of("auditors"));
        try {
            formService.submitTaskForm(task.getId(), Map.of("decision", "DISMISS", "reason", ""));
        } finally {
            identityService.clearAuthentication();
        }
        Task again = reviews(caseId).stream().filter(t -> finding.equals(tasks.getVariable(t.getId(),
                ComplianceCaseProcess.VAR_FINDING_ID))).findFirst().orElseThrow();
        assertThat(tasks.getVariable(again.getId(), ComplianceCaseProcess.VAR_REFUSAL)).isEqualTo("a dismissal needs its reason");

        // the first round ends: the joined findings get their own round
        List<Long> firstRound = reviews(caseId).stream().map(t -> ((Number) tasks.getVariable(t.getId(),
                ComplianceCaseProcess.VAR_FINDING_ID)).longValue()).toList();
        for (Long f : firstRound) {
            assertThat(as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/findings/" + f + "/review",
                    Map.of("decision", "DISMISS", "reason", "Duplicate of an earlier week")).status()).isEqualTo(200);
        }
        assertThat(reviews(caseId)).as(get(caseId).toString()).hasSize(added);
        assertThat(get(caseId).path("pendingFindings").asInt()).isEqualTo(added);
    }

    @Autowired
    org.operaton.bpm.engine.IdentityService identityService;
    @Autowired
    org.operaton.bpm.engine.FormService formService;
}
