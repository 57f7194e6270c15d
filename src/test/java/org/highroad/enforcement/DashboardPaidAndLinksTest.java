package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import org.highroad.enforcement.process.ComplianceCaseProcess;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.PageSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The agency dashboard counts as paid only the restitution an auditor verified (as the public contract page does): a
 * payment the contractor reported is shown apart until verified. A contract not yet executed links to a staff page
 * that exists; the staff home offers Cockpit to administrators only.
 */
class DashboardPaidAndLinksTest extends CaseTest {

    private JsonNode dashboard() {
        Response r = as(TestUsers.AUDITOR).get("/api/oversight/agencies/DEMO-CITY");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static JsonNode row(JsonNode d, long contract) {
        for (JsonNode c : d.path("contracts")) {
            if (c.path("contractId").asLong() == contract) {
                return c;
            }
        }
        throw new AssertionError("contract " + contract + " is not on the dashboard");
    }

    @Test
    void restitutionPaidCountsOnlyPaymentsTheAuditorVerified() {
        long caseId = openCase("Paid as verified " + System.nanoTime());
        long contract = get(caseId).path("contractId").asLong();
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        BigDecimal reportedBefore = dashboard().path("totals").path("reported").decimalValue();

        Response paid = pay(TestUsers.HARBOR, caseId, "5678", "150.00");
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        JsonNode reported = dashboard();
        assertThat(row(reported, contract).path("paid").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(row(reported, contract).path("outstanding").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(reported.path("totals").path("reported").decimalValue()).isEqualByComparingTo(reportedBefore.add(new BigDecimal("150.00")));
        PageSession auditor = new PageSession(port);
        auditor.signIn(TestUsers.AUDITOR, TestUsers.PASSWORD);
        assertThat(auditor.get("/staff/dashboard?agency=DEMO-CITY").body()).contains("Payments reported, not yet verified",
                "id=\"total-reported\"");

        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_VERIFY)).hasSize(1);
        Response verified = decide(TestUsers.AUDITOR, caseId, "verification", "NOT_CURED", "$50.00 still owed to worker 5678");
        assertThat(verified.status()).as(verified.body()).isIn(200, 204);
        Jobs.runDue(management);
        JsonNode after = dashboard();
        assertThat(row(after, contract).path("paid").decimalValue()).isEqualByComparingTo("150.00");
        assertThat(row(after, contract).path("outstanding").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(after.path("totals").path("reported").decimalValue()).isEqualByComparingTo(reportedBefore);
    }

    @Test
    void aContractNotYetExecutedLinksToAStaffPageAndCockpitIsForAdministrators() {
        String title = "Not yet executed " + System.nanoTime();
        long solicitation = publishedSolicitation(title);
        long bid = submit(TestUsers.HARBOR, solicitation, strongBid("1100000"));
        deadlinePasses(solicitation);
        review(bid, "CONFIRM", "verified", 5);
        as(TestUsers.OFFICER).post("/api/solicitations/" + solicitation + "/award", Map.of("bidId", bid, "reason", "top"));
        Jobs.runDue(management);
        long contract = -1;
        for (JsonNode c : as(TestUsers.OFFICER).all("/api/contracts").json()) {
            if (c.path("bidId").asLong() == bid) {
                contract = c.path("id").asLong();
            }
        }
        assertThat(contract).isPositive();
        assertThat(row(dashboard(), contract).path("status").asText()).isNotEqualTo("EXECUTED");

        PageSession auditor = new PageSession(port);
        auditor.signIn(TestUsers.AUDITOR, TestUsers.PASSWORD);
        String page = auditor.get("/staff/dashboard?agency=DEMO-CITY").body();
        assertThat(page).contains("id=\"contract-link-" + contract + "\"")
                .doesNotContain("href=\"/public/contracts/" + contract + "\"");
        assertThat(page).contains("href=\"/staff/dashboard/contracts/" + contract + "\"");
        assertThat(auditor.get("/staff/dashboard/contracts/" + contract).status()).isEqualTo(200);
        assertThat(new PageSession(port).get("/public/contracts/" + contract).status()).as("the public page").isEqualTo(404);

        for (String user : new String[] {TestUsers.OFFICER, TestUsers.AUDITOR, TestUsers.STAFF}) {
            PageSession s = new PageSession(port);
            s.signIn(user, TestUsers.PASSWORD);
            assertThat(s.get("/staff/").body()).as(user).doesNotContain("/operaton/app/cockpit/").contains("/operaton/app/tasklist/");
        }
        PageSession admin = new PageSession(port);
        admin.signIn(TestUsers.ADMIN, TestUsers.PASSWORD);
        assertThat(admin.get("/staff/").body()).contains("id=\"cockpit-link\"");
    }
}
