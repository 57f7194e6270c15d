package org.highroad.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.highroad.payroll.PayrollTest;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.highroad.vendors.VendorRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A firm named as a subcontractor that the screening finds ineligible is refused by its name, in words, never by the rule's
 * constant or the vendor's id (Quick Build: unresolved wage theft). The procurement officer reads each rule with the
 * entries that count; the prime reads only the rules' names, since the entries are another company's record. The API
 * answers in English, whatever language the caller asks for.
 */
class SubcontractorEligibilityInWordsTest extends PayrollTest {

    @Autowired
    VendorRegistry vendors;

    @Test
    void thePrimeLearnsWhichRulesTheFirmFailsButNotAnotherCompanysRecord() {
        long contract = executedContract("Subcontractor refused to the prime");
        long quick = users.vendorOf(TestUsers.QUICK);
        Response refused = as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/subcontractors", Map.of("vendorId", quick,
                "trade", "Electrical", "startsOn", "2027-01-04", "endsOn", "2027-01-29"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        JsonNode error = refused.json().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("vendorId");
        assertThat(error.path("reason").asText())
                .isEqualTo(vendors.legalName(quick) + " is not eligible to subcontract from the day it would start (unresolved "
                        + "wage theft); the procurement officer can tell you more");
        assertThat(as(TestUsers.OFFICER).get("/api/contracts/" + contract).json().path("subcontractors").size())
                .as("nothing added").isZero();
    }

    @Test
    void anIneligibleSubcontractorIsRefusedToTheOfficerByNameWithItsReasonsInWords() {
        long contract = executedContract("Subcontractor refused in words");
        long quick = users.vendorOf(TestUsers.QUICK);
        Response refused = as(TestUsers.OFFICER).post("/api/contracts/" + contract + "/subcontractors", Map.of("vendorId", quick,
                "trade", "Electrical", "startsOn", "2027-01-04", "endsOn", "2027-01-29"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        JsonNode error = refused.json().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("vendorId");
        assertThat(error.path("reason").asText())
                .startsWith(vendors.legalName(quick) + " is not eligible to subcontract from the day it would start: ")
                .contains("unresolved wage theft: ", "unresolved wage-theft violation", " between ", "where the standard allows none")
                .doesNotContain("UNRESOLVED_WAGE_THEFT", "vendor " + quick, "[")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        assertThat(as(TestUsers.OFFICER).get("/api/contracts/" + contract).json().path("subcontractors").size())
                .as("nothing added").isZero();
    }
}
