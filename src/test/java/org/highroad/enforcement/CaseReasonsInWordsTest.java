package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highroad.support.Http.Response;
import org.highroad.support.PageSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/**
 * What the contractor reads on its case page when a response is refused: in its language, in the house's words, with the
 * contractor and the worker named (never the ledger's "entry 1 (PAID)" nor "vendor 1"), each limit said as a limit with
 * the field's label in the summary, never a Bean Validation default. The API says the same in English, at the field.
 */
class CaseReasonsInWordsTest extends CaseTest {

    private static final List<String> INTERNAL = List.of("entry 1", "(PAID)", "of vendor", "vendor 1", "numeric value out of "
            + "bounds", "size must be between", "valor numérico", "el tamaño debe", "must not be blank", "must not be null");

    @Test
    void refusedResponsesSayWhatIsWrongInTheContractorsWordsAndLanguage() {
        long caseId = openCase("Case reasons in words");
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        String today = LocalDate.now(clock).toString();
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);

        // a worker the case owes nothing
        String page = refused(org.highroad.support.PageForms.post(harbor, "/portal/cases/" + caseId + "/payments", Map.of("workerRef", "9999", "amount", "10",
                "paidOn", today, "evidence", "check 1")));
        assertThat(page).contains("nothing is owed to worker 9999 in this case, so a payment of $10.00 cannot be recorded",
                "Worker paid: nothing is owed to worker 9999");
        assertThat(INTERNAL).noneMatch(page::contains);

        // limits, in words, with the field's label in the summary
        page = refused(org.highroad.support.PageForms.post(harbor, "/portal/cases/" + caseId + "/payments", Map.of("workerRef", "5678", "amount",
                "9".repeat(400), "paidOn", today, "evidence", "x".repeat(3000))));
        assertThat(page).contains("Amount paid: must be at most $9,999,999,999.99",
                "Evidence of payment: must be at most 2,000 characters");
        assertThat(INTERNAL).noneMatch(page::contains);
        page = refused(org.highroad.support.PageForms.post(harbor, "/portal/cases/" + caseId + "/plans", Map.of("planText", "p".repeat(5000))));
        assertThat(page).contains("Your corrective action plan: must be at most 4,000 characters");
        assertThat(INTERNAL).noneMatch(page::contains);

        // a payroll not the contractor's: the contractor by its name
        page = refused(org.highroad.support.PageForms.post(harbor, "/portal/cases/" + caseId + "/corrections", Map.of("submissionId", "999999")));
        assertThat(page).contains("payroll 999999 is not one of Harbor Builders LLC's payrolls on this case's contract");
        assertThat(INTERNAL).noneMatch(page::contains);

        // the same in Spanish
        assertThat(harbor.get("/portal/cases/" + caseId + "?lang=es").status()).isEqualTo(200);
        page = refused(org.highroad.support.PageForms.post(harbor, "/portal/cases/" + caseId + "/payments", Map.of("workerRef", "9999", "amount", "10",
                "paidOn", today, "evidence", "check 1")));
        assertThat(page).contains("no se adeuda nada al trabajador 9999 en este caso")
                .doesNotContain("nothing is owed");
        page = refused(org.highroad.support.PageForms.post(harbor, "/portal/cases/" + caseId + "/payments", Map.of("workerRef", "5678", "amount",
                "9".repeat(400), "paidOn", today, "evidence", "x".repeat(3000))));
        assertThat(page).contains("Monto pagado: debe ser como máximo $9,999,999,999.99",
                "Prueba del pago: debe tener como máximo 2.000 caracteres").doesNotContain("must be at most");
        assertThat(INTERNAL).noneMatch(page::contains);
        page = refused(org.highroad.support.PageForms.post(harbor, "/portal/cases/" + caseId + "/corrections", Map.of("submissionId", "999999")));
        assertThat(page).contains("la nómina 999999 no es una de las nóminas de Harbor Builders LLC");
        assertThat(INTERNAL).noneMatch(page::contains);

        // the API: English, at the field, without the ledger's shapes
        Response api = pay(TestUsers.HARBOR, caseId, "9999", "10.00");
        assertThat(api.status()).isEqualTo(422);
        assertThat(api.errorFor("payments[0].workerRef")).contains("nothing is owed to worker 9999 in this case, so a "
                + "payment of $10.00 cannot be recorded: pay a worker the case owes");
        assertThat(INTERNAL).noneMatch(api.body()::contains);
    }

    private static String refused(PageSession.Page page) {
        assertThat(page.status()).as(page.body()).isEqualTo(422);
        return HtmlUtils.htmlUnescape(page.body());
    }
}
