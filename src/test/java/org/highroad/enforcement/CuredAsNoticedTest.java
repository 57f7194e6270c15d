package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.highroad.enforcement.process.ComplianceCaseProcess;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * A correction that cured every finding its notice named is verified CURED although a newer finding joined the case
 * meanwhile (ADR 0033): the case stays open for the newcomer, which is reviewed on its own; confirmed, it gets its own
 * (amended) notice and verification; dismissed, the case closes as resolved. (What the notice named and is not cured
 * is still refused as cured: {@code CaseLifecycleTest}.)
 */
class CuredAsNoticedTest extends CaseTest {

    private static final Set<String> UNDERPAYMENT = Set.of("UNDERPAID_BASE");

    @Test
    void curedAsNoticedWhileANewcomerAwaitsReviewThenTheNewcomerHasItsOwnNoticeAndVerification() {
        long caseId = openCase("Cured as noticed, newcomer confirmed");
        reviewAll(caseId, UNDERPAYMENT);
        long contract = get(caseId).path("contractId").asLong();
        assertThat(pay(TestUsers.HARBOR, caseId, "5678", "200.00").status()).isEqualTo(201);
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_VERIFY)).hasSize(1);
        assertThat(post(TestUsers.HARBOR, contract, "2027-01-16", HEADER + "\n" + row(1, "Lee", "5678", "50.00", "2000.00",
                ELECTRICIAN) + "\n").status()).isEqualTo(201);
        assertThat(get(caseId).path("pendingFindings").asInt()).isPositive();

        Response cured = decide(TestUsers.AUDITOR, caseId, "verification", "CURED", "Check 2217 verified against the bank");
        assertThat(cured.status()).as(cured.body()).isEqualTo(200);
        JsonNode c = get(caseId);
        assertThat(c.path("status").asText()).as("open for the newcomer").isEqualTo("OPEN");
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_REVIEW_ROUND)).as("the newcomer is reviewed").hasSize(1);
        assertThat(as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/responses").json().get(0).path("verification")
                .asText()).isEqualTo("CURED");

        reviewAll(caseId, UNDERPAYMENT);
        JsonNode notices = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/notices").json();
        assertThat(notices).as("the newcomer's own notice").hasSize(2);
        JsonNode first = notices.get(0).path("findingIds");
        for (JsonNode id : notices.get(1).path("findingIds")) {
            assertThat(first.toString()).doesNotContain("," + id.asText() + ",", "[" + id.asText() + "]");
        }
        String owed = notices.get(1).path("amountOwed").decimalValue().toPlainString();
        assertThat(pay(TestUsers.HARBOR, caseId, "5678", owed).status()).isEqualTo(201);
        Response second = decide(TestUsers.AUDITOR, caseId, "verification", "CURED", "Check 2230 verified against the bank");
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(get(caseId).path("status").asText()).isEqualTo("CLOSED");
        assertThat(get(caseId).path("outcome").asText()).isEqualTo("RESOLVED");
    }

    @Test
    void curedAsNoticedAndTheNewcomerDismissedClosesTheCaseResolved() {
        long caseId = openCase("Cured as noticed, newcomer dismissed");
        reviewAll(caseId, UNDERPAYMENT);
        long contract = get(caseId).path("contractId").asLong();
        assertThat(pay(TestUsers.HARBOR, caseId, "5678", "200.00").status()).isEqualTo(201);
        assertThat(post(TestUsers.HARBOR, contract, "2027-01-16", HEADER + "\n" + row(1, "Lee", "5678", "50.00", "2000.00",
                ELECTRICIAN) + "\n").status()).isEqualTo(201);
        assertThat(get(caseId).path("pendingFindings").asInt()).isPositive();
        Response cured = decide(TestUsers.AUDITOR, caseId, "verification", "CURED", "Both checks verified against the bank");
        assertThat(cured.status()).as(cured.body()).isEqualTo(200);
        assertThat(get(caseId).path("status").asText()).isEqualTo("OPEN");
        reviewAll(caseId, Set.of()); // the newcomer dismissed
        JsonNode c = get(caseId);
        assertThat(c.path("status").asText()).isEqualTo("CLOSED");
        assertThat(c.path("outcome").asText()).isEqualTo("RESOLVED");
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/notices").json()).as("no notice for nothing").hasSize(1);
    }
}
