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
 * A prime that names an ineligible firm as its subcontractor is told which firm, by its name, and why in words: each
 * rule by its name and the entries that count, never the rule's constant or the vendor's id (Quick Build: unresolved
 * wage theft). The API answers in English, whatever language the caller asks for.
 */
class SubcontractorEligibilityInWordsTest extends PayrollTest {

    @Autowired
    VendorRegistry vendors;

    @Test
    void anIneligibleSubcontractorIsRefusedByNameWithItsReasonsInWords() {
        long contract = executedContract("Subcontractor refused in words");
        long quick = users.vendorOf(TestUsers.QUICK);
        Response refused = as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/subcontractors", Map.of("vendorId", quick,
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
