package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        assertThat(other.body()).contains("$40.00 was already withheld from payment PAY-APP-7").doesNotContain("paymentReference:");
        assertThat(withheld(caseId)).hasSize(1);

        Response next = as(TestUsers.AUDITOR).post(path, Map.of("amount", "25.00", "paymentReference", "PAY-APP-8"));
        assertThat(next.status()).as(next.body()).isEqualTo(200);
        assertThat(next.json().path("totals").path("held").decimalValue()).isEqualByComparingTo("65.00");
        assertThat(withheld(caseId)).hasSize(2);
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.highroad.enforcement.domain.CaseLedgerRepository ledgerLines;

    /**
     * One payment typed two ways (CHK-1 and chk-1) sent at once is one withholding: the database's unique index on the
     * reference's key settles the race; the ledger shows the reference as the auditor typed it.
     */
    @Test
    void onePaymentTypedTwoWaysAtOnceIsWithheldFromOnce() throws Exception {
        long caseId = openCase("Withholding typed two ways");
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        String path = "/api/cases/" + caseId + "/ledger/withholdings";
        List<Response> answers = org.highroad.support.AtOnce.atOnce(List.of(
                () -> as(TestUsers.AUDITOR).post(path, Map.of("amount", "10.00", "paymentReference", "CHK-1")),
                () -> as(TestUsers.AUDITOR).post(path, Map.of("amount", "10.00", "paymentReference", "chk-1"))));
        for (Response a : answers) {
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            assertThat(a.json().path("totals").path("held").decimalValue()).isEqualByComparingTo("10.00");
        }
        List<JsonNode> once = withheld(caseId);
        assertThat(once).hasSize(1);
        assertThat(once.get(0).toString()).containsAnyOf("\"CHK-1\"", "\"chk-1\""); // as typed, not upper-cased

        // inner white space and case: the same payment; another amount from it is refused, naming the first
        Response other = as(TestUsers.AUDITOR).post(path, Map.of("amount", "25.00", "paymentReference", " Chk-1 "));
        assertThat(other.status()).as(other.body()).isEqualTo(409);
        assertThat(other.body()).contains("$10.00 was already withheld from");
        assertThat(as(TestUsers.AUDITOR).post(path, Map.of("amount", "10.00", "paymentReference", "PAY  app\t7")).status())
                .isEqualTo(200);
        assertThat(as(TestUsers.AUDITOR).post(path, Map.of("amount", "10.00", "paymentReference", "pay app 7")).status())
                .isEqualTo(200);
        assertThat(withheld(caseId)).hasSize(2);
        assertThat(withheld(caseId).get(1).toString()).contains("PAY  app\\t7");

        // the rule is the database's, not only the service's check: a second row for the payment typed otherwise is
        // refused by the unique index
        assertThatThrownBy(() -> ledgerLines.saveAndFlush(new org.highroad.enforcement.domain.CaseLedgerRecord(caseId,
                new org.highroad.enforcement.ledger.LedgerEntry.Withheld(vendorOf(caseId), new java.math.BigDecimal("1.00"),
                        "chk-1", "auditor"), null, "auditor", java.time.Instant.now())))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(withheld(caseId)).hasSize(2);
    }

    private long vendorOf(long caseId) {
        return as(TestUsers.AUDITOR).get("/api/cases/" + caseId).json().path("vendorId").asLong();
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
