package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * A withholding is taken once from one payment to the contractor: the same withholding sent twice at once records one
 * entry and both answers show the same ledger; another amount from the same payment is refused (409 naming
 * {@code paymentReference}); another payment is another withholding.
 */
class WithholdingSentTwiceTest extends CaseTest {

    @Test
    void theSameWithholdingSentTwiceAtOnceIsHeldOnce() throws Exception {
        long caseId = openCase("Withholding sent twice");
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        String path = "/api/cases/" + caseId + "/ledger/withholdings";
        Map<String, Object> body = Map.of("amount", "40.00", "paymentReference", "PAY-APP-7");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Response> answers = new ArrayList<>();
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> sent = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sent.add(pool.submit(() -> {
                    go.await();
                    return as(TestUsers.AUDITOR).post(path, body);
                }));
            }
            go.countDown();
            for (Future<Response> f : sent) {
                answers.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        for (Response a : answers) {
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            assertThat(a.json().path("totals").path("held").decimalValue()).isEqualByComparingTo("40.00");
        }
        assertThat(withheld(caseId)).hasSize(1);

        // sent again later: the same answer, nothing more held
        assertThat(as(TestUsers.AUDITOR).post(path, Map.of("amount", "40.00", "paymentReference", " PAY-APP-7 ")).status())
                .isEqualTo(200);
        Response other = as(TestUsers.AUDITOR).post(path, Map.of("amount", "25.00", "paymentReference", "PAY-APP-7"));
        assertThat(other.status()).as(other.body()).isEqualTo(409);
        assertThat(other.body()).contains("paymentReference", "$40.00 was already withheld from PAY-APP-7");
        assertThat(withheld(caseId)).hasSize(1);

        Response next = as(TestUsers.AUDITOR).post(path, Map.of("amount", "25.00", "paymentReference", "PAY-APP-8"));
        assertThat(next.status()).as(next.body()).isEqualTo(200);
        assertThat(next.json().path("totals").path("held").decimalValue()).isEqualByComparingTo("65.00");
        assertThat(withheld(caseId)).hasSize(2);
    }

    private List<JsonNode> withheld(long caseId) {
        List<JsonNode> out = new ArrayList<>();
        as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger").json().path("entries").forEach(e -> {
            if (e.path("kind").asText().equals("WITHHELD")) {
                out.add(e);
            }
        });
        return out;
    }
}
