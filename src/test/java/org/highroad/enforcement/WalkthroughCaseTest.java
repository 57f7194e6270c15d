package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highroad.enforcement.process.ComplianceCaseProcess;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The README walkthrough's enforcement steps with its own files ({@code docs/walkthrough/}): the walkthrough payroll's
 * underpayment reaches the auditor's Tasklist, is confirmed, the notice PDF names the $194.00 owed, Harbor records the
 * payment, the auditor verifies and the case closes with a zero balance; the findings say how their review went and
 * the contract's compliance counts none as open. If a file or a rule changes, the README's figures must change with it.
 */
class WalkthroughCaseTest extends CaseTest {

    @Test
    void theUnderpaymentIsConfirmedNoticedPaidVerifiedAndClosedWithAZeroBalance() throws Exception {
        long contract = executedContract("Walkthrough case");
        assertThat(send(TestUsers.HARBOR, "/api/contracts/" + contract + "/compliance-statements", "application/json",
                Files.readString(Path.of("docs/walkthrough/statement-of-compliance.json"))).status()).isEqualTo(201);
        assertThat(post(TestUsers.HARBOR, contract, WEEK, Files.readString(Path.of("docs/walkthrough/payroll-week-1.csv")))
                .status()).isEqualTo(201);

        JsonNode c = caseOf(contract);
        long caseId = c.path("id").asLong();
        assertThat(c.path("amountOwed").decimalValue()).isEqualByComparingTo("194.00");
        Jobs.runDue(management); // the job executor prepares the review round
        assertThat(tasks.createTaskQuery().taskCandidateGroup("auditors").processDefinitionKey(ComplianceCaseProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(caseId))
                .taskDefinitionKey(ComplianceCaseProcess.TASK_REVIEW_ROUND).count()).as("one task for the round").isEqualTo(1);

        reviewAll(caseId, Set.of("UNDERPAID_BASE", "FRINGE_SHORTFALL"));
        assertThat(statuses(contract)).as("each finding says how its review went").containsOnly(
                Map.entry("UNDERPAID_BASE", "CONFIRMED"), Map.entry("FRINGE_SHORTFALL", "CONFIRMED"),
                Map.entry("SHARE_SHORTFALL", "DISMISSED"));
        JsonNode reviewed = as(TestUsers.HARBOR).get("/api/contracts/" + contract + "/payroll-compliance").json();
        assertThat(reviewed.path("openFindings").asInt()).as("confirmed, not yet cured").isEqualTo(2);
        assertThat(reviewed.path("amountOwed").decimalValue()).isEqualByComparingTo("194.00");
        JsonNode notice = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/notices").json().get(0);
        assertThat(notice.path("amountOwed").decimalValue()).isEqualByComparingTo("194.00");
        assertThat(pdfText(TestUsers.HARBOR, notice.path("pdf").asText())).contains("Notice of non-compliance",
                "Total restitution owed to workers: $194.00", "$120.00", "$74.00");

        Response paid = send(TestUsers.HARBOR, "/api/cases/" + caseId + "/responses", "application/json",
                Files.readString(Path.of("docs/walkthrough/restitution-payment.json")).replace("PAID_ON",
                        LocalDate.now(clock).toString()));
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        Response verified = as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/verification", Map.of("decision", "CURED",
                "reason", "Check and plan deposit receipt seen"));
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().path("status").asText()).isEqualTo("CLOSED");
        assertThat(verified.json().path("outstanding").decimalValue()).isEqualByComparingTo("0.00");
        JsonNode ledger = as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger").json();
        assertThat(ledger.path("totals").path("owed").decimalValue()).isEqualByComparingTo("194.00");
        assertThat(ledger.path("totals").path("paid").decimalValue()).isEqualByComparingTo("194.00");
        assertThat(ledger.path("totals").path("outstanding").decimalValue()).isEqualByComparingTo("0.00");

        assertThat(statuses(contract)).as("the cured findings are resolved").containsOnly(
                Map.entry("UNDERPAID_BASE", "RESOLVED"), Map.entry("FRINGE_SHORTFALL", "RESOLVED"),
                Map.entry("SHARE_SHORTFALL", "DISMISSED"));
        for (String user : List.of(TestUsers.AUDITOR, TestUsers.HARBOR)) {
            JsonNode compliance = as(user).get("/api/contracts/" + contract + "/payroll-compliance").json();
            assertThat(compliance.path("openFindings").asInt()).as("nothing is left open").isZero();
            assertThat(compliance.path("amountOwed").decimalValue()).isEqualByComparingTo("0.00");
        }
    }

    /** Kind and status of each payroll finding on the contract (every finding of a kind has the same status here). */
    private Map<String, String> statuses(long contract) {
        Map<String, String> byKind = new HashMap<>();
        for (JsonNode f : as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings").json()) {
            String before = byKind.put(f.path("kind").asText(), f.path("status").asText());
            assertThat(before == null || before.equals(f.path("status").asText())).as(f.toString()).isTrue();
        }
        return byKind;
    }
}
