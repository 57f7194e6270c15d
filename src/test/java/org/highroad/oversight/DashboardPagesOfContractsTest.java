package org.highroad.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.highroad.payroll.PayrollTest;
import org.highroad.support.Http.Response;
import org.highroad.support.PageSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * An agency's dashboard shows its contracts a page at a time, newest first, while its totals count every contract: the
 * shares over time and each contract's composition lines are those of the page's contracts (the lines over all
 * contracts stay); the CSV downloads hold every contract; a wrong page is a 400 naming it.
 */
class DashboardPagesOfContractsTest extends PayrollTest {

    @Test
    void theContractsComeAPageAtATimeNewestFirstAndTheTotalsCountThemAll() {
        // all three let before any payroll (a payroll moves the application's clock to the week after it)
        long older = contractWithStatement("Paged dashboard culvert");
        long middle = contractWithStatement("Paged dashboard footbridge");
        long newest = contractWithStatement("Paged dashboard bus shelter");
        assertThat(post(TestUsers.HARBOR, older, WEEK, HEADER + "\n" + row(1, "Lane", "4101", "60.00", "2400.00", ELECTRICIAN) + "\n")
                .status()).isEqualTo(201);

        JsonNode first = page("?size=2");
        assertThat(ids(first.path("contracts"))).containsExactly(newest, middle);
        JsonNode paging = first.path("contractPage");
        assertThat(paging.path("page").asInt()).isZero();
        assertThat(paging.path("size").asInt()).isEqualTo(2);
        int total = paging.path("totalContracts").asInt();
        assertThat(total).isEqualTo(first.path("totals").path("contracts").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(paging.path("totalPages").asInt()).isEqualTo((total + 1) / 2);

        JsonNode second = page("?size=2&page=1");
        assertThat(ids(second.path("contracts")).get(0)).isEqualTo(older);
        assertThat(second.path("totals")).as("the totals are the agency's on every page").isEqualTo(first.path("totals"));
        // the shares and each contract's composition lines follow the page: the older contract's on the second only
        assertThat(ids(second.path("workforce"))).contains(older).allMatch(id -> ids(second.path("contracts")).contains(id));
        assertThat(ids(first.path("workforce"))).doesNotContain(older);
        for (JsonNode l : first.path("composition")) {
            assertThat(!l.hasNonNull("contractId") || ids(first.path("contracts")).contains(l.path("contractId").asLong()))
                    .as(l.toString()).isTrue();
        }
        assertThat(first.path("composition")).as("the lines over all contracts").anyMatch(l -> !l.hasNonNull("contractId"));

        // the downloads hold every contract, whatever page is shown
        String csv = as(TestUsers.AUDITOR).get("/api/oversight/agencies/DEMO-CITY/contracts.csv").body();
        assertThat(csv.lines().count() - 1).isEqualTo(total);
        assertThat(csv).contains("\"" + older + "\",\"Paged dashboard culvert\"");

        // past the last page: no rows, the totals and the count still given
        JsonNode past = page("?size=2&page=" + (total + 5));
        assertThat(past.path("contracts")).isEmpty();
        assertThat(past.path("contractPage").path("totalContracts").asInt()).isEqualTo(total);

        for (String wrong : List.of("?page=-1", "?page=x", "?size=0", "?size=201", "?sort=title")) {
            Response r = as(TestUsers.AUDITOR).get("/api/oversight/agencies/DEMO-CITY" + wrong);
            assertThat(r.status()).as(wrong + ": " + r.body()).isEqualTo(400);
            assertThat(r.body()).contains(wrong.substring(1, wrong.indexOf('=')));
        }
    }

    @Test
    void theStaffPageSaysWhichContractsItShowsAndLinksTheNextPage() {
        for (int i = 0; i < 3; i++) {
            contractWithStatement("Paged dashboard page lamp " + i);
        }
        int total = page("").path("contractPage").path("totalContracts").asInt();
        PageSession auditor = new PageSession(port);
        auditor.signIn(TestUsers.AUDITOR, TestUsers.PASSWORD);
        String one = auditor.get("/staff/dashboard?agency=DEMO-CITY").body();
        int shownOnFirst = Math.min(total, 20);
        assertThat(one).contains("Contracts 1 to " + shownOnFirst + " of " + String.format("%,d", total) + ", newest first.");
        assertThat(one.split("id=\"contract-link-", -1).length - 1).isEqualTo(shownOnFirst);
        assertThat(one).contains("Paged dashboard page lamp 2");
        if (total > 20) {
            assertThat(one).contains("href=\"/staff/dashboard?agency=DEMO-CITY&amp;page=1\"", "Page 1 of ");
            String two = auditor.get("/staff/dashboard?agency=DEMO-CITY&page=1").body();
            assertThat(two).contains("Contracts 21 to ").doesNotContain("Paged dashboard page lamp 2")
                    .contains("data-source=\"/staff/dashboard/data.json?agency=DEMO-CITY&amp;page=1\"");
        }
        String spanish = auditor.get("/staff/dashboard?agency=DEMO-CITY&lang=es").body();
        assertThat(spanish).contains("Contratos 1 a " + shownOnFirst + " de ", "los más recientes primero");
        assertThat(auditor.get("/staff/dashboard?agency=DEMO-CITY&page=x").status()).isEqualTo(400);
        assertThat(auditor.get("/staff/dashboard?agency=DEMO-CITY&page=99999&lang=en").body())
                .contains("This page is past the last of the");
    }

    private JsonNode page(String query) {
        Response r = as(TestUsers.AUDITOR).get("/api/oversight/agencies/DEMO-CITY" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static List<Long> ids(JsonNode rows) {
        List<Long> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.path("contractId").asLong()));
        return ids;
    }
}
