package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.highroad.enforcement.process.ComplianceCaseProcess;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A case's periods in business days are counted in the calendar of the agency that let its contract: weekends, the US
 * federal holidays and the agency's own holidays. The agency of this test's contracts observes two days that are no
 * federal holiday, Monday 2027-01-25 and Friday 2027-02-19 ({@code highroad.business-days.agency-holidays} in
 * {@code application-test.yaml}); no other test's contract is let by it.
 */
class AgencyBusinessDaysTest extends CaseTest {

    static final String AGENCY = "OWN-HOLIDAYS-TEST-CITY";

    /** This class's solicitations, and so its contracts, are the test agency's. */
    @Override
    protected ObjectNode draft(String title) {
        return super.draft(title).put("agencyCode", AGENCY);
    }

    @BeforeEach
    void theAgencyIsRegistered() {
        if (!as(TestUsers.ADMIN).get("/api/agencies").body().contains(AGENCY)) {
            Response registered = as(TestUsers.ADMIN).post("/api/agencies", Map.of("code", AGENCY,
                    "name", "A city with holidays of its own", "jurisdiction", "Test"));
            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        }
    }

    @Test
    void theCureDateOfANoticeAndTheNextCheckSkipTheHolidaysOfTheContractsAgency() {
        long contract = contractWithStatement("Cure in the agency's business days");
        assertThat(as(TestUsers.OFFICER).get("/api/contracts/" + contract).json().path("agencyCode").asText()).isEqualTo(AGENCY);
        today("2027-01-20"); // a Wednesday: the notice is served today
        Response upload = post(TestUsers.HARBOR, contract, WEEK, UNDERPAID);
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        long caseId = caseOf(contract).path("id").asLong();

        reviewAll(caseId, Set.of("UNDERPAID_BASE"));

        JsonNode notice = as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/notices").json().get(0);
        assertThat(notice.path("cureBusinessDays").asInt()).isEqualTo(10);
        assertThat(notice.path("cureDue").asText()).as("10 business days after 2027-01-20 are 2027-02-03 on the federal "
                + "calendar; the agency is closed on 2027-01-25, so its cure period ends a day later").isEqualTo("2027-02-04");
        assertThat(get(caseId).path("cureDue").asText()).isEqualTo("2027-02-04");

        passDeadline(caseId); // 2027-02-05: not cured, the ladder advises withholding
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.parse("2027-02-05"));
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_APPROVE_ESCALATION)).hasSize(1);
        Response applied = decide(TestUsers.AUDITOR, caseId, "escalation", "APPLY", "Restitution unpaid past the cure date");
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(get(caseId).path("nextDeadline").asText()).as("10 business days after 2027-02-05: 2027-02-22 with "
                + "Washington's Birthday (2027-02-15) skipped, 2027-02-23 with the agency's 2027-02-19 too").isEqualTo("2027-02-23");
    }

    private void today(String day) {
        clock.advance(Duration.between(LocalDate.now(clock).atStartOfDay(), LocalDate.parse(day).atStartOfDay()));
    }
}
