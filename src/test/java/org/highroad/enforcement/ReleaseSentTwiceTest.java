package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highroad.support.AtOnce;
import org.highroad.support.Http.Response;
import org.highroad.support.PageSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * A release of withholding is recorded once per form: the staff case page's release form carries a one-time token, kept
 * with the ledger entry under the case's unique index, so the form posted twice at once (a double click) or again later
 * releases once and lands on the page; the same form with another amount is refused, the first release standing. The
 * API's release sent twice at once with one Idempotency-Key is recorded once too.
 */
class ReleaseSentTwiceTest extends CaseTest {

    private static final Pattern RELEASE_TOKEN = Pattern.compile(
            "id=\"release\"[\\s\\S]*?name=\"formToken\" value=\"([^\"]+)\"");

    @Test
    void theReleaseFormPostedTwiceAtOnceReleasesOnce() throws Exception {
        long caseId = openCase("Release form sent twice " + System.nanoTime());
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        assertThat(as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/ledger/withholdings",
                Map.of("amount", "40.00", "paymentReference", "PAY-APP-7")).status()).isEqualTo(200);
        String path = "/staff/cases/" + caseId;
        PageSession auditor = new PageSession(port);
        auditor.signIn(TestUsers.AUDITOR, TestUsers.PASSWORD);
        String token = token(auditor.get(path).body());
        assertThat(token(auditor.get(path).body())).as("each page drawn has its own release form").isNotEqualTo(token);
        Map<String, String> form = Map.of("amount", "5.00", "reason", "double click test", "formToken", token);

        List<Callable<PageSession.Page>> twice = List.of(() -> auditor.post(path + "/ledger/releases", form),
                () -> auditor.post(path + "/ledger/releases", form));
        for (PageSession.Page a : AtOnce.atOnce(twice)) {
            assertThat(a.status()).as(a.body()).isEqualTo(302);
            assertThat(a.location()).contains(path + "?ledger=release");
        }
        assertThat(released(caseId)).isEqualTo(1);
        assertThat(held(caseId)).isEqualByComparingTo("35.00");

        // the same form sent again later (a resend, back and send): the page, the release recorded once
        PageSession.Page again = auditor.post(path + "/ledger/releases", form);
        assertThat(again.status()).isEqualTo(302);
        assertThat(again.location()).contains(path + "?ledger=release");
        assertThat(auditor.get(path + "?ledger=release").body()).contains("id=\"ledger-done\"");
        assertThat(released(caseId)).isEqualTo(1);

        // the same form with another amount: refused at the amount, the first release standing, a new form drawn
        Map<String, String> changed = new HashMap<>(form);
        changed.put("amount", "6.00");
        PageSession.Page refused = auditor.post(path + "/ledger/releases", changed);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"release-amount-error\"", "href=\"#release-amount\"",
                "already sent with another amount or reason");
        assertThat(token(refused.body())).isNotEqualTo(token);
        auditor.get(path + "?lang=es"); // the page's language is kept from the last page read
        assertThat(auditor.post(path + "/ledger/releases", changed).body()).contains("la primera liberación se mantiene");
        auditor.get(path + "?lang=en");
        assertThat(released(caseId)).isEqualTo(1);
        assertThat(held(caseId)).isEqualByComparingTo("35.00");

        // a new page's form is another release
        String next = token(auditor.get(path).body());
        assertThat(auditor.post(path + "/ledger/releases", Map.of("amount", "5.00", "reason", "double click test",
                "formToken", next)).status()).isEqualTo(302);
        assertThat(released(caseId)).isEqualTo(2);
        assertThat(held(caseId)).isEqualByComparingTo("30.00");
    }

    @Test
    void theApiReleaseSentTwiceAtOnceWithOneKeyIsRecordedOnce() throws Exception {
        long caseId = openCase("API release sent twice " + System.nanoTime());
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        assertThat(as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/ledger/withholdings",
                Map.of("amount", "40.00", "paymentReference", "PAY-APP-9")).status()).isEqualTo(200);
        String path = "/api/cases/" + caseId + "/ledger/releases";
        Map<String, Object> body = Map.of("amount", "10.00", "reason", "part of the restitution paid");
        List<Callable<Response>> twice = List.of(() -> as(TestUsers.AUDITOR).post(path, body, "Idempotency-Key", "release-1"),
                () -> as(TestUsers.AUDITOR).post(path, body, "Idempotency-Key", "release-1"));
        for (Response a : AtOnce.atOnce(twice)) {
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            assertThat(a.json().path("totals").path("held").decimalValue()).isEqualByComparingTo("30.00");
        }
        assertThat(released(caseId)).isEqualTo(1);
        Response other = as(TestUsers.AUDITOR).post(path, Map.of("amount", "12.00", "reason", "part of the restitution paid"),
                "Idempotency-Key", "release-1");
        assertThat(other.status()).as(other.body()).isEqualTo(422);
        assertThat(other.body()).contains("Idempotency-Key");
        assertThat(released(caseId)).isEqualTo(1);
        // without a key, each release is its own
        assertThat(as(TestUsers.AUDITOR).post(path, body).status()).isEqualTo(200);
        assertThat(released(caseId)).isEqualTo(2);
    }

    private long released(long caseId) {
        JsonNode ledger = as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger").json();
        return ledger.path("entries").findValues("kind").stream().filter(k -> k.asText().equals("RELEASED")).count();
    }

    private java.math.BigDecimal held(long caseId) {
        return as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger").json().path("totals").path("held").decimalValue();
    }

    private static String token(String page) {
        Matcher m = RELEASE_TOKEN.matcher(page);
        assertThat(m.find()).as("the release form carries its token").isTrue();
        return m.group(1);
    }
}
