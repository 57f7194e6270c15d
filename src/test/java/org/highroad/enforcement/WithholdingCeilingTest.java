package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.highroad.support.Http.Response;
import org.highroad.support.PageSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * Withholding has a ceiling (29 CFR 5.9, 5.5(a)(2): only what is needed to satisfy the liabilities): what is held from
 * a contractor on a case never exceeds what it still owes on it. Above that, the API and the staff page refuse the
 * amount (422 at the field, the most that can be withheld in words, English and Spanish), nothing recorded; a release
 * above what is held is refused too; what is held beyond what is owed is shown on the staff page, to release.
 */
class WithholdingCeilingTest extends CaseTest {

    @Test
    void noMoreIsWithheldThanTheContractorStillOwes() {
        long caseId = openCase("Withholding ceiling " + System.nanoTime());
        reviewAll(caseId, Set.of("UNDERPAID_BASE")); // 5678 is owed $200.00
        String withhold = "/api/cases/" + caseId + "/ledger/withholdings";

        Response millions = as(TestUsers.AUDITOR).post(withhold, Map.of("amount", "5000000.00", "paymentReference", "PAY-C1"));
        assertThat(millions.status()).as(millions.body()).isEqualTo(422);
        assertThat(millions.errorFor("amount")).startsWith("at most $200.00 can be withheld: the contractor still owes "
                + "$200.00 on this case and $0.00 is held already");
        assertThat(held(caseId)).isZero();

        assertThat(as(TestUsers.AUDITOR).post(withhold, Map.of("amount", "150.00", "paymentReference", "PAY-C2")).status())
                .isEqualTo(200);
        Response more = as(TestUsers.AUDITOR).post(withhold, Map.of("amount", "50.01", "paymentReference", "PAY-C3"));
        assertThat(more.status()).as(more.body()).isEqualTo(422);
        assertThat(more.errorFor("amount")).startsWith("at most $50.00 can be withheld");
        assertThat(held(caseId)).isEqualByComparingTo("150.00");

        // the staff page: refused at the amount field, in English and Spanish, nothing held
        String path = "/staff/cases/" + caseId;
        PageSession auditor = new PageSession(port);
        auditor.signIn(TestUsers.AUDITOR, TestUsers.PASSWORD);
        // the form names the most that can be withheld now, not what is still owed
        assertThat(auditor.get(path + "?lang=en").body()).contains("at most $50.00 can be withheld now ($200.00 still owed, "
                + "counting as paid only the payments an auditor accepted; $150.00 held already)")
                .doesNotContain("to secure the restitution still owed ($200.00)");
        PageSession.Page page = auditor.post(path + "/ledger/withholdings", Map.of("amount", "5,000,000.00",
                "paymentReference", "PAY-C4"));
        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("id=\"withhold-amount-error\"", "href=\"#withhold-amount\"",
                "At most $50.00 can be withheld: the contractor still owes $200.00 on this case and $150.00 is held already.");
        auditor.get(path + "?lang=es");
        assertThat(auditor.post(path + "/ledger/withholdings", Map.of("amount", "50.01", "paymentReference", "PAY-C4")).body())
                .contains("id=\"withhold-amount-error\"", "Se puede retener como máximo");
        auditor.get(path + "?lang=en");
        assertThat(held(caseId)).isEqualByComparingTo("150.00");

        // a release above what is held: refused at the amount
        Response release = as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/ledger/releases",
                Map.of("amount", "150.01", "reason", "more than is held"));
        assertThat(release.status()).as(release.body()).isEqualTo(422);
        assertThat(release.errorFor("amount")).contains("only $150.00 is held");
        assertThat(held(caseId)).isEqualByComparingTo("150.00");

        // paid in full as the contractor reports it: the security stays until an auditor accepts the payment (it may
        // yet be refused: a check that does not clear), so nothing is to release and the ceiling is unchanged
        assertThat(pay(TestUsers.HARBOR, caseId, "5678", "200.00").status()).isEqualTo(201);
        long vendor = get(caseId).path("vendorId").asLong();
        assertThat(auditor.get(path + "?lang=en").body()).doesNotContain("id=\"held-beyond-owed-");
        Response reportedOnly = as(TestUsers.AUDITOR).post(withhold, Map.of("amount", "50.01", "paymentReference", "PAY-C5"));
        assertThat(reportedOnly.errorFor("amount")).startsWith("at most $50.00 can be withheld");

        // the auditor's verification takes the payment in and accepts it: the $150.00 held is now beyond what is owed,
        // shown as something to release
        Response verified = decide(TestUsers.AUDITOR, caseId, "verification", "NOT_CURED",
                "Paid in full; the withholding is to be released before the case closes");
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        String verifiedPage = auditor.get(path + "?lang=en").body();
        assertThat(verifiedPage).contains("id=\"held-beyond-owed-" + vendor + "\"",
                "$150.00 of the withholding held from Harbor Builders LLC is more than it still owes on this case "
                        + "($150.00 held, $0.00 owed): release it.",
                "the contractor owes nothing now (counting as paid only the payments an auditor accepted), so nothing "
                        + "needs to be withheld")
                .doesNotContain("held from vendor ", "covers the $0.00 still owed");

        // nothing is owed, so nothing can be withheld: said so, not "at most $0.00" nor "still owes $0.00", in the API and
        // on the page in English and Spanish
        Response nothingMore = as(TestUsers.AUDITOR).post(withhold, Map.of("amount", "5.00", "paymentReference", "PAY-C6"));
        assertThat(nothingMore.status()).as(nothingMore.body()).isEqualTo(422);
        assertThat(nothingMore.errorFor("amount")).startsWith("nothing can be withheld: the contractor owes nothing on this "
                + "case, so there is nothing to secure (29 CFR 5.9: no more is withheld than is needed to pay what is owed)");
        PageSession.Page nothingMorePage = auditor.post(path + "/ledger/withholdings", Map.of("amount", "5.00",
                "paymentReference", "PAY-C6"));
        assertThat(nothingMorePage.status()).isEqualTo(422);
        assertThat(nothingMorePage.body()).contains("Nothing can be withheld: the contractor owes nothing on this case, so "
                + "there is nothing to secure (29 CFR 5.9).").doesNotContain("At most $0.00", "still owes $0.00");
        auditor.get(path + "?lang=es");
        String spanish = auditor.post(path + "/ledger/withholdings", Map.of("amount", "5.00", "paymentReference", "PAY-C6"))
                .body();
        assertThat(spanish).contains("No se puede retener nada: el contratista no debe nada en este caso",
                "así que no hace falta retener nada").doesNotContain("como máximo $0.00", "aún debe $0.00");
        assertThat(auditor.get(path).body()).contains("de la retención mantenida a Harbor Builders LLC supera");
        auditor.get(path + "?lang=en");
        assertThat(held(caseId)).isEqualByComparingTo("150.00");
    }

    private BigDecimal held(long caseId) {
        return as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/ledger").json().path("totals").path("held").decimalValue();
    }
}
