package org.highroad.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.highroad.support.Http.Response;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * A payroll's summary (its period, status, who sent it, the payroll it replaces and why no work was done) reads the same
 * on the contractor's payroll page and on the staff page of its rows, in English and in Spanish, each page linking the
 * payroll it replaces to its own page of it: the contractor to the portal's, the auditor to the staff's rows.
 */
class PayrollSummaryPagesTest extends PayrollTest {

    private static final String WHY = "site visit 2027-01-12: the crew was on another contract all week";

    @Test
    void theSummaryOfAStatementOverAPayrollReadsAlikeOnBothPagesAndLinksEachToItsOwnPage() {
        long contract = contractWithStatement("Summary on both pages");
        Response accepted = post(TestUsers.HARBOR, contract, WEEK, csv("60.00", "2400.00", ELECTRICIAN));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        long payroll = accepted.json().path("id").asLong();
        Response recorded = as(TestUsers.AUDITOR).post("/api/payrolls/" + payroll + "/no-work", Map.of("reason", WHY));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        long statement = recorded.json().path("id").asLong();

        PageSession harbor = signedIn(TestUsers.HARBOR);
        PageSession auditor = signedIn(TestUsers.AUDITOR);
        String portal = "/portal/payrolls/" + statement;
        String staff = "/staff/payrolls/" + statement + "/rows";
        Map<String, String> ownPageOfTheReplaced = Map.of(portal, "/portal/payrolls/" + payroll,
                staff, "/staff/payrolls/" + payroll + "/rows");
        for (Map.Entry<String, PageSession> reader : Map.of(portal, harbor, staff, auditor).entrySet()) {
            String page = reader.getKey();
            Page english = reader.getValue().get(page + "?lang=en");
            assertThat(english.status()).as(page).isEqualTo(200);
            assertThat(english.body()).as(page).contains("<dt>Period ending</dt>", "<dt>Status</dt>",
                    "<dd id=\"submission-status\">Accepted</dd>", "<dt>Sent</dt>", TestUsers.AUDITOR, "<dt>Replaces</dt>",
                    "<a id=\"replaces\" href=\"" + ownPageOfTheReplaced.get(page) + "\">Payroll submission " + payroll + "</a>",
                    "<dt>Why (optional)</dt>", WHY);
            Page spanish = reader.getValue().get(page + "?lang=es");
            assertThat(spanish.status()).as(page).isEqualTo(200);
            assertThat(spanish.body()).as(page).contains("lang=\"es\"", "<dt>Periodo que termina el</dt>", "<dt>Estado</dt>",
                    "<dt>Enviada</dt>", "<dt>Reemplaza a</dt>", "<a id=\"replaces\" href=\"" + ownPageOfTheReplaced.get(page) + "\"",
                    "<dt>Por qué (opcional)</dt>", WHY).doesNotContain("<dt>Replaces</dt>");
            // the replaced payroll's own page opens for the same reader
            assertThat(reader.getValue().get(ownPageOfTheReplaced.get(page)).status()).as(page).isEqualTo(200);
        }
        // the contractor's page alone offers the file as sent; the statement has none
        assertThat(harbor.get("/portal/payrolls/" + payroll + "?lang=en").body()).contains("<dt>File as sent</dt>");
        assertThat(auditor.get("/staff/payrolls/" + payroll + "/rows?lang=en").body()).doesNotContain("<dt>File as sent</dt>");
    }

    private PageSession signedIn(String user) {
        PageSession session = new PageSession(port);
        session.signIn(user, TestUsers.PASSWORD);
        return session;
    }
}
