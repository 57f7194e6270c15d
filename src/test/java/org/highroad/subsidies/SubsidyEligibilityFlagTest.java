package org.highroad.subsidies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.highroad.support.Http.Response;
import org.highroad.support.PageSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * An employer with an unresolved wage-theft violation (the vendor fact procurement's bid screening reads, against the
 * program standard's UNRESOLVED_WAGE_THEFT rule) asks for $5,720.00, below the $8,000.00 automatic-approval amount: the
 * request is flagged and waits for workforce staff (IN_REVIEW, never approved automatically), the flag named on the
 * staff's page; no wage-progression condition comes with it ($22.00 is below the $26.00 living wage, so that one stays).
 */
class SubsidyEligibilityFlagTest extends SubsidiesTest {

    @Test
    void anEmployerWithUnresolvedWageTheftIsSentToStaffReviewWithTheFlagNamed() {
        long program = program("250000.00", "8000.00");
        // Quickbuild's vendor has an unresolved wage-theft record (the platform's seed data)
        long id = draft(TestUsers.QUICK, program, content().put("hires", 1).put("hourlyWage", "27.00")).path("id").asLong();
        JsonNode flagged = submit(TestUsers.QUICK, id);
        assertThat(flagged.path("status").asText()).as(flagged.toString()).isEqualTo("IN_REVIEW");
        assertThat(flagged.path("flags").toString()).contains("ELIGIBILITY_UNRESOLVED_WAGE_THEFT",
                "eligibility rule UNRESOLVED_WAGE_THEFT", "never approved automatically");

        PageSession staff = new PageSession(port);
        staff.signIn(TestUsers.STAFF, TestUsers.PASSWORD);
        // the page names the rule and the entry in words, days as it writes them (the API keeps the rule's constant)
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(staff.get("/staff/subsidies/requests/" + id + "?lang=en")
                .body())).contains("does not meet an eligibility rule of the program's standard, unresolved wage theft: one "
                        + "unresolved wage-theft violation between ", "where the standard allows none", "entry ")
                .doesNotContain("rule UNRESOLVED_WAGE_THEFT", "violation(s)");
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(staff.get("/staff/subsidies/requests/" + id + "?lang=es")
                .body())).contains("no cumple una regla de elegibilidad del estándar del programa, robo de salario sin resolver: "
                        + "una infracción de robo de salario sin resolver entre el ", "entrada ")
                .doesNotContain("UNRESOLVED_WAGE_THEFT:", "entry ", "occurred");
        staff.get("/staff/subsidies/requests/" + id + "?lang=en");
        Response approved = as(TestUsers.STAFF).post("/api/subsidy-requests/" + id + "/review",
                java.util.Map.of("decision", "APPROVE", "note", "Restitution plan on file"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        org.highroad.support.Jobs.runDue(management);
        assertThat(read(TestUsers.QUICK, id).path("decisionNote").asText()).as("no wage-progression condition")
                .doesNotContain("wage-progression");

        // the same request of an employer with a clean record is approved automatically, unflagged
        JsonNode clean = submitted(TestUsers.HARBOR, program, content().put("hires", 1).put("hourlyWage", "27.00"));
        assertThat(clean.path("status").asText()).as(clean.toString()).isEqualTo("APPROVED");
        assertThat(clean.path("flags")).isEmpty();
    }
}
