package org.highroad.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.highroad.support.Http.Response;
import org.junit.jupiter.api.Test;

/**
 * Asking where a complaint stands by its receipt, without a login: the stage only (no employer, worksite, account or
 * contact detail comes back), 404 for a receipt no complaint has, 400 naming the field for one not written as a
 * receipt, and at most ten questions a minute from one client (429 with Retry-After), counted apart from filing.
 */
class ComplaintStatusTest extends ComplaintsTest {

    @Test
    void aReceiptTellsTheStageAndNothingElseAndQuestionsAreLimited() {
        jdbc.update("delete from rate_counter where scope like 'complaint-status-%'");
        // the questions below fall in one fresh minute of the application's clock
        java.time.Instant now = clock.instant();
        clock.advance(java.time.Duration.between(now, now.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).plusSeconds(61)));
        Response filed = anonymous().post("/api/public/complaints", Map.of("employer", "Harbor Builders", "worksite",
                "Branch library, 5 Elm St", "narrative", "Paid for 40 of 50 hours.", "anonymous", false, "contact",
                Map.of("name", "Ana Lopez", "phone", "555-0199")));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String receipt = filed.json().path("receipt").asText();

        Response asked = anonymous().post("/api/public/complaints/status", Map.of("receipt", " " + receipt.toLowerCase() + " "));
        assertThat(asked.status()).as(asked.body()).isEqualTo(200);
        assertThat(asked.json().path("receipt").asText()).isEqualTo(receipt);
        assertThat(asked.json().path("stage").asText()).isEqualTo("RECEIVED");
        assertThat(asked.body()).doesNotContain("Harbor", "Elm", "Ana", "555", "hours");
        assertThat(asked.json().size()).as("receipt and stage only").isEqualTo(2);

        assertThat(anonymous().post("/api/public/complaints/status", Map.of("receipt", "WC-0000-0000")).status()).isEqualTo(404);
        Response bad = anonymous().post("/api/public/complaints/status", Map.of("receipt", "12345"));
        assertThat(bad.status()).isIn(400, 422);
        assertThat(bad.errorFor("receipt")).contains("WC-7K3M-9QXD");

        // three asked so far; seven more are answered this minute, the eleventh waits
        int refused = 0;
        for (int i = 0; i < 8; i++) {
            Response r = anonymous().post("/api/public/complaints/status", Map.of("receipt", receipt));
            refused += r.status() == 429 ? 1 : 0;
        }
        assertThat(refused).as("the 11th question in the minute").isEqualTo(1);
    }
}
