package org.highroad.subsidies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.highroad.support.Http;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * Workforce staff's pages without a browser, on the walkthrough's figures: a request returned below the $20.00
 * floor, then resubmitted at $22.00 for one hire, flagged below the $26.00 living wage, scored 66.67 and approved at
 * $5,720.00 (520 training hours × $22.00 × 50 %), agreed and its worker named. The request's page shows the scorecard,
 * the flag, the money, both versions and the hire; the list filters by status; the program shows the $5,720.00
 * committed; the report withholds hires under five. Only workforce staff open them: a contractor and an officer get
 * 403, an auditor reads the program's report only.
 */
class SubsidyPagesTest extends SubsidiesTest {

    @Test
    void aRequestsPageShowsItsScorecardFlagsMoneyVersionsAndHiresAndTheListFiltersByStatus() {
        long program = program("250000.00", "8000.00");
        JsonNode returned = submitted(TestUsers.HARBOR, program, content().put("hires", 1).put("hourlyWage", "19.00"));
        assertThat(returned.path("status").asText()).isEqualTo("RETURNED");
        long first = returned.path("id").asLong();
        long id = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + first + "/revision", "").json().path("id").asLong();
        ObjectNode corrected = content().put("hires", 1);
        assertThat(as(TestUsers.HARBOR).put("/api/subsidy-requests/" + id, Http.JSON.createObjectNode().set("content", corrected))
                .status()).isEqualTo(200);
        assertThat(submit(TestUsers.HARBOR, id).path("status").asText()).isEqualTo("APPROVED");
        assertThat(as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/agreement/acceptance",
                Map.of("wageCommitment", "$24.00 after three months")).status()).isEqualTo(200);
        name(TestUsers.HARBOR, id, "W-PAGE-1", hireStart(id));

        PageSession staff = new PageSession(port);
        staff.signIn(TestUsers.STAFF, TestUsers.PASSWORD);
        assertThat(staff.get("/staff/").body()).contains("href=\"/staff/subsidies/requests\"", "href=\"/staff/subsidies/programs\"");

        Page request = staff.get("/staff/subsidies/requests/" + id);
        assertThat(request.status()).isEqualTo(200);
        // 520 training hours × $22.00 × 50 % = $5,720.00 per hire, one hire
        assertThat(request.body()).contains("Agreed", "id=\"per-hire\">$5,720.00", "id=\"total\">$5,720.00",
                "66.67 points", "A quality job.", "id=\"scorecard\"", "living-wage benchmark $26.00",
                "Every hard rule is met.", "W-PAGE-1", "href=\"/staff/subsidies/requests/" + first + "\"", "Version 2");
        Page returnedPage = staff.get("/staff/subsidies/requests/" + first);
        assertThat(returnedPage.body()).contains("Returned for revision", "id=\"reasons\"",
                "the hourly wage $19.00 is below the program&#39;s minimum wage $20.00");

        String onlyReturned = staff.get("/staff/subsidies/requests?status=RETURNED&size=100").body();
        assertThat(onlyReturned).contains("id=\"request-" + first + "\"").doesNotContain("id=\"request-" + id + "\"");
        String onlyAgreed = staff.get("/staff/subsidies/requests?status=AGREED").body();
        assertThat(onlyAgreed).doesNotContain("id=\"request-" + first + "\"");
        String all = staff.get("/staff/subsidies/requests").body();
        assertThat(all).contains("Requests (");

        String programs = staff.get("/staff/subsidies/programs").body();
        String section = programs.substring(programs.indexOf("id=\"program-" + program + "\""));
        section = section.substring(0, section.indexOf("</section>"));
        assertThat(section).contains("$250,000.00", "$5,720.00", "50 %");
        Page report = staff.get("/staff/subsidies/programs/" + program + "/report");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).contains("id=\"report-committed\">$5,720.00", "id=\"hires-suppressed\"");
        assertThat(staff.get("/staff/subsidies/requests/" + id + "?lang=es").body()).contains("Tarjeta de puntuación", "Acordada");
    }

    @Test
    void onlyWorkforceStaffOpenThemAContractorNever() {
        long program = program("250000.00", "8000.00");
        long id = submitted(TestUsers.HARBOR, program, content().put("hires", 1)).path("id").asLong();
        List<String> pages = List.of("/staff/subsidies/programs", "/staff/subsidies/programs/" + program + "/report",
                "/staff/subsidies/requests", "/staff/subsidies/requests/" + id);
        // a program's report (aggregates only) is read by the auditor too, as the API's; the rest is workforce staff's
        PageSession auditor = new PageSession(port);
        auditor.signIn(TestUsers.AUDITOR, TestUsers.PASSWORD);
        Page report = auditor.get("/staff/subsidies/programs/" + program + "/report");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body()).contains("href=\"/staff/dashboard\"").doesNotContain("href=\"/staff/subsidies/programs\"");
        for (String page : pages.stream().filter(p -> !p.endsWith("/report")).toList()) {
            assertThat(auditor.get(page).status()).as("auditor " + page).isEqualTo(403);
        }
        for (String user : List.of(TestUsers.HARBOR, TestUsers.OFFICER)) {
            PageSession session = new PageSession(port);
            session.signIn(user, TestUsers.PASSWORD);
            for (String page : pages) {
                Page answer = session.get(page);
                assertThat(answer.status()).as(user + " " + page).isEqualTo(403);
                assertThat(answer.body()).as(user + " " + page).doesNotContain("Machine operator trainee", "5,720.00");
            }
        }
        PageSession staff = new PageSession(port);
        staff.signIn(TestUsers.STAFF, TestUsers.PASSWORD);
        for (String page : pages) {
            assertThat(staff.get(page).status()).as(page).isEqualTo(200);
        }
    }
}
