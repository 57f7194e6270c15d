package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Set;
import org.highroad.enforcement.process.ComplianceCaseProcess;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.PageSession;
import org.highroad.support.TestUsers;
import org.highroad.transparency.OcdsPublication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A payment a NOT_CURED verification took in was not accepted (PaymentVerdicts): it no longer counts toward what is still
 * owed, so its replacement can be recorded (and no more than what is owed), and it is never published or counted as
 * paid, nor as reported and awaiting verification. Paid, for the public and the agency's overview, is what a CURED
 * verification accepted.
 */
class PaymentRefusedByVerificationTest extends CaseTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    OcdsPublication publication;

    @Test
    void aRefusedPaymentCanBeReplacedAndIsNeverCountedAsPaid() throws Exception {
        long caseId = openCase("Refused payment replaced " + System.nanoTime());
        long contract = get(caseId).path("contractId").asLong();
        long solicitation = as(TestUsers.OFFICER).get("/api/contracts/" + contract).json().path("solicitationId").asLong();
        reviewAll(caseId, Set.of("UNDERPAID_BASE")); // 5678 is owed $200.00
        assertThat(pay(TestUsers.HARBOR, caseId, "5678", "200.00").status()).isEqualTo(201);

        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_VERIFY)).hasSize(1);
        Response refused = decide(TestUsers.AUDITOR, caseId, "verification", "NOT_CURED",
                "The check did not clear: the payment is not accepted, pay and report again");
        assertThat(refused.status()).as(refused.body()).isIn(200, 204);
        Jobs.runDue(management);

        // the contractor's page: the payment not accepted, $200.00 still owed, and the form offers it
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        String page = harbor.get("/portal/cases/" + caseId + "?lang=en").body();
        assertThat(page).contains("not accepted as curing the case", "5678 (still owed $200.00)");

        // published and on the agency's overview: nothing paid, nothing reported awaiting verification
        publication.publishChangesOf(solicitation);
        assertThat(metric(solicitation, "restitution-paid")).isEqualByComparingTo("0.00");
        assertThat(metric(solicitation, "restitution-reported")).isEqualByComparingTo("0.00");
        JsonNode row = row(contract);
        assertThat(row.path("paid").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(row.path("outstanding").decimalValue()).isEqualByComparingTo("200.00");

        // the replacement is recorded; the ceiling still holds for it
        Response replacement = pay(TestUsers.HARBOR, caseId, "5678", "200.00");
        assertThat(replacement.status()).as(replacement.body()).isEqualTo(201);
        Response above = pay(TestUsers.HARBOR, caseId, "5678", "0.01");
        assertThat(above.status()).as(above.body()).isEqualTo(422);
        assertThat(above.errorFor("payments[0].amount")).contains("nothing is still owed to worker 5678");
        publication.publishChangesOf(solicitation);
        assertThat(metric(solicitation, "restitution-paid")).isEqualByComparingTo("0.00");
        assertThat(metric(solicitation, "restitution-reported")).isEqualByComparingTo("200.00");

        // accepted as curing: paid, once
        Response cured = decide(TestUsers.AUDITOR, caseId, "verification", "CURED", "Replacement check 2217 cleared at the bank");
        assertThat(cured.status()).as(cured.body()).isIn(200, 204);
        Jobs.runDue(management);
        publication.publishChangesOf(solicitation);
        assertThat(metric(solicitation, "restitution-paid")).isEqualByComparingTo("200.00");
        assertThat(metric(solicitation, "restitution-reported")).isEqualByComparingTo("0.00");
        assertThat(row(contract).path("paid").decimalValue()).isEqualByComparingTo("200.00");
    }

    private BigDecimal metric(long solicitation, String id) throws Exception {
        Response record = anonymous().get("/public/ocds/records/" + publication.ocidOfSolicitation(solicitation));
        assertThat(record.status()).as(record.body()).isEqualTo(200);
        JsonNode compiled = JSON.readTree(record.body()).path("records").get(0).path("compiledRelease");
        for (JsonNode m : compiled.path("contracts").get(0).path("implementation").path("metrics")) {
            if (id.equals(m.path("id").asText())) {
                return m.path("observations").get(0).path("value").path("amount").decimalValue();
            }
        }
        return BigDecimal.ZERO; // not published: nothing
    }

    private JsonNode row(long contract) {
        Response r = as(TestUsers.AUDITOR).get("/api/oversight/agencies/DEMO-CITY");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (JsonNode c : r.json().path("contracts")) {
            if (c.path("contractId").asLong() == contract) {
                return c;
            }
        }
        throw new AssertionError("contract " + contract + " is not on the dashboard");
    }
}
