package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.highroad.payroll.PayrollTest;
import org.highroad.payroll.process.CertifiedPayrollReviewProcess;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Findings open a compliance case for their contract and contractor, or join the open one; a subcontractor's case
 * names the liable prime, which sees it; other contractors do not.
 */
class ComplianceCasesTest extends PayrollTest {

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private JsonNode caseOf(String user, long contract, long vendor) {
        JsonNode found = null;
        for (JsonNode c : as(user).all("/api/cases").json()) {
            if (c.path("contractId").asLong() == contract && c.path("vendorId").asLong() == vendor) {
                assertThat(found).as("one case per contract and contractor").isNull();
                found = c;
            }
        }
        return found;
    }

    private long vendorOf(long contract) {
        return as(TestUsers.OFFICER).get("/api/contracts/" + contract).json().path("primeVendorId").asLong();
    }

    @Test
    void findingsOpenACaseAndLaterFindingsJoinIt() {
        long contract = contractWithStatement("Case per contractor");
        long harbor = vendorOf(contract);
        clock.advance(Duration.between(LocalDate.now(clock).atStartOfDay(), LocalDate.parse("2027-01-20").atStartOfDay()));
        Jobs.fireTimer(management, runtime, CertifiedPayrollReviewProcess.PROCESS_ID, contract + ":" + harbor + ":" + WEEK,
                CertifiedPayrollReviewProcess.EVENT_DUE_DATE_PASSED);
        JsonNode opened = caseOf(TestUsers.AUDITOR, contract, harbor);
        assertThat(opened.path("status").asText()).isEqualTo("OPEN");
        assertThat(opened.path("pendingFindings").asInt()).isEqualTo(1);
        assertThat(opened.path("findings").get(0).path("finding").path("kind").asText()).isEqualTo("LATE_REPORT");

        Response late = post(TestUsers.HARBOR, contract, WEEK, HEADER + "\n" + row(1, "Garcia", "1234", "60.00", "2400.00",
                ELECTRICIAN) + "\n" + row(2, "Lee", "5678", "55.00", "2200.00", ELECTRICIAN) + "\n");
        assertThat(late.status()).as(late.body()).isEqualTo(201);
        JsonNode joined = caseOf(TestUsers.AUDITOR, contract, harbor);
        assertThat(joined.path("id").asLong()).isEqualTo(opened.path("id").asLong());
        assertThat(joined.path("pendingFindings").asInt()).isGreaterThan(1);
        assertThat(joined.path("amountOwed").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(joined.path("subcontractorCase").asBoolean()).isFalse();
        assertThat(joined.path("findings").findValuesAsText("kind")).contains("LATE_REPORT", "UNDERPAID_BASE");

        long id = joined.path("id").asLong();
        assertThat(as(TestUsers.HARBOR).get("/api/cases/" + id).status()).isEqualTo(200);
        assertThat(as(TestUsers.NORTHSIDE).get("/api/cases/" + id).status()).isEqualTo(404);
        assertThat(caseOf(TestUsers.NORTHSIDE, contract, harbor)).isNull();
    }

    @Test
    void aSubcontractorsCaseNamesThePrimeWhichIsLiableAndSeesIt() {
        long contract = contractWithStatement("Subcontractor case");
        long harbor = vendorOf(contract);
        long northside = users.vendorOf(TestUsers.NORTHSIDE);
        Response sub = as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/subcontractors", Map.of("vendorId", northside,
                "trade", "Electrical", "startsOn", "2027-01-04", "endsOn", "2027-01-29"));
        assertThat(sub.status()).as(sub.body()).isEqualTo(200);
        assertThat(as(TestUsers.NORTHSIDE).post("/api/contracts/" + contract + "/compliance-statements", statement(List.of()))
                .status()).isEqualTo(201);
        Response underpaid = post(TestUsers.NORTHSIDE, contract, WEEK, HEADER + "\n" + row(1, "Lee", "5678", "55.00", "2200.00",
                ELECTRICIAN) + "\n");
        assertThat(underpaid.status()).as(underpaid.body()).isEqualTo(201);

        JsonNode c = caseOf(TestUsers.AUDITOR, contract, northside);
        assertThat(c.path("subcontractorCase").asBoolean()).isTrue();
        assertThat(c.path("primeVendorId").asLong()).isEqualTo(harbor);
        assertThat(c.path("amountOwed").decimalValue()).isEqualByComparingTo("200.00");
        assertThat(caseOf(TestUsers.HARBOR, contract, northside)).as("the prime is liable and sees it").isNotNull();
        assertThat(caseOf(TestUsers.NORTHSIDE, contract, northside)).isNotNull();
        assertThat(as(TestUsers.QUICK).get("/api/cases/" + c.path("id").asLong()).status()).isEqualTo(404);
    }
}
