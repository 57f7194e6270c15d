package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.highroad.support.AtOnce;
import org.highroad.support.PageSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The auditor records withholding and its release on the staff case page, beside the ledger, through the same use case
 * as the API: the same withholding sent twice (one after the other, or at the same moment) is held once; a wrong amount
 * or another amount from the same payment re-renders the page with the field marked; other roles see no form and are
 * refused the post.
 */
class StaffCaseLedgerFormsTest extends CaseTest {

    private JsonNode ledger(long caseId) {
        return as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger").json();
    }

    private static PageSession signedIn(int port, String user) {
        PageSession s = new PageSession(port);
        s.signIn(user, TestUsers.PASSWORD);
        return s;
    }

    @Test
    void anAuditorWithholdsAndReleasesFromTheCasePageAndAFormSentTwiceHoldsOnce() throws Exception {
        long caseId = openCase("Withholding page " + System.nanoTime());
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        String path = "/staff/cases/" + caseId;

        PageSession auditor = signedIn(port, TestUsers.AUDITOR);
        PageSession.Page page = auditor.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"withhold\"", "id=\"withhold-amount\"", "id=\"withhold-reference\"")
                .doesNotContain("id=\"release\""); // nothing held yet: nothing to release

        // other roles: no form, and the post refused
        for (String other : List.of(TestUsers.OFFICER, TestUsers.STAFF)) {
            PageSession s = signedIn(port, other);
            PageSession.Page seen = s.get(path);
            assertThat(seen.status()).as(other).isEqualTo(200);
            assertThat(seen.body()).as(other).doesNotContain("id=\"withhold\"", "id=\"release\"");
            assertThat(s.post(path + "/ledger/withholdings", Map.of("amount", "40.00", "paymentReference", "PAY-X")).status())
                    .as(other).isEqualTo(403);
            assertThat(s.post(path + "/ledger/releases", Map.of("amount", "1.00", "reason", "not theirs to release")).status())
                    .as(other).isEqualTo(403);
        }
        PageSession harbor = signedIn(port, TestUsers.HARBOR);
        harbor.get("/portal/");
        assertThat(harbor.post(path + "/ledger/withholdings", Map.of("amount", "40.00", "paymentReference", "PAY-X")).status())
                .isEqualTo(403);
        assertThat(ledger(caseId).path("totals").path("held").decimalValue()).isZero();

        // a wrong amount: 422, the page again with the field marked and the summary linking to it
        PageSession.Page wrong = auditor.post(path + "/ledger/withholdings", Map.of("amount", "40.005", "paymentReference", "PAY-APP-7"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("id=\"withhold-amount-error\"", "href=\"#withhold-amount\"", "value=\"PAY-APP-7\"");
        assertThat(wrong.body()).contains("value=\"40.005\"", "aria-invalid=\"true\"");
        PageSession.Page noReference = auditor.post(path + "/ledger/withholdings", Map.of("amount", "40.00", "paymentReference", " "));
        assertThat(noReference.status()).isEqualTo(422);
        assertThat(noReference.body()).contains("id=\"withhold-reference-error\"", "href=\"#withhold-reference\"");
        assertThat(ledger(caseId).path("totals").path("held").decimalValue()).isZero();

        // the form sent, then sent again (a double click, a reload): one withholding
        for (int i = 0; i < 2; i++) {
            PageSession.Page sent = auditor.post(path + "/ledger/withholdings", Map.of("amount", "$40.00", "paymentReference", "PAY-APP-7"));
            assertThat(sent.status()).isEqualTo(302);
            assertThat(sent.location()).contains(path + "?ledger=withhold");
        }
        assertThat(ledger(caseId).path("totals").path("held").decimalValue()).isEqualByComparingTo("40.00");

        // the same form sent twice at the same moment: one withholding
        auditor.get(path);
        List<Callable<Integer>> twice = List.of(
                () -> auditor.post(path + "/ledger/withholdings", Map.of("amount", "25.00", "paymentReference", "PAY-APP-8")).status(),
                () -> auditor.post(path + "/ledger/withholdings", Map.of("amount", "25.00", "paymentReference", "PAY-APP-8")).status());
        assertThat(AtOnce.atOnce(twice)).containsOnly(302);
        JsonNode after = ledger(caseId);
        assertThat(after.path("totals").path("held").decimalValue()).isEqualByComparingTo("65.00");
        assertThat(after.path("entries").findValues("kind").stream().filter(k -> k.asText().equals("WITHHELD")).count()).isEqualTo(2);

        // another amount from a payment withheld from already: refused, the reference marked
        PageSession.Page again = auditor.post(path + "/ledger/withholdings", Map.of("amount", "50.00", "paymentReference", "PAY-APP-7"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("id=\"withhold-reference-error\"", "PAY-APP-7", "aria-invalid=\"true\"");

        PageSession.Page shown = auditor.get(path + "?ledger=withhold");
        // who reads what each field says: the payment reference is on the contractor's ledger, the release's reason not
        // (through the API: the portal's case page shows no withholding, so the hint says where it is read)
        assertThat(shown.body()).contains("The contractor reads this reference through the API (its case&#39;s ledger there): its portal pages do "
                + "not show withholdings.",
                "Stays internal: kept in the audit trail").doesNotContain("reads this reference on its case");
        assertThat(auditor.get(path + "?ledger=withhold&lang=es").body())
                .contains("El contratista lee esta referencia a través de la API");
        auditor.get(path + "?lang=en");
        assertThat(shown.body()).contains("id=\"ledger-done\"", "id=\"release\"", "from payment PAY-APP-7", "Withheld")
                .doesNotContain(">WITHHELD<");

        // a release of more than is held: 422 at its amount; a release with why: on the ledger
        PageSession.Page tooMuch = auditor.post(path + "/ledger/releases", Map.of("amount", "100.00", "reason", "restitution paid in full",
                "formToken", releaseToken(shown.body())));
        assertThat(tooMuch.status()).isEqualTo(422);
        assertThat(tooMuch.body()).contains("id=\"release-amount-error\"", "href=\"#release-amount\"");
        PageSession.Page noWhy = auditor.post(path + "/ledger/releases", Map.of("amount", "10.00", "reason", "",
                "formToken", releaseToken(tooMuch.body())));
        assertThat(noWhy.status()).isEqualTo(422);
        assertThat(noWhy.body()).contains("id=\"release-reason-error\"");

        // a release form without its one-time token, or with one the page never drew (an old tab, altered): nothing
        // released, the form drawn again with the error and a token of its own
        String drawn = releaseToken(noWhy.body());
        for (String sent : java.util.Arrays.asList(null, "", "forged-token", drawn.substring(0, drawn.indexOf('.')),
                drawn.substring(0, drawn.indexOf('.')) + ".0123456789abcdef0123456789abcdef")) {
            Map<String, String> form = new java.util.HashMap<>(Map.of("amount", "10.00", "reason", "part of the restitution paid"));
            if (sent != null) {
                form.put("formToken", sent);
            }
            PageSession.Page refused = auditor.post(path + "/ledger/releases", form);
            assertThat(refused.status()).as(sent).isEqualTo(422);
            assertThat(refused.body()).as(sent).contains("href=\"#release-submit\"", "nothing was released",
                    "id=\"release-submit-error\"", "value=\"10.00\"");
            assertThat(releaseToken(refused.body())).isNotEqualTo(sent);
        }
        assertThat(ledger(caseId).path("totals").path("held").decimalValue()).isEqualByComparingTo("65.00");

        PageSession.Page released = auditor.post(path + "/ledger/releases", Map.of("amount", "10.00", "reason", "part of the restitution paid",
                "formToken", drawn));
        assertThat(released.status()).isEqualTo(302);
        assertThat(ledger(caseId).path("totals").path("held").decimalValue()).isEqualByComparingTo("55.00");
        assertThat(auditor.get(path + "?lang=es").body()).contains("Registrar la retención", "Retención liberada", "del pago PAY-APP-8");
    }

    /** The release form's one-time token on a staff case page. */
    private static String releaseToken(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"release\"[\\s\\S]*?name=\"formToken\" value=\"([^\"]+)\"")
                .matcher(page);
        assertThat(m.find()).as("the release form's token").isTrue();
        return m.group(1);
    }
}
