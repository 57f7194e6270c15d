package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.highroad.support.PageForms;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The case page's payment, plan and correction forms file only with the one-time token their page drew: a post without
 * it, or with a token the page never issued (made up, another form's), draws the form again with
 * an error and files nothing; the token read from the page files once. The JSON API keeps its optional Idempotency-Key.
 */
class CaseFormTokenRequiredTest extends CaseTest {

    @Test
    void aFormWithoutItsIssuedTokenFilesNothing() {
        long caseId = openCase("Form token required");
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        String path = "/portal/cases/" + caseId;
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        String page = harbor.get(path + "?lang=en").body();
        String planToken = PageForms.token(page, path + "/plans");
        Map<String, String> payment = Map.of("workerRef", "5678", "amount", "10.00", "paidOn", LocalDate.now(clock).toString(),
                "evidence", "check 77");

        for (Map<String, String> sent : new Map[] {payment, with(payment, ""), with(payment, "made-up-token"),
                with(payment, planToken)}) {
            Page refused = harbor.post(path + "/payments", sent);
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.body()).contains("this form was not sent as the page drew it", "href=\"#workerRef\"",
                    ">check 77</textarea>");
        }
        Map<String, String> plan = Map.of("planText", "PLAN-WITHOUT-TOKEN retrained payroll staff");
        for (Map<String, String> sent : new Map[] {plan, with(plan, "made-up-token"),
                with(plan, PageForms.token(page, path + "/payments"))}) {
            Page refused = harbor.post(path + "/plans", sent);
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.body()).contains("this form was not sent as the page drew it", "href=\"#planText\"");
        }
        Page correction = harbor.post(path + "/corrections", Map.of("submissionId", "1", "formToken", "made-up-token"));
        assertThat(correction.status()).isEqualTo(422);
        assertThat(correction.body()).contains("href=\"#submissionId\"");
        // refused in the reader's language too
        harbor.get(path + "?lang=es");
        Page spanish = harbor.post(path + "/payments", with(payment, "made-up-token"));
        assertThat(spanish.status()).isEqualTo(422);
        assertThat(spanish.body()).contains("este formulario no se envió tal como lo mostró la página");
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/responses").json().size()).as("nothing filed").isZero();

        // a token is the person's and the form's, not one browser's: drawn in another session, it files, once
        PageSession other = new PageSession(port);
        other.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        String otherToken = PageForms.token(other.get(path).body(), path + "/payments");
        assertThat(harbor.post(path + "/payments", with(payment, otherToken)).status()).isEqualTo(302);
        assertThat(harbor.post(path + "/payments", with(payment, otherToken)).status()).isEqualTo(302);
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/responses").json().size()).isEqualTo(1);

        // the token read from the page files, once
        assertThat(PageForms.post(harbor, path + "/payments", payment).status()).isEqualTo(302);
        assertThat(PageForms.post(harbor, path + "/plans", plan).status()).isEqualTo(302);
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/responses").json().size()).isEqualTo(3);
        // the API without an Idempotency-Key still files
        assertThat(pay(TestUsers.HARBOR, caseId, "5678", "5.00").status()).isEqualTo(201);
    }

    private static Map<String, String> with(Map<String, String> form, String token) {
        Map<String, String> out = new HashMap<>(form);
        out.put("formToken", token);
        return out;
    }
}
