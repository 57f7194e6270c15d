package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.highroad.support.PageSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The staff case page reads a withholding's amount as dollars and cents only: scientific notation ({@code 1e3}, a typo
 * for 103), a decimal comma and a fraction of a cent are refused with 422 at the amount, in the house's words, nothing
 * held; "$1,200.50" is read as written (and refused only for being more than the contractor owes).
 */
class StaffCaseLedgerAmountTest extends CaseTest {

    @Test
    void scientificNotationAndFractionsOfACentAreRefusedAtTheAmount() {
        long caseId = openCase("Withholding amounts " + System.nanoTime());
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        String path = "/staff/cases/" + caseId;
        PageSession auditor = new PageSession(port);
        auditor.signIn(TestUsers.AUDITOR, TestUsers.PASSWORD);
        auditor.get(path);

        for (String typed : new String[] {"1e3", "1E3", "1e+3", "194,00", "+5"}) {
            PageSession.Page page = auditor.post(path + "/ledger/withholdings", Map.of("amount", typed, "paymentReference", "PAY-E"));
            assertThat(page.status()).as(typed).isEqualTo(422);
            assertThat(page.body()).as(typed).contains("id=\"withhold-amount-error\"", "href=\"#withhold-amount\"",
                    "Enter an amount in dollars and cents");
        }
        PageSession.Page cents = auditor.post(path + "/ledger/withholdings", Map.of("amount", "40.005", "paymentReference", "PAY-E"));
        assertThat(cents.status()).isEqualTo(422);
        assertThat(cents.body()).contains("id=\"withhold-amount-error\"", "must be in whole cents (at most 2 decimals)");
        PageSession.Page release = auditor.post(path + "/ledger/releases", Map.of("amount", "2e1", "reason", "typo",
                "formToken", "not-drawn"));
        assertThat(release.status()).isEqualTo(422);
        assertThat(release.body()).contains("id=\"release-amount-error\"");
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger").json().path("totals").path("held").decimalValue())
                .as("nothing held").isZero();

        // "$1,200.50" is read as written: an amount, refused only for being more than the contractor owes ($200.00)
        PageSession.Page thousands = auditor.post(path + "/ledger/withholdings", Map.of("amount", "$1,200.50", "paymentReference", "PAY-E"));
        assertThat(thousands.status()).isEqualTo(422);
        assertThat(thousands.body()).contains("id=\"withhold-amount-error\"", "At most $200.00 can be withheld")
                .doesNotContain("Enter an amount in dollars and cents");
        PageSession.Page written = auditor.post(path + "/ledger/withholdings", Map.of("amount", "$120.50", "paymentReference", "PAY-E"));
        assertThat(written.status()).as(written.body()).isEqualTo(302);
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger").json().path("totals").path("held").decimalValue())
                .isEqualByComparingTo("120.50");
    }

    /**
     * The JSON ledger API reads its amounts as the page does: {@code 1e3} (a JSON number or string) and {@code 40.005}
     * are refused with 422 at {@code amount} in the same words, nothing held; a JSON number written in digits is taken.
     */
    @Test
    void theLedgerApiRefusesTheAmountsThePageRefuses() {
        long caseId = openCase("Ledger API amounts " + System.nanoTime());
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        String withhold = "/api/cases/" + caseId + "/ledger/withholdings";
        String release = "/api/cases/" + caseId + "/ledger/releases";
        for (String amount : new String[] {"1e3", "\"1e3\"", "1E+3", "\"194,00\"", "-5", "0", "\"abc\""}) {
            org.highroad.support.Http.Response r = as(TestUsers.AUDITOR).postRaw(withhold,
                    "{\"amount\":" + amount + ",\"paymentReference\":\"PAY-J\"}");
            assertThat(r.status()).as(amount + ": " + r.body()).isEqualTo(422);
            assertThat(r.json().path("errors").get(0).path("field").asText()).as(amount).isEqualTo("amount");
            assertThat(r.json().path("errors").get(0).path("reason").asText()).as(amount)
                    .isEqualTo("must be an amount in dollars and cents, more than $0.00, such as 1200.00");
        }
        // more than the ledger holds: said as such
        org.highroad.support.Http.Response tooLarge = as(TestUsers.AUDITOR).postRaw(withhold,
                "{\"amount\":12345678901.00,\"paymentReference\":\"PAY-J\"}");
        assertThat(tooLarge.status()).as(tooLarge.body()).isEqualTo(422);
        assertThat(tooLarge.json().path("errors").get(0).path("reason").asText()).isEqualTo("must be at most $9,999,999,999.99");
        for (String amount : new String[] {"40.005", "\"40.005\""}) {
            org.highroad.support.Http.Response r = as(TestUsers.AUDITOR).postRaw(withhold,
                    "{\"amount\":" + amount + ",\"paymentReference\":\"PAY-J\"}");
            assertThat(r.status()).as(amount + ": " + r.body()).isEqualTo(422);
            assertThat(r.json().path("errors").get(0).path("reason").asText()).as(amount)
                    .isEqualTo("must be in whole cents (at most 2 decimals)");
        }
        org.highroad.support.Http.Response missing = as(TestUsers.AUDITOR).postRaw(withhold, "{\"paymentReference\":\"PAY-J\"}");
        assertThat(missing.status()).as(missing.body()).isEqualTo(422);
        assertThat(missing.json().path("errors").get(0).path("field").asText()).isEqualTo("amount");
        org.highroad.support.Http.Response released = as(TestUsers.AUDITOR).postRaw(release, "{\"amount\":2e1,\"reason\":\"typo\"}");
        assertThat(released.status()).as(released.body()).isEqualTo(422);
        assertThat(released.json().path("errors").get(0).path("field").asText()).isEqualTo("amount");
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger").json().path("totals").path("held").decimalValue())
                .as("nothing held").isZero();

        org.highroad.support.Http.Response number = as(TestUsers.AUDITOR).postRaw(withhold,
                "{\"amount\":40.5,\"paymentReference\":\"PAY-J\"}");
        assertThat(number.status()).as(number.body()).isEqualTo(200);
        assertThat(number.json().path("totals").path("held").decimalValue()).isEqualByComparingTo("40.50");
    }
}
