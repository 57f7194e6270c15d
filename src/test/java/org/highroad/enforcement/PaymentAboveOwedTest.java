package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highroad.support.AtOnce;
import org.highroad.support.Http.Response;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * A restitution payment is evidence against what is still owed to its worker: one above it (a typed $500.00 for
 * $50.00) is refused at the amount, with what is still owed, on the portal's case page (English and Spanish) and on the
 * API, and one when nothing is owed any more too; two payments sent at once are checked one after the other. The page's
 * amount is read as the staff ledger forms read it: "1e3" and "1.005" are refused at the field.
 */
class PaymentAboveOwedTest extends CaseTest {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    @Test
    void aPaymentAboveWhatIsStillOwedIsRefusedOnThePageAndTheApi() throws Exception {
        long caseId = openCase("Payment above what is owed");
        reviewAll(caseId, Set.of("UNDERPAID_BASE")); // 5678 is owed $200.00

        Response api = pay(TestUsers.HARBOR, caseId, "5678", "500.00");
        assertThat(api.status()).as(api.body()).isEqualTo(422);
        assertThat(api.errorFor("payments[0].amount")).contains("at most $200.00 is still owed to worker 5678",
                "a payment of $500.00 cannot be recorded");
        assertThat(paid(caseId)).isEqualByComparingTo("0.00");
        assertThat(pay(TestUsers.HARBOR, caseId, "5678", "150.00").status()).isEqualTo(201);

        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        Page above = payOnPage(harbor, caseId, "?lang=en", "60.00");
        assertThat(above.status()).isEqualTo(422);
        assertThat(above.body()).contains("at most $50.00 is still owed to worker 5678", "href=\"#amount\"");
        Page aboveEs = payOnPage(harbor, caseId, "?lang=es", "60.00");
        assertThat(aboveEs.status()).isEqualTo(422);
        assertThat(aboveEs.body()).contains("al trabajador 5678 se le adeuda todavía como máximo $50.00 en este caso",
                "no se puede registrar un pago de $60.00").doesNotContain("is still owed");

        // the page reads the amount as the staff's ledger forms do: no exponent, no fraction of a cent
        Page exponent = payOnPage(harbor, caseId, "?lang=en", "1e1");
        assertThat(exponent.status()).isEqualTo(422);
        assertThat(exponent.body()).contains("write the amount in dollars and cents", "href=\"#amount\"");
        Page cents = payOnPage(harbor, caseId, "?lang=es", "10.005");
        assertThat(cents.status()).isEqualTo(422);
        assertThat(cents.body()).contains("debe estar en centavos enteros", "href=\"#amount\"");
        assertThat(paid(caseId)).isEqualByComparingTo("150.00");

        // two payments of $30.00 at once, $50.00 still owed: one is recorded, the other told what is still owed
        List<Callable<Page>> both = List.of(() -> payOnPage(harbor, caseId, "?lang=en", "30.00"),
                () -> payOnPage(harbor, caseId, "?lang=en", "30.00"));
        List<Page> answers = AtOnce.atOnce(both);
        assertThat(answers).extracting(Page::status).containsExactlyInAnyOrder(302, 422);
        assertThat(answers.stream().filter(a -> a.status() == 422).findFirst().orElseThrow().body())
                .contains("at most $20.00 is still owed to worker 5678");
        assertThat(paid(caseId)).isEqualByComparingTo("180.00");

        assertThat(payOnPage(harbor, caseId, "?lang=en", "20.00").status()).isEqualTo(302);
        Response nothing = pay(TestUsers.HARBOR, caseId, "5678", "5.00");
        assertThat(nothing.status()).as(nothing.body()).isEqualTo(422);
        assertThat(nothing.errorFor("payments[0].amount")).contains("nothing is still owed to worker 5678 in this case",
                "$200.00 owed is reported paid");
        Page nothingEs = payOnPage(harbor, caseId, "?lang=es", "1.00");
        assertThat(nothingEs.status()).isEqualTo(422);
        assertThat(nothingEs.body()).contains("al trabajador 5678 ya no se le adeuda nada en este caso");
        assertThat(paid(caseId)).isEqualByComparingTo("200.00");
    }

    private java.math.BigDecimal paid(long caseId) {
        return as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger").json().path("totals").path("paid").decimalValue();
    }

    /** The case page's payment form, drawn and sent with its own one-time token. */
    private Page payOnPage(PageSession session, long caseId, String lang, String amount) {
        String page = session.get("/portal/cases/" + caseId + lang).body();
        Matcher token = FORM_TOKEN.matcher(page);
        assertThat(token.find(page.indexOf("/portal/cases/" + caseId + "/payments"))).as("the payment form's token").isTrue();
        return session.post("/portal/cases/" + caseId + "/payments" + lang, Map.of("workerRef", "5678", "amount", amount,
                "paidOn", LocalDate.now(clock).toString(), "evidence", "check " + amount, "formToken", token.group(1)));
    }
}
