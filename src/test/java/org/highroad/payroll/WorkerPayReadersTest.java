package org.highroad.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import org.highroad.support.Http.Response;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * Who reads workers' names and pay on a certified payroll (ADR 0032), on the API and the staff page of its rows: the
 * auditor and the administrator read every payroll, the contractor its own; an officer and workforce staff read the
 * payroll's status and amounts but never who was paid what (403 on the rows, no page of them); another contractor is
 * told the payroll does not exist.
 */
class WorkerPayReadersTest extends PayrollTest {

    /** Row 2 is paid $55.00 against the committed $60.00 for 40 hours: $200.00 owed. */
    private static final String UNDERPAID = HEADER + "\n" + row(1, "Garcia", "1234", "60.00", "2400.00", ELECTRICIAN) + "\n"
            + row(2, "Lee", "5678", "55.00", "2200.00", ELECTRICIAN) + "\n";

    @Test
    void auditorsAdministratorsAndTheOwnContractorReadTheWorkersOthersDoNot() {
        long contract = contractWithStatement("Who reads pay");
        Response accepted = post(TestUsers.HARBOR, contract, WEEK, UNDERPAID);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        long id = accepted.json().path("id").asLong();
        String rows = "/api/payrolls/" + id + "/rows";

        for (String reader : new String[] {TestUsers.AUDITOR, TestUsers.ADMIN, TestUsers.HARBOR}) {
            Response read = as(reader).get(rows);
            assertThat(read.status()).as(reader).isEqualTo(200);
            assertThat(read.body()).as(reader).contains("Garcia", "Lee", "5678");
        }
        for (String kept : new String[] {TestUsers.OFFICER, TestUsers.STAFF}) {
            Response refused = as(kept).get(rows);
            assertThat(refused.status()).as(kept).isEqualTo(403);
            assertThat(refused.body()).as(kept).doesNotContain("Garcia", "Lee", "5678");
            // the payroll itself (status, counts, the amount owed) stays readable: no worker in it
            Response payroll = as(kept).get("/api/payrolls/" + id);
            assertThat(payroll.status()).as(kept).isEqualTo(200);
            assertThat(payroll.body()).as(kept).doesNotContain("Garcia", "Lee");
        }
        assertThat(as(TestUsers.NORTHSIDE).get(rows).status()).as("another vendor's payroll").isEqualTo(404);

        String page = "/staff/payrolls/" + id + "/rows";
        for (String reader : new String[] {TestUsers.AUDITOR, TestUsers.ADMIN}) {
            PageSession session = signedIn(reader);
            Page shown = session.get(page);
            assertThat(shown.status()).as(reader).isEqualTo(200);
            assertThat(shown.body()).as(reader).contains("id=\"rows\"", "Lee, ", "(5678)", "$200.00", "id=\"who-reads\"",
                    "href=\"/staff/contracts/" + contract + "\"").doesNotContain("href=\"/api/");
            assertThat(session.get(page + "?lang=es").body()).as(reader).contains("solo los leen los auditores");
            assertThat(session.get("/staff/contracts/" + contract).status()).as(reader + " follows the back link").isEqualTo(200);
        }
        for (String kept : new String[] {TestUsers.OFFICER, TestUsers.STAFF, TestUsers.HARBOR}) {
            Page refused = signedIn(kept).get(page);
            assertThat(refused.status()).as(kept).isEqualTo(403);
            assertThat(refused.body()).as(kept).doesNotContain("Garcia", "5678");
        }
        assertThat(signedIn(TestUsers.AUDITOR).get("/staff/payrolls/999999/rows").status()).isEqualTo(404);
    }

    private PageSession signedIn(String user) {
        PageSession session = new PageSession(port);
        session.signIn(user, TestUsers.PASSWORD);
        return session;
    }
}
