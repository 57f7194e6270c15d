package org.highroad.enforcement.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Set;
import org.highroad.enforcement.CaseTest;
import org.highroad.support.TasklistSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * In Tasklist the auditor refuses a payment on the verification form, one "number: reason" a line: a line that names
 * no payment sends the task back saying so, nothing recorded; the form lists each payment with its number and marks
 * those to rule on; a well-formed line refuses the payment, which then counts as not paid.
 */
class PaymentRulingInTasklistTest extends CaseTest {

    @Test
    void theVerificationFormRefusesAPaymentNamedByItsNumber() throws Exception {
        long caseId = openCase("Refused in Tasklist " + System.nanoTime());
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        assertThat(pay(TestUsers.HARBOR, caseId, "5678", "200.00").status()).isEqualTo(201);
        long payment = as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger").json().path("entries").findParents("kind")
                .stream().filter(e -> e.path("kind").asText().equals("PAID")).findFirst().orElseThrow().path("id").asLong();
        String task = openTasks(caseId, ComplianceCaseProcess.TASK_VERIFY).get(0).getId();
        TasklistSession auditor = TasklistSession.signIn(port, TestUsers.AUDITOR);
        auditor.send("POST", TasklistSession.task(task) + "/claim", "{\"userId\":\"" + TestUsers.AUDITOR + "\"}");
        JsonNode rows = TasklistSession.parsed(auditor.formVariables(task).path(CaseFormValues.SHOWN_PAYMENTS));
        assertThat(rows.get(0).path("payment").asText()).isEqualTo(String.valueOf(payment));
        assertThat(rows.get(0).path("ruling").asText()).isEqualTo("To rule on");

        HttpResponse<String> malformed = auditor.send("POST", TasklistSession.task(task) + "/submit-form",
                "{\"variables\":{\"decision\":{\"value\":\"NOT_CURED\"},\"reason\":{\"value\":\"The check did not clear\"},"
                        + "\"refusedPayments\":{\"value\":\"the check bounced\"}}}");
        assertThat(malformed.statusCode()).as(malformed.body()).isIn(200, 204);
        String again = openTasks(caseId, ComplianceCaseProcess.TASK_VERIFY).get(0).getId();
        auditor.send("POST", TasklistSession.task(again) + "/claim", "{\"userId\":\"" + TestUsers.AUDITOR + "\"}");
        assertThat(auditor.formVariables(again).path("refusal").path("value").asText())
                .contains("each line names one payment refused");
        assertThat(jdbc.queryForObject("select count(*) from payment_ruling where case_id = ?", Long.class, caseId)).isZero();

        // a payment this verification does not take in, a reason too short, a payment named twice: each sends the task
        // back with why, nothing recorded (the engine's transaction is not spoiled by the refusal)
        for (String[] wrong : new String[][] {
                {(payment + 1_000_000) + ": a payment that is not in this case", "is not one this verification takes in"},
                {payment + ": short", "say why payment " + payment + " is refused"},
                {payment + ": Check 1001 was returned unpaid\\n" + payment + ": Check 1001 was returned again",
                        "payment " + payment + " is named twice"}}) {
            HttpResponse<String> sentBack = auditor.send("POST", TasklistSession.task(again) + "/submit-form",
                    "{\"variables\":{\"decision\":{\"value\":\"NOT_CURED\"},\"reason\":{\"value\":\"The check did not clear\"},"
                            + "\"refusedPayments\":{\"value\":\"" + wrong[0] + "\"}}}");
            assertThat(sentBack.statusCode()).as(sentBack.body()).isIn(200, 204);
            again = openTasks(caseId, ComplianceCaseProcess.TASK_VERIFY).get(0).getId();
            auditor.send("POST", TasklistSession.task(again) + "/claim", "{\"userId\":\"" + TestUsers.AUDITOR + "\"}");
            assertThat(auditor.formVariables(again).path("refusal").path("value").asText()).contains(wrong[1]);
            assertThat(jdbc.queryForObject("select count(*) from payment_ruling where case_id = ?", Long.class, caseId)).isZero();
        }

        HttpResponse<String> refused = auditor.send("POST", TasklistSession.task(again) + "/submit-form",
                "{\"variables\":{\"decision\":{\"value\":\"NOT_CURED\"},\"reason\":{\"value\":\"The check did not clear\"},"
                        + "\"refusedPayments\":{\"value\":\"" + payment + ": Check 1001 was returned unpaid by the bank\"}}}");
        assertThat(refused.statusCode()).as(refused.body()).isIn(200, 204);
        assertThat(jdbc.queryForObject("select reason from payment_ruling where ledger_entry_id = ? and refused = true",
                String.class, payment)).isEqualTo("Check 1001 was returned unpaid by the bank");
        assertThat(get(caseId).path("outstanding").decimalValue()).isEqualByComparingTo("200.00");
    }

    @Test
    void aPaymentAnEarlierVerificationAcceptedSaysSoOnTheNextForm() throws Exception {
        long caseId = openCase("Accepted in Tasklist " + System.nanoTime());
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        assertThat(pay(TestUsers.HARBOR, caseId, "5678", "120.00").status()).isEqualTo(201);
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_VERIFY)).hasSize(1);
        assertThat(decide(TestUsers.AUDITOR, caseId, "verification", "NOT_CURED", "Still $80.00 to pay to worker 5678")
                .status()).isEqualTo(200);
        assertThat(pay(TestUsers.HARBOR, caseId, "5678", "80.00").status()).isEqualTo(201);
        String task = openTasks(caseId, ComplianceCaseProcess.TASK_VERIFY).get(0).getId();
        TasklistSession auditor = TasklistSession.signIn(port, TestUsers.AUDITOR);
        auditor.send("POST", TasklistSession.task(task) + "/claim", "{\"userId\":\"" + TestUsers.AUDITOR + "\"}");
        JsonNode rows = TasklistSession.parsed(auditor.formVariables(task).path(CaseFormValues.SHOWN_PAYMENTS));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).path("amount").asText()).isEqualTo("$120.00");
        assertThat(rows.get(0).path("ruling").asText()).as("accepted by the first verification, not an empty cell")
                .isEqualTo("Accepted on " + org.highroad.platform.process.FormText.date(java.time.LocalDate.now(clock)));
        assertThat(rows.get(1).path("ruling").asText()).isEqualTo("To rule on");
    }
}
