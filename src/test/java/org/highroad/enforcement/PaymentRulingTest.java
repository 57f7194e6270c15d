package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.highroad.enforcement.process.ComplianceCaseProcess;
import org.highroad.notifications.domain.NoticeTexts;
import org.highroad.support.AtOnce;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.PageSession;
import org.highroad.support.TestUsers;
import org.highroad.transparency.OcdsPublication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The auditor rules on each payment a verification takes in (PaymentRulings): a refused payment (a check returned
 * unpaid) counts neither as paid (the public contract page's OCDS figures, the agency's overview, the case's ledger)
 * nor toward what is still owed, so the contractor may pay again; the contractor reads the reason on its case page
 * and is told in its messages, in English and Spanish. A refused payment the case needs does not let CURED close it
 * with money outstanding; only the payments the verification takes in are ruled on, each once.
 */
class PaymentRulingTest extends CaseTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOUNCED = "Check 1001 was returned unpaid by the bank";

    @Autowired
    OcdsPublication publication;

    @Autowired
    NoticeTexts noticeTexts;

    @Test
    void aRefusedPaymentIsNotPaidCanBePaidAgainAndTheContractorReadsWhy() throws Exception {
        long caseId = openCase("Refused payment " + System.nanoTime());
        long contract = get(caseId).path("contractId").asLong();
        long solicitation = as(TestUsers.OFFICER).get("/api/contracts/" + contract).json().path("solicitationId").asLong();
        reviewAll(caseId, Set.of("UNDERPAID_BASE")); // 5678 is owed $200.00
        assertThat(pay(TestUsers.HARBOR, caseId, "5678", "200.00").status()).isEqualTo(201);
        long payment = payments(caseId).get(0);
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_VERIFY)).hasSize(1);

        Response refused = verify(TestUsers.AUDITOR, caseId, "NOT_CURED", "The payment to worker 5678 did not clear",
                List.of(Map.of("payment", payment, "reason", BOUNCED)));
        assertThat(refused.status()).as(refused.body()).isEqualTo(200);
        Jobs.runDue(management);

        // the case's figures: nothing paid, the $200.00 still owed, the payment listed as refused with its reason
        JsonNode ledger = as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger").json();
        assertThat(ledger.path("totals").path("paid").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(ledger.path("totals").path("outstanding").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(get(caseId).path("outstanding").decimalValue()).isEqualByComparingTo("200.00");

        // the public figures and the agency's overview: neither paid nor reported awaiting verification
        publication.publishChangesOf(solicitation);
        assertThat(metric(solicitation, "restitution-paid")).isEqualByComparingTo("0.00");
        assertThat(metric(solicitation, "restitution-reported")).isEqualByComparingTo("0.00");
        assertThat(row(contract).path("paid").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(row(contract).path("outstanding").decimalValue()).isEqualByComparingTo("200.00");

        // the contractor reads which payment was refused, and why, in English and Spanish
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        String page = harbor.get("/portal/cases/" + caseId + "?lang=en").body();
        assertThat(page).contains("id=\"refused-payment-" + payment + "\"", "Payments the auditor did not accept",
                "Worker 5678, $200.00 paid on", "not accepted. The auditor&#39;s reason: " + BOUNCED);
        // one word for a worker on the page: its table's "Persona trabajadora", not "Trabajador" beside it
        assertThat(harbor.get("/portal/cases/" + caseId + "?lang=es").body()).contains("Pagos que el auditor no aceptó",
                "Persona trabajadora 5678, $200.00 pagado el", "Motivo del auditor: " + BOUNCED).doesNotContain("Trabajador 5678");
        harbor.get("/portal/cases/" + caseId + "?lang=en");

        // and is told in its messages (from a code: the reason stays on the case page)
        List<String> sent = jdbc.queryForList("select args from notification where kind = 'PAYMENTS_REFUSED' and link = ?",
                String.class, "/portal/cases/" + caseId);
        assertThat(sent).isNotEmpty();
        for (String args : sent) {
            NoticeTexts.Text english = noticeTexts.of("PAYMENTS_REFUSED", Locale.ENGLISH, args);
            assertThat(english.subject()).isEqualTo("Case " + caseId + ": the auditor did not accept a payment you reported");
            assertThat(english.body()).contains("agency's auditor", "does not count as paid").doesNotContain(BOUNCED, "{");
            assertThat(noticeTexts.of("PAYMENTS_REFUSED", Locale.forLanguageTag("es"), args).subject())
                    .isEqualTo("Caso " + caseId + ": el auditor no aceptó un pago que usted informó");
        }

        // the contractor pays again, up to what is owed
        Response again = pay(TestUsers.HARBOR, caseId, "5678", "200.00");
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        Response above = pay(TestUsers.HARBOR, caseId, "5678", "0.01");
        assertThat(above.status()).as(above.body()).isEqualTo(422);
        assertThat(above.errorFor("payments[0].amount")).contains("nothing is still owed to worker 5678");

        // the refused payment cannot be ruled on again; the new one is accepted and closes the case
        Response twice = verify(TestUsers.AUDITOR, caseId, "CURED", "Replacement check cleared at the bank",
                List.of(Map.of("payment", payment, "reason", "Refused once more, for the record")));
        assertThat(twice.status()).as(twice.body()).isEqualTo(409);
        assertThat(twice.body()).contains("payment " + payment + " was already ruled on");
        Response cured = verify(TestUsers.AUDITOR, caseId, "CURED", "Replacement check cleared at the bank", List.of());
        assertThat(cured.status()).as(cured.body()).isEqualTo(200);
        assertThat(get(caseId).path("status").asText()).isEqualTo("CLOSED");
        publication.publishChangesOf(solicitation);
        assertThat(metric(solicitation, "restitution-paid")).isEqualByComparingTo("200.00");
        assertThat(row(contract).path("paid").decimalValue()).isEqualByComparingTo("200.00");
    }

    @Test
    void curedDoesNotCloseWithARefusedPaymentOutstandingAndOnlyPaymentsTakenInAreRuledOn() {
        long caseId = openCase("Refused payment cured " + System.nanoTime());
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        assertThat(pay(TestUsers.HARBOR, caseId, "5678", "200.00").status()).isEqualTo(201);
        long payment = payments(caseId).get(0);
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_VERIFY)).hasSize(1);
        long owedEntry = as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger").json().path("entries")
                .findParents("kind").stream().filter(e -> e.path("kind").asText().equals("OWED")).findFirst()
                .orElseThrow().path("id").asLong();

        // only an auditor rules
        Response contractor = verify(TestUsers.HARBOR, caseId, "CURED", "", List.of(Map.of("payment", payment,
                "reason", BOUNCED)));
        assertThat(contractor.status()).isEqualTo(403);
        // an entry that is no payment this verification takes in, and a reason the contractor cannot read
        Response notTakenIn = verify(TestUsers.AUDITOR, caseId, "NOT_CURED", "The payment to worker 5678 did not clear",
                List.of(Map.of("payment", owedEntry, "reason", BOUNCED), Map.of("payment", payment, "reason", "no")));
        assertThat(notTakenIn.status()).as(notTakenIn.body()).isEqualTo(422);
        assertThat(notTakenIn.errorFor("refusals[0].payment")).contains("payment " + owedEntry
                + " is not one this verification takes in");
        assertThat(notTakenIn.errorFor("refusals[1].reason")).contains("the contractor reads it");

        // CURED refusing the payment the case needs: refused by the closing rule, nothing recorded
        Response cured = verify(TestUsers.AUDITOR, caseId, "CURED", "", List.of(Map.of("payment", payment, "reason", BOUNCED)));
        assertThat(cured.status()).as(cured.body()).isEqualTo(409);
        assertThat(cured.body()).contains("restitution of $200.00 is outstanding");
        assertThat(get(caseId).path("status").asText()).isEqualTo("OPEN");
        assertThat(jdbc.queryForObject("select count(*) from payment_ruling where case_id = ?", Long.class, caseId)).isZero();
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_VERIFY)).hasSize(1);

        // accepted by default: the payment counts as paid
        Response accepted = verify(TestUsers.AUDITOR, caseId, "CURED", "", List.of());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(get(caseId).path("status").asText()).isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("select count(*) from payment_ruling where case_id = ? and refused = false",
                Long.class, caseId)).isEqualTo(1L);
    }

    @Test
    void theSameRulingSentTwiceAtOnceIsMadeOnce() throws Exception {
        long caseId = openCase("Ruling sent twice " + System.nanoTime());
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        assertThat(pay(TestUsers.HARBOR, caseId, "5678", "200.00").status()).isEqualTo(201);
        long payment = payments(caseId).get(0);
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_VERIFY)).hasSize(1);
        List<Callable<Response>> twice = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            twice.add(() -> verify(TestUsers.AUDITOR, caseId, "NOT_CURED", "The payment to worker 5678 did not clear",
                    List.of(Map.of("payment", payment, "reason", BOUNCED))));
        }
        List<Integer> statuses = AtOnce.atOnce(twice).stream().map(Response::status).sorted().toList();
        assertThat(statuses).as("one ruling made, the other refused as a conflict").containsExactly(200, 409);
        assertThat(jdbc.queryForObject("select count(*) from payment_ruling where ledger_entry_id = ?", Long.class, payment))
                .isEqualTo(1L);
        assertThat(jdbc.queryForObject("select count(*) from case_step where case_id = ? and step = 'VERIFICATION'",
                Long.class, caseId)).isEqualTo(1L);
        assertThat(get(caseId).path("outstanding").decimalValue()).isEqualByComparingTo("200.00");
    }

    @Test
    void aRefusalWithoutItsPaymentOrWithALongReasonIsToldInTheHousesWords() {
        long caseId = openCase("Refusal words " + System.nanoTime());
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        assertThat(pay(TestUsers.HARBOR, caseId, "5678", "200.00").status()).isEqualTo(201);
        long payment = payments(caseId).get(0);
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_VERIFY)).hasSize(1);
        Map<String, Object> unnamed = new java.util.HashMap<>();
        unnamed.put("reason", BOUNCED); // no payment named
        Response wrong = verify(TestUsers.AUDITOR, caseId, "NOT_CURED", "The payment to worker 5678 did not clear",
                List.of(Map.of("payment", payment, "reason", BOUNCED), unnamed));
        assertThat(wrong.status()).as(wrong.body()).isEqualTo(422);
        assertThat(wrong.errorFor("refusals[1].payment")).startsWith("name the payment refused (its number)");
        assertThat(wrong.body()).doesNotContain("payment -1", "size must be between");
        Response tooLong = verify(TestUsers.AUDITOR, caseId, "NOT_CURED", "The payment to worker 5678 did not clear",
                List.of(Map.of("payment", payment, "reason", "x".repeat(501))));
        assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(422);
        assertThat(tooLong.errorFor("refusals[0].reason")).startsWith("at most 500 characters");
        assertThat(jdbc.queryForObject("select count(*) from payment_ruling where case_id = ?", Long.class, caseId)).isZero();
    }

    private Response verify(String user, long caseId, String decision, String reason, List<Map<String, Object>> refusals) {
        return as(user).post("/api/cases/" + caseId + "/verification", Map.of("decision", decision, "reason", reason,
                "refusals", refusals));
    }

    /** The ledger entry ids of the case's payments, in the order recorded. */
    private List<Long> payments(long caseId) {
        return as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger").json().path("entries").findParents("kind")
                .stream().filter(e -> e.path("kind").asText().equals("PAID")).map(e -> e.path("id").asLong()).toList();
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
        throw new AssertionError("contract " + contract + " not on the dashboard");
    }
}
