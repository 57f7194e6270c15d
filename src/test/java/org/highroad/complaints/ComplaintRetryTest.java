package org.highroad.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.highroad.support.Http;
import org.junit.jupiter.api.Test;

/**
 * A complaint sent again because its answer was lost (the node died after the commit, the connection broke) is the
 * same complaint when it carries the same {@code Idempotency-Key}: one complaint, one triage, the first receipt again.
 * Without a key, two posts are two complaints, as before (two workers may send the same words).
 */
class ComplaintRetryTest extends ComplaintsTest {

    @Test
    void theSameKeyAgainIsTheSameComplaintWithItsFirstReceipt() throws Exception {
        byte[] body = Http.JSON.writeValueAsBytes(with(complaint(), "narrative", "Retry " + UUID.randomUUID() + ": paid 40 of 50 hours."));
        String key = "Idempotency-Key: " + UUID.randomUUID();
        int before = complaints();
        int processes = triages();

        PublicClient.Answer first = publicClient().postWithHeader(key, body);
        PublicClient.Answer again = publicClient().postWithHeader(key, body);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().path("receipt").asText()).isEqualTo(first.json().path("receipt").asText());
        assertThat(again.json().path("receivedAt").asText()).isEqualTo(first.json().path("receivedAt").asText());
        assertThat(complaints()).as("complaints").isEqualTo(before + 1);
        assertThat(triages()).as("triage processes").isEqualTo(processes + 1);
    }

    @Test
    void theSameKeyForAnotherComplaintIsRefusedAndNothingIsKept() throws Exception {
        String key = "Idempotency-Key: " + UUID.randomUUID();
        PublicClient.Answer first = publicClient().postWithHeader(key, Http.JSON.writeValueAsBytes(complaint()));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        int before = complaints();
        int stored = submissions();

        PublicClient.Answer other = publicClient().postWithHeader(key,
                Http.JSON.writeValueAsBytes(with(complaint(), "hoursClaimed", 45)));

        assertThat(other.status()).as(other.body()).isEqualTo(422);
        assertThat(other.body()).contains("Idempotency-Key");
        assertThat(complaints()).isEqualTo(before);
        assertThat(submissions()).isEqualTo(stored);
    }

    @Test
    void withoutAKeyTwoPostsAreTwoComplaints() throws Exception {
        byte[] body = Http.JSON.writeValueAsBytes(complaint());
        int before = complaints();

        assertThat(publicClient().postBytes(body).status()).isEqualTo(201);
        assertThat(publicClient().postBytes(body).status()).isEqualTo(201);

        assertThat(complaints()).isEqualTo(before + 2);
    }

    @Test
    void aKeyThatIsNotAPlainTokenIsRefusedNamingTheHeader() throws Exception {
        int before = complaints();
        for (String key : new String[] {"x".repeat(256), "", "two words"}) {
            PublicClient.Answer answer = publicClient().postWithHeader("Idempotency-Key: " + key,
                    Http.JSON.writeValueAsBytes(complaint()));
            assertThat(answer.status()).as(key + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.json().path("errors").get(0).path("field").asText()).isEqualTo("Idempotency-Key");
        }
        assertThat(complaints()).isEqualTo(before);
    }

    private int triages() {
        return jdbc.queryForObject("select count(*) from act_hi_procinst where proc_def_key_ = 'workerComplaint'", Integer.class);
    }

}
