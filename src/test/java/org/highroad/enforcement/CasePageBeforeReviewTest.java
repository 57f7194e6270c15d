package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The contractor's case page before the auditor's review: what awaits the review is said apart from what is owed
 * (nothing yet), and the payment form is replaced by a sentence saying when it opens; after the review, what is owed
 * and the form.
 */
class CasePageBeforeReviewTest extends CaseTest {

    @Test
    void beforeTheReviewThePageSaysWhatAwaitsItAndWhenPaymentOpens() {
        long caseId = openCase("Case page before review");
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        Page before = harbor.get("/portal/cases/" + caseId);
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.body()).contains("Owed (confirmed by the agency)</dt><dd id=\"amount-owed\">$0.00</dd>",
                "Awaiting the auditor&#39;s review", "id=\"pending-review\"", "$200.00", "id=\"pay-not-yet\"",
                "This form opens once the agency&#39;s auditor has confirmed what is owed", "id=\"workers-none\"")
                .doesNotContain("id=\"record-payment\"", "id=\"workerRef\"");
        assertThat(harbor.get("/portal/cases/" + caseId + "?lang=es").body()).contains("En espera de la revisión del auditor",
                "Este formulario se abre cuando el auditor de la agencia haya confirmado");

        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        Page after = harbor.get("/portal/cases/" + caseId);
        assertThat(after.body()).contains("<dd id=\"amount-owed\">$200.00</dd>", "id=\"record-payment\"", "id=\"worker-5678\"")
                .doesNotContain("id=\"pending-review\"", "id=\"pay-not-yet\"");
    }
}
