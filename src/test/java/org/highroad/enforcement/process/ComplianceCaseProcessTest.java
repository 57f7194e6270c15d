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
 * The findings that enter a compliance case are reviewed in rounds, one auditor task per round (ADR 0021): the auditor
 * confirms each finding, or dismisses it with a reason, and the last review completes the round's task; findings that
 * join later get the next round.
 */
class ComplianceCaseProcessTest extends CaseTest {

    @Autowired
    org.operaton.bpm.engine.HistoryService history;

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
                .processInstanceBusinessKey(String.valueOf(caseId)).taskDefinitionKey(ComplianceCaseProcess.TASK_REVIEW_ROUND).list();
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
    void eachFindingIsReviewedByAnAuditorWhoConfirmsOrDismissesWithAReasonInOneTaskForTheRound() {
        long contract = contractWithStatement("Case review");
        assertThat(post(TestUsers.HARBOR, contract, WEEK, UNDERPAID).status()).isEqualTo(201);
        JsonNode c = theCase(contract);
        long caseId = c.path("id").asLong();
        int findings = c.path("findings").size();
        assertThat(findings).as("Lee's base underpayment and the share shortfall").isEqualTo(2);
        assertThat(tasks.createTaskQuery().processDefinitionKey(ComplianceCaseProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(caseId)).count())
                .as("the review round is prepared by the job executor, not in the payroll request").isZero();
        long underpaid = findingOf(c, "UNDERPAID_BASE");
        assertThat(as(TestUsers.HARBOR).post("/api/cases/" + caseId + "/findings/" + underpaid + "/review",
                Map.of("decision", "CONFIRM", "reason", "")).status()).isEqualTo(403);
        // the database is the record: a review before the round's task exists is recorded, and the round covers the rest
        Response confirmed = as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/findings/" + underpaid + "/review",
                Map.of("decision", "CONFIRM", "reason", "Rate below Schedule A, checked against the timesheets"));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().path("confirmedFindings").asInt()).isEqualTo(1);

        List<Task> round = reviews(caseId);
        assertThat(round).as("one task for the round, not one per finding").hasSize(1);
        assertThat(tasks.createTaskQuery().taskCandidateGroup("auditors").processDefinitionKey(ComplianceCaseProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(caseId)).count()).isEqualTo(1);
        assertThat(round.get(0).getName()).as("whose findings, how many, how much").isEqualTo("Review 1 finding of "
                + vendorName(c) + ", $0.00 at stake (case " + caseId + ")"); // a share shortfall owes no restitution
        assertThat(tasks.getVariables(round.get(0).getId())).as("ids and flags: the findings are read from the case, not copied")
                .containsEntry(ComplianceCaseProcess.VAR_CASE_ID, caseId).containsEntry(ComplianceCaseProcess.VAR_ROUND_THROUGH, findings)
                .doesNotContainKeys("findingSummary", ComplianceCaseProcess.VAR_DECISION, ComplianceCaseProcess.VAR_REASON);
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId).body()).contains("UNDERPAID_BASE", "5678", "29 CFR 5.5(a)(1)");
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
        assertThat(reviews(caseId)).as("the last review completed the round's task").isEmpty();
        assertThat(history.createHistoricTaskInstanceQuery().processDefinitionKey(ComplianceCaseProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(caseId)).taskDefinitionKey(ComplianceCaseProcess.TASK_REVIEW_ROUND)
                .singleResult().getDeleteReason()).as("completed, not deleted").isEqualTo("completed");
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/notices").json()).as("the notice follows").hasSize(1);
    }

    @Test
    void findingsThatJoinDuringARoundAreReviewedInTheNextAndATasklistCompletionWithFindingsPendingIsSentBack() {
        long contract = contractWithStatement("Case joins");
        assertThat(post(TestUsers.HARBOR, contract, WEEK, UNDERPAID).status()).isEqualTo(201);
        long caseId = theCase(contract).path("id").asLong();
        assertThat(reviews(caseId)).hasSize(1);
        int first = theCase(contract).path("findings").size();
        assertThat(post(TestUsers.HARBOR, contract, "2027-01-16", HEADER + "\n" + row(1, "Lee", "5678", "50.00", "2000.00",
                ELECTRICIAN) + "\n").status()).isEqualTo(201);
        JsonNode joined = theCase(contract);
        assertThat(joined.path("id").asLong()).isEqualTo(caseId);
        int added = joined.path("findings").size() - first;
        assertThat(added).isPositive();
        assertThat(reviews(caseId)).as("the running round covers the findings it started with").hasSize(1);

        // completing the round's task in Tasklist with its findings pending and no decision: sent back, saying so
        Task task = reviews(caseId).get(0);
        tasks.claim(task.getId(), TestUsers.AUDITOR);
        submit(task.getId(), Map.of());
        Task again = reviews(caseId).get(0);
        assertThat((String) tasks.getVariable(again.getId(), ComplianceCaseProcess.VAR_REFUSAL))
                .isEqualTo(first + " findings of this round are still pending: review them on the case page (/staff/cases/" + caseId
                        + "), or choose one decision and its reason for all of them");
        submit(again.getId(), Map.of("decision", "DISMISS", "reason", ""));
        again = reviews(caseId).get(0);
        assertThat(tasks.getVariable(again.getId(), ComplianceCaseProcess.VAR_REFUSAL)).isEqualTo("a decision on many findings needs its reason");

        // one decision for all the round's findings still pending: each recorded; the joined findings get their own round
        submit(again.getId(), Map.of("decision", "DISMISS", "reason", "Duplicate of an earlier week"));
        JsonNode after = get(caseId);
        assertThat(after.path("dismissedFindings").asInt()).isEqualTo(first);
        assertThat(after.path("pendingFindings").asInt()).isEqualTo(added);
        List<Task> next = reviews(caseId);
        assertThat(next).as(after.toString()).hasSize(1);
        assertThat(next.get(0).getId()).isNotEqualTo(again.getId());
        assertThat(next.get(0).getName()).startsWith("Review " + added + " finding");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_type = 'compliance-case' and subject_id = ? "
                + "and action = 'FINDING DISMISSED'", Long.class, caseId)).as("each finding recorded one by one").isEqualTo(first);
    }

    private void submit(String taskId, Map<String, Object> answers) {
        identityService.setAuthentication(TestUsers.AUDITOR, List.of("auditors"));
        try {
            formService.submitTaskForm(taskId, answers);
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Autowired
    org.highroad.vendors.VendorRegistry vendors;

    private String vendorName(JsonNode c) {
        return vendors.legalName(c.path("vendorId").asLong());
    }

    @Autowired
    org.operaton.bpm.engine.IdentityService identityService;
    @Autowired
    org.operaton.bpm.engine.FormService formService;
}
