package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.highroad.support.PageSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The staff case page counts as paid what the Tasklist's verification forms count as paid: the payments an auditor
 * accepted (ADR 0037). A payment the contractor reported and no verification has ruled on yet is shown apart, to rule
 * on, and is still owed until it is accepted, in English and Spanish.
 */
class StaffCaseLedgerPaidTest extends CaseTest {

    @Test
    void aPaymentReportedIsToRuleOnAndStillOwedUntilAnAuditorAcceptsIt() {
        long caseId = openCase("Paid is proved " + System.nanoTime());
        reviewAll(caseId, Set.of("UNDERPAID_BASE")); // 5678 is owed $200.00
        assertThat(pay(TestUsers.HARBOR, caseId, "5678", "200.00").status()).isEqualTo(201);
        String path = "/staff/cases/" + caseId;
        PageSession auditor = new PageSession(port);
        auditor.signIn(TestUsers.AUDITOR, TestUsers.PASSWORD);

        String reported = auditor.get(path + "?lang=en").body();
        assertThat(reported).contains("Paid (accepted by an auditor)</dt><dd id=\"ledger-paid\">$0.00</dd>",
                "Reported, to rule on</dt><dd id=\"ledger-to-rule-on\"><span>$200.00</span>",
                "<dd id=\"ledger-outstanding\">$200.00</dd>", "<dd id=\"outstanding\">$200.00</dd>");
        assertThat(auditor.get(path + "?lang=es").body()).contains("Pagado (aceptado por un auditor)</dt><dd id=\"ledger-paid\">"
                + "$0.00</dd>", "Informado, por resolver</dt><dd id=\"ledger-to-rule-on\"><span>$200.00</span>",
                "<dd id=\"ledger-outstanding\">$200.00</dd>");
        auditor.get(path + "?lang=en");

        // the verification takes the payment in and accepts it: paid, nothing left to rule on, nothing owed
        assertThat(decide(TestUsers.AUDITOR, caseId, "verification", "NOT_CURED",
                "Paid in full; the corrective action plan is still missing").status()).isEqualTo(200);
        String accepted = auditor.get(path).body();
        assertThat(accepted).contains("<dd id=\"ledger-paid\">$200.00</dd>", "<dd id=\"ledger-outstanding\">$0.00</dd>",
                "<dd id=\"outstanding\">$0.00</dd>").doesNotContain("id=\"ledger-to-rule-on\"");
    }
}
