package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highroad.enforcement.process.ComplianceCaseProcess;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Findings of a payroll that a correction supersedes leave their compliance case's review, on the README walkthrough's
 * payroll: Andre Johnson (worker 5678) paid $42.00 with $25.00 to plans against the committed $45.00 and $26.85, then a
 * correction that pays him in full. Their review round ends when none of its findings is left, a review of one is refused, no notice names them; a notice
 * issued for them before stands as sent, the ledger reverses what they owed and the case says they no longer stand.
 */
class SupersededFindingsTest extends CaseTest {

    private long contract;
    private long caseId;
    private List<Long> original;

    @BeforeEach
    void harborFilesTheWalkthroughPayroll() throws Exception {
        contract = executedContract("Superseded findings " + System.nanoTime());
        assertThat(send(TestUsers.HARBOR, "/api/contracts/" + contract + "/compliance-statements", "application/json",
                Files.readString(Path.of("docs/walkthrough/statement-of-compliance.json"))).status()).isEqualTo(201);
        Response payroll = post(TestUsers.HARBOR, contract, WEEK, Files.readString(Path.of("docs/walkthrough/payroll-week-1.csv")));
        assertThat(payroll.status()).as(payroll.body()).isEqualTo(201);
        caseId = caseOf(contract).path("id").asLong();
        original = findingIds(get(caseId));
        assertThat(original).hasSize(4);
    }

    private Response correct() throws Exception {
        Response correction = post(TestUsers.HARBOR, contract, WEEK, correctedWalkthroughPayroll());
        assertThat(correction.status()).as(correction.body()).isEqualTo(201);
        return correction;
    }

    @Test
    void supersededFindingsLeaveReviewTheirTasksEndAReviewIsRefusedAndNoNoticeNamesThem() throws Exception {
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_REVIEW_ROUND)).as("one review task for the round").hasSize(1);

        correct();

        JsonNode c = get(caseId);
        for (JsonNode f : c.path("findings")) {
            if (original.contains(f.path("finding").path("id").asLong())) {
                assertThat(f.path("review").asText()).as(f.toString()).isEqualTo("SUPERSEDED");
                assertThat(f.path("finding").path("status").asText()).isEqualTo("SUPERSEDED");
            }
        }
        assertThat(c.path("supersededFindings").asInt()).isEqualTo(4);
        assertThat(c.path("pendingFindings").asInt()).as("only the correction's own findings wait for review")
                .isEqualTo(findingIds(c).size() - 4);
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_REVIEW_ROUND)).as("the correction's own findings: the next round")
                .hasSize(1);
        assertThat(history.createHistoricActivityInstanceQuery().activityId(ComplianceCaseProcess.END_ROUND_SETTLED)
                .processInstanceId(instance()).count()).as("the round's findings all left review: its task ended by its boundary event")
                .isEqualTo(1);
        Response refused = as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/findings/" + original.get(0) + "/review",
                Map.of("decision", "CONFIRM", "reason", "Rates checked against Schedule A"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("superseded");

        reviewAll(caseId, Set.of()); // the correction's own findings: its share shortfalls, dismissed
        c = get(caseId);
        assertThat(c.path("status").asText()).isEqualTo("CLOSED");
        assertThat(c.path("outcome").asText()).as("nothing stands: superseded or dismissed").isEqualTo("SUPERSEDED");
        assertThat(c.path("closedReason").asText()).contains("superseded");
        assertThat(processEnded(caseId)).isTrue();
        assertThat(as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/notices").json()).as("no notice for them").isEmpty();
        assertThat(as(TestUsers.HARBOR).get("/api/cases/" + caseId).json().path("closedReason").asText())
                .as("written by the rules, read by the contractor").contains("superseded");
    }

    @Test
    void aNoticeIssuedForFindingsLaterSupersededStandsAsSentTheLedgerReversesThemAndTheCaseSaysNoneStands() throws Exception {
        reviewAll(caseId, Set.of("UNDERPAID_BASE", "FRINGE_SHORTFALL"));
        JsonNode notices = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/notices").json();
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).path("amountOwed").decimalValue()).isEqualByComparingTo("194.00");
        List<Long> noticed = new ArrayList<>();
        notices.get(0).path("findingIds").forEach(id -> noticed.add(id.asLong()));

        correct();

        JsonNode c = get(caseId);
        assertThat(c.path("status").asText()).isEqualTo("OPEN");
        assertThat(c.path("confirmedFindings").asInt()).as("no confirmed finding stands").isZero();
        assertThat(c.path("supersededFindings").asInt()).isEqualTo(2);
        assertThat(c.path("outstanding").decimalValue()).isEqualByComparingTo("0.00");
        JsonNode ledger = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/ledger").json();
        assertThat(ledger.path("entries").findValuesAsText("kind").stream().filter("OWED_REVERSED"::equals)).hasSize(2);
        JsonNode step = null;
        for (JsonNode s : as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/steps").json()) {
            if (s.path("step").asText().equals("FINDINGS") && s.path("decision").asText().equals("SUPERSEDED")) {
                step = s;
            }
        }
        assertThat(step).as("the contractor reads which findings no longer stand").isNotNull();
        assertThat(step.path("rationale").asText()).contains("notice 1").contains(String.valueOf(noticed.get(0)))
                .contains("no finding of this case stands");
        assertThat(step.path("amount").decimalValue()).isEqualByComparingTo("194.00");
        assertThat(as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/notices").json()).as("the notice stands as sent").hasSize(1);

        reviewAll(caseId, Set.of()); // the correction's share shortfalls, dismissed: nothing to notice
        assertThat(as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/notices").json()).hasSize(1);
        assertThat(get(caseId).path("status").asText()).as("the cure period runs on").isEqualTo("OPEN");
        passDeadline(caseId);
        c = get(caseId);
        assertThat(c.path("status").asText()).isEqualTo("CLOSED");
        assertThat(c.path("outcome").asText()).as("nothing open, nothing outstanding").isEqualTo("CLOSED_OFF_LADDER");
    }

    private String instance() {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(ComplianceCaseProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(caseId)).singleResult().getId();
    }

    private static List<Long> findingIds(JsonNode c) {
        List<Long> out = new ArrayList<>();
        c.path("findings").forEach(f -> out.add(f.path("finding").path("id").asLong()));
        return out;
    }
}
