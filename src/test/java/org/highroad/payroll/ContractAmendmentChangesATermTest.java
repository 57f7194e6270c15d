package org.highroad.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.highroad.support.Http.Response;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * An amendment changes at least one term: one whose rates are all empty, all as in the version in force, or only for a
 * classification the contract does not have (an unknown field of the page) is refused with 422, no version made, on the
 * page and on the API; a real raise afterwards is still taken.
 */
class ContractAmendmentChangesATermTest extends PayrollTest {

    @Test
    void anAmendmentThatChangesNothingIsRefusedAndRecordsNoVersion() {
        long contract = executedContract("Amendment changing nothing");
        JsonNode wages = as(TestUsers.OFFICER).get("/api/contracts/" + contract).json().path("current").path("wages");
        int row = -1;
        for (int i = 0; i < wages.size(); i++) {
            if (wages.get(i).path("classification").asText().equals(ELECTRICIAN)) {
                row = i;
            }
        }
        assertThat(row).as("the electrician's row").isNotNegative();
        JsonNode electrician = wages.get(row);
        String amendments = "/api/contracts/" + contract + "/amendments";

        Response none = as(TestUsers.OFFICER).post(amendments, Map.of("effectiveFrom", "2027-02-15", "reason", "nothing changes"));
        assertThat(none.status()).as(none.body()).isEqualTo(422);
        assertThat(none.errorFor("wageOffers")).as(none.body()).contains("an amendment changes at least one term");
        Response same = as(TestUsers.OFFICER).post(amendments, Map.of("effectiveFrom", "2027-02-15", "reason", "the same rates",
                "wageOffers", List.of(Map.of("classification", ELECTRICIAN, "baseRate", electrician.path("offeredBase").decimalValue(),
                        "fringeRate", electrician.path("offeredFringe").decimalValue()))));
        assertThat(same.status()).as(same.body()).isEqualTo(422);
        assertThat(same.errorFor("wageOffers")).as(same.body()).contains("an amendment changes at least one term");

        PageSession officer = new PageSession(port);
        officer.signIn(TestUsers.OFFICER, TestUsers.PASSWORD);
        String page = "/staff/contracts/" + contract;
        officer.get(page);
        Page empty = officer.post(page + "/amendments", Map.of("effectiveFrom", "2027-02-15", "reason", "nothing changes"));
        assertThat(empty.status()).as(empty.body()).isEqualTo(422);
        assertThat(empty.body()).contains("id=\"errors\"", "id=\"base-0-error\"", "an amendment changes at least one term");
        Page tampered = officer.post(page + "/amendments", Map.of("effectiveFrom", "2027-02-15", "reason", "tampered index",
                "base-" + wages.size(), "61.00", "fringe-" + wages.size(), "31.40"));
        assertThat(tampered.status()).as(tampered.body()).isEqualTo(422);
        assertThat(tampered.body()).contains("an amendment changes at least one term");
        assertThat(as(TestUsers.OFFICER).get("/api/contracts/" + contract + "/versions").json().size())
                .as("no version made").isEqualTo(1);

        Page raised = officer.post(page + "/amendments", Map.of("effectiveFrom", "2027-02-15", "reason", "Raise agreed",
                "base-" + row, electrician.path("offeredBase").decimalValue().add(java.math.BigDecimal.ONE).toPlainString(),
                "fringe-" + row, electrician.path("offeredFringe").decimalValue().toPlainString()));
        assertThat(raised.status()).as(raised.body()).isEqualTo(302);
        assertThat(as(TestUsers.OFFICER).get("/api/contracts/" + contract + "/versions").json().size()).isEqualTo(2);
    }
}
