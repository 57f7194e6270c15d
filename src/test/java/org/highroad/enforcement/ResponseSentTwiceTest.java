package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highroad.support.AtOnce;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The contractor's plan and correction forms on its case page are filed once per form: each carries a one-time token,
 * sent as the response's Idempotency-Key (kept hashed with the response under the case's unique index), so the form
 * posted twice at once (a double click) or again later files one response; the same form with another plan or payroll
 * is refused at its field, the first response standing and a new form drawn.
 */
class ResponseSentTwiceTest extends CaseTest {

    private static final Pattern PLAN_TOKEN = Pattern.compile("/plans\"[\\s\\S]*?name=\"formToken\" value=\"([^\"]+)\"");
    private static final Pattern CORRECTION_TOKEN = Pattern.compile(
            "/corrections\"[\\s\\S]*?name=\"formToken\" value=\"([^\"]+)\"");

    @Test
    void thePlanAndTheCorrectionFormsPostedTwiceAtOnceFileOneResponseEach() throws Exception {
        long contract = contractWithStatement("Responses sent twice " + System.nanoTime());
        assertThat(post(TestUsers.HARBOR, contract, WEEK, UNDERPAID).status()).isEqualTo(201);
        long caseId = caseOf(contract).path("id").asLong();
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        String path = "/portal/cases/" + caseId;
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);

        String page = harbor.get(path).body();
        String planToken = token(PLAN_TOKEN, page);
        assertThat(token(PLAN_TOKEN, harbor.get(path).body())).as("each page drawn has its own form").isNotEqualTo(planToken);
        Map<String, String> plan = Map.of("planText", "PLAN-DOUBLE we retrained payroll staff on the committed rates",
                "formToken", planToken);
        List<Callable<Page>> twice = List.of(() -> harbor.post(path + "/plans", plan), () -> harbor.post(path + "/plans", plan));
        for (Page a : AtOnce.atOnce(twice)) {
            assertThat(a.status()).as(a.body()).isEqualTo(302);
            assertThat(a.location()).endsWith(path + "?responded");
        }
        assertThat(responses(caseId)).isEqualTo(1);
        // sent again later (back and send): the page, nothing more filed
        assertThat(harbor.post(path + "/plans", plan).status()).isEqualTo(302);
        assertThat(responses(caseId)).isEqualTo(1);
        // the same form with another plan: refused at the plan, the first standing, a new form drawn
        Page changed = harbor.post(path + "/plans", Map.of("planText", "another plan entirely, typed after going back",
                "formToken", planToken));
        assertThat(changed.status()).isEqualTo(422);
        assertThat(changed.body()).contains("id=\"planText-error\"", "href=\"#planText\"", "already sent with another plan");
        assertThat(token(PLAN_TOKEN, changed.body())).isNotEqualTo(planToken);
        assertThat(responses(caseId)).isEqualTo(1);

        // the correction payroll, filed for the week found underpaid, named from the page by its form
        assertThat(post(TestUsers.HARBOR, contract, WEEK, HEADER + "\n" + row(1, "Garcia", "1234", "60.00",
                "2400.00", ELECTRICIAN) + "\n" + row(2, "Lee", "5678", "60.00", "2400.00", ELECTRICIAN) + "\n").status()).isEqualTo(201);
        long correction = -1;
        for (JsonNode s : as(TestUsers.HARBOR).all("/api/contracts/" + contract + "/payrolls").json()) {
            correction = Math.max(correction, s.path("id").asLong());
        }
        String correctionToken = token(CORRECTION_TOKEN, harbor.get(path).body());
        Map<String, String> named = Map.of("submissionId", String.valueOf(correction), "formToken", correctionToken);
        List<Callable<Page>> twiceMore = List.of(() -> harbor.post(path + "/corrections", named),
                () -> harbor.post(path + "/corrections", named));
        for (Page a : AtOnce.atOnce(twiceMore)) {
            assertThat(a.status()).as(a.body()).isEqualTo(302);
        }
        assertThat(responses(caseId)).isEqualTo(2);
        assertThat(harbor.post(path + "/corrections", named).status()).isEqualTo(302);
        assertThat(responses(caseId)).isEqualTo(2);
        Page other = harbor.post(path + "/corrections", Map.of("submissionId", String.valueOf(correction - 1),
                "formToken", correctionToken));
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.body()).contains("id=\"submissionId-error\"", "already sent naming another payroll");
        harbor.get(path + "?lang=es"); // the page's language is kept from the last page read
        assertThat(harbor.post(path + "/corrections", Map.of("submissionId", String.valueOf(correction - 1),
                "formToken", correctionToken)).body()).contains("este formulario ya se envió con otra nómina");
        assertThat(responses(caseId)).isEqualTo(2);

        // a new page's plan form is another plan
        harbor.get(path + "?lang=en");
        assertThat(harbor.post(path + "/plans", Map.of("planText", "a second plan, after the first was read",
                "formToken", token(PLAN_TOKEN, harbor.get(path).body()))).status()).isEqualTo(302);
        assertThat(responses(caseId)).isEqualTo(3);
    }

    private int responses(long caseId) {
        return as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/responses").json().size();
    }

    private static String token(Pattern form, String page) {
        Matcher m = form.matcher(page);
        assertThat(m.find()).as("the form carries its token").isTrue();
        return m.group(1);
    }
}
