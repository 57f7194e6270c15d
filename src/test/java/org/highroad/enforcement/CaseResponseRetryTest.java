package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * A contractor's response sent again because its answer was lost is one response when it carries the same
 * {@code Idempotency-Key}: a restitution payment sent twice must not be counted as paid twice in the ledger.
 */
class CaseResponseRetryTest extends CaseTest {

    private static final String KEY = "Idempotency-Key";

    @Test
    void aPaymentSentAgainWithItsKeyIsOneResponseAndIsPaidOnce() {
        long caseId = openCase("Response sent again");
        reviewAll(caseId, java.util.Set.of("UNDERPAID_BASE")); // Lee's $200.00 owed
        Map<String, Object> payment = Map.of("kind", "RESTITUTION_PAYMENT", "payments", List.of(Map.of("workerRef", "5678",
                "amount", "50.00", "paidOn", java.time.LocalDate.now(clock).toString(), "evidence", "check 1001")));
        String key = UUID.randomUUID().toString();

        Response first = as(TestUsers.HARBOR).post("/api/cases/" + caseId + "/responses", payment, KEY, key);
        Response again = as(TestUsers.HARBOR).post("/api/cases/" + caseId + "/responses", payment, KEY, key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().path("id").asLong()).isEqualTo(first.json().path("id").asLong());
        assertThat(again.json().path("submittedAt").asText()).isEqualTo(first.json().path("submittedAt").asText());
        assertThat(jdbc.queryForObject("select count(*) from case_response where case_id = ?", Integer.class, caseId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from case_ledger_entry where case_id = ? and kind = 'PAID'", Integer.class, caseId))
                .as("payments in the ledger").isEqualTo(1);
    }

    @Test
    void theSameKeyForAnotherResponseIsRefused() {
        long caseId = openCase("Key used for another response");
        String key = UUID.randomUUID().toString();
        Response first = as(TestUsers.HARBOR).post("/api/cases/" + caseId + "/responses",
                Map.of("kind", "CORRECTIVE_ACTION_PLAN", "text", "Back pay on Friday"), KEY, key);
        assertThat(first.status()).as(first.body()).isEqualTo(201);

        Response other = as(TestUsers.HARBOR).post("/api/cases/" + caseId + "/responses",
                Map.of("kind", "CORRECTIVE_ACTION_PLAN", "text", "Back pay on Monday"), KEY, key);

        assertThat(other.status()).as(other.body()).isEqualTo(422);
        assertThat(other.body()).contains(KEY);
        assertThat(jdbc.queryForObject("select count(*) from case_response where case_id = ?", Integer.class, caseId)).isEqualTo(1);
    }

    @Test
    void withoutAKeyTwoPlansAreTwoResponses() {
        long caseId = openCase("Two plans");
        Map<String, Object> plan = Map.of("kind", "CORRECTIVE_ACTION_PLAN", "text", "Back pay on Friday");
        assertThat(as(TestUsers.HARBOR).post("/api/cases/" + caseId + "/responses", plan).status()).isEqualTo(201);
        assertThat(as(TestUsers.HARBOR).post("/api/cases/" + caseId + "/responses", plan).status()).isEqualTo(201);
        assertThat(jdbc.queryForObject("select count(*) from case_response where case_id = ?", Integer.class, caseId)).isEqualTo(2);
    }
}
