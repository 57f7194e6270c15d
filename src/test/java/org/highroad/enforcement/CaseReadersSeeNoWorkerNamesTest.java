package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.highroad.support.Http.Response;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * ADR 0032 on a compliance case: the procurement officer and workforce staff read a case's findings, its review and
 * what is owed per worker, by worker reference only: no worker's name on the staff case page (English and Spanish) nor
 * in the case's and its findings' answers; the payroll row a finding was found on links to the rows page for auditors
 * and administrators only (the page of names and pay), and that page refuses the others.
 */
class CaseReadersSeeNoWorkerNamesTest extends CaseTest {

    /** Worker 7731 (a surname no page holds otherwise) paid $55.00 where $60.00 is committed: $200.00 owed. */
    private static final String NAMED = HEADER + "\n" + row(1, "Zabrowskiqx", "7731", "55.00", "2200.00", ELECTRICIAN) + "\n";

    @Test
    void officersAndWorkforceStaffReadACaseByWorkerReferenceWithoutNames() {
        long contract = contractWithStatement("Case readers see no names");
        Response upload = post(TestUsers.HARBOR, contract, WEEK, NAMED);
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        long payroll = upload.json().path("id").asLong();
        long caseId = caseOf(contract).path("id").asLong();
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        String rowsPage = "/staff/payrolls/" + payroll + "/rows";

        for (String reader : new String[] {TestUsers.OFFICER, TestUsers.STAFF}) {
            for (String api : new String[] {"/api/cases/" + caseId, "/api/cases/" + caseId + "/findings",
                    "/api/cases/" + caseId + "/ledger"}) {
                Response read = as(reader).get(api);
                assertThat(read.status()).as(reader + " " + api).isEqualTo(200);
                assertThat(read.body()).as(reader + " " + api).doesNotContain("Zabrowskiqx", "Maria");
            }
            assertThat(as(reader).get("/api/cases/" + caseId + "/findings").body()).as(reader).contains("7731");
            PageSession session = new PageSession(port);
            session.signIn(reader, TestUsers.PASSWORD);
            for (String lang : new String[] {"en", "es"}) {
                Page page = session.get("/staff/cases/" + caseId + "?lang=" + lang);
                assertThat(page.status()).as(reader + " " + lang).isEqualTo(200);
                assertThat(page.body()).as(reader + " " + lang).contains("id=\"worker-7731\"")
                        .doesNotContain("Zabrowskiqx", "Maria", "href=\"" + rowsPage + "\"");
            }
            Page refused = session.get(rowsPage);
            assertThat(refused.status()).as(reader + ": the rows page").isEqualTo(403);
            assertThat(refused.body()).as(reader).doesNotContain("Zabrowskiqx");
        }
        // the auditor is linked to the rows, where the worker is named
        PageSession auditor = new PageSession(port);
        auditor.signIn(TestUsers.AUDITOR, TestUsers.PASSWORD);
        assertThat(auditor.get("/staff/cases/" + caseId).body()).contains("href=\"" + rowsPage + "\"");
        assertThat(auditor.get(rowsPage).body()).contains("Zabrowskiqx, Maria (7731)");
    }
}
