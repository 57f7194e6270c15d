package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highroad.enforcement.process.ComplianceCaseProcess;
import org.highroad.support.Http.Response;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * A restitution payment sent twice is recorded once: the portal's payment form posted twice at once (a double
 * click) with its one-time token, and the API's payment sent twice at once with one Idempotency-Key; the public contract
 * page counts as paid only what an auditor's verification took in, and names what the contractor reports apart.
 */
class PaymentSentTwiceTest extends CaseTest {

    private static final Pattern FORM_TOKEN = Pattern.compile("/payments\"[\\s\\S]*?name=\"formToken\" value=\"([^\"]+)\"");

    @Test
    void thePaymentFormPostedTwiceAtOnceRecordsOnePaymentAndThePublicPageWaitsForTheAuditor() throws Exception {
        long caseId = openCase("Payment form sent twice");
        long contract = get(caseId).path("contractId").asLong();
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        String token = token(harbor.get("/portal/cases/" + caseId).body());
        assertThat(token(harbor.get("/portal/cases/" + caseId).body())).as("each page drawn has its own form").isNotEqualTo(token);
        Map<String, String> form = Map.of("workerRef", "5678", "amount", "40.00", "paidOn", LocalDate.now(clock).toString(),
                "evidence", "check 1001", "formToken", token);

        List<Page> answers = twice(() -> harbor.post("/portal/cases/" + caseId + "/payments", form));
        for (Page a : answers) {
            assertThat(a.status()).as(a.body()).isEqualTo(302);
            assertThat(a.location()).endsWith("/portal/cases/" + caseId + "?paid");
        }
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/responses").json().size()).isEqualTo(1);
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger").json().path("totals").path("paid")
                .decimalValue()).isEqualByComparingTo("40.00");

        // the same page sent again later (resent, back and send) is the same payment too
        assertThat(harbor.post("/portal/cases/" + caseId + "/payments", form).status()).isEqualTo(302);
        // the same form with other figures is refused, the first payment standing, and a new form drawn
        Map<String, String> changed = new java.util.HashMap<>(form);
        changed.put("amount", "50.00");
        Page refused = harbor.post("/portal/cases/" + caseId + "/payments", changed);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("this form was already sent with other figures", "href=\"#workerRef\"");
        assertThat(token(refused.body())).isNotEqualTo(token);
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/responses").json().size()).isEqualTo(1);

        // the public page: confirmed $200.00 owed; the $40.00 is reported by the contractor, not yet paid
        String before = anonymous(contract, "");
        assertThat(before).contains("<dt>Restitution owed to workers (confirmed findings)</dt><dd><span class=\"fig\">$200.00</span></dd>",
                "<dt>Restitution paid</dt><dd><span class=\"fig\">$0.00</span></dd>",
                "<dt>Restitution the contractor reports paid, not yet verified by the agency</dt><dd><span class=\"fig\">$40.00</span></dd>");
        assertThat(anonymous(contract, "?lang=es"))
                .contains("Restitución que el contratista declara pagada, aún no verificada por la agencia");

        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_VERIFY)).hasSize(1);
        Response notCured = decide(TestUsers.AUDITOR, caseId, "verification", "NOT_CURED", "Lee is owed $160.00 more");
        assertThat(notCured.status()).as(notCured.body()).isEqualTo(200);
        String after = anonymous(contract, "");
        assertThat(after).contains("<dt>Restitution paid</dt><dd><span class=\"fig\">$40.00</span></dd>").doesNotContain("not yet verified");
    }

    @Test
    void theApiPaymentSentTwiceAtOnceWithOneKeyIsRecordedOnce() throws Exception {
        long caseId = openCase("API payment sent twice");
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        Map<String, Object> body = Map.of("kind", "RESTITUTION_PAYMENT", "payments", List.of(Map.of("workerRef", "5678",
                "amount", "40.00", "paidOn", LocalDate.now(clock).toString(), "evidence", "check 1002")));
        List<Response> answers = twice(() -> as(TestUsers.HARBOR)
                .post("/api/cases/" + caseId + "/responses", body, "Idempotency-Key", "pay-5678-check-1002"));
        assertThat(answers).extracting(Response::status).allMatch(s -> s == 200 || s == 201);
        assertThat(answers.get(0).json().path("id").asLong()).isEqualTo(answers.get(1).json().path("id").asLong());
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger").json().path("totals").path("paid")
                .decimalValue()).isEqualByComparingTo("40.00");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.highroad.transparency.OcdsPublication publication;

    /** The contract's public page as published: the changes of its solicitation published first. */
    private String anonymous(long contract, String query) throws Exception {
        publication.publishChangesOf(as(TestUsers.AUDITOR).get("/api/contracts/" + contract).json().path("solicitationId").asLong());
        String path = "/public/contracts/" + contract + query;
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + path)).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    private static String token(String page) {
        Matcher m = FORM_TOKEN.matcher(page);
        assertThat(m.find()).as("the payment form carries its token").isTrue();
        return m.group(1);
    }

    /** The same request from two threads released together, as a double click sends it. */
    private static <T> List<T> twice(java.util.concurrent.Callable<T> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> sent = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sent.add(pool.submit(() -> {
                    go.await();
                    return request.call();
                }));
            }
            go.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : sent) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
