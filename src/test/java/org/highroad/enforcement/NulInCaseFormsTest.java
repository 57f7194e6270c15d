package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.highroad.support.PageForms;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * A NUL character (U+0000, which PostgreSQL cannot store in text) in the case page's plan or payment form is refused
 * before anything is written, on every database alike: 422 naming the field, in the reader's language, nothing filed.
 */
class NulInCaseFormsTest extends CaseTest {

    @Test
    void aNulInThePlanOrThePaymentEvidenceIsRefusedNamingTheFieldAndNothingIsFiled() {
        long caseId = openCase("NUL in case forms");
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        String path = "/portal/cases/" + caseId;
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        harbor.get(path + "?lang=en");

        Page plan = PageForms.post(harbor, path + "/plans", Map.of("planText", "PLAN\u0000abc retrained payroll staff"));
        assertThat(plan.status()).as(plan.body()).isEqualTo(422);
        assertThat(plan.body()).contains("planText", "NUL character (U+0000)");

        Page payment = PageForms.post(harbor, path + "/payments", Map.of("workerRef", "5678", "amount", "1.00",
                "paidOn", LocalDate.now(clock).toString(), "evidence", "ev\u0000"));
        assertThat(payment.status()).as(payment.body()).isEqualTo(422);
        assertThat(payment.body()).contains("evidence", "NUL character (U+0000)");

        harbor.get(path + "?lang=es");
        Page spanish = PageForms.post(harbor, path + "/plans", Map.of("planText", "PLAN\u0000abc"));
        assertThat(spanish.status()).isEqualTo(422);
        assertThat(spanish.body()).contains("contiene el carácter NUL (U+0000)");
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/responses").json().size()).as("nothing filed").isZero();
    }
}
