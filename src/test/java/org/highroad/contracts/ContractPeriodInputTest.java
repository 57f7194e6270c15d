package org.highroad.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.highroad.procurement.ProcurementTest;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The contract period legal review settles is counted into reporting periods (the payroll calendar, at every cadence):
 * a day the calendar cannot count past is refused naming the field, never answered with a server error.
 */
class ContractPeriodInputTest extends ProcurementTest {

    @Test
    void aPeriodBeyondFourDigitYearsIsRefusedNamingTheField() {
        long solicitation = publishedSolicitation("Contract period input " + System.nanoTime());
        long bid = submit(TestUsers.HARBOR, solicitation, strongBid("1100000"));
        deadlinePasses(solicitation);
        review(bid, "CONFIRM", "verified", 5);
        as(TestUsers.OFFICER).post("/api/solicitations/" + solicitation + "/award", Map.of("bidId", bid, "reason", "top"));
        Jobs.runDue(management);
        long id = -1;
        for (JsonNode c : as(TestUsers.OFFICER).all("/api/contracts").json()) {
            if (c.path("bidId").asLong() == bid) {
                id = c.path("id").asLong();
            }
        }
        String[][] cases = {{"periodEnd", "2027-01-04", "+999999999-12-31"}, {"periodStart", "-999999999-01-01", "2027-03-31"},
                {"periodEnd", "2027-01-04", "+10000-01-01"}};
        for (String[] c : cases) {
            Response refused = as(TestUsers.OFFICER).put("/api/contracts/" + id + "/draft", Map.of("title", "x", "value", 1000,
                    "periodStart", c[1], "periodEnd", c[2], "reportingCadence", "QUARTERLY"));
            assertThat(refused.status()).as(String.join(" ", c) + " " + refused.body()).isEqualTo(400);
            assertThat(refused.errorFor(c[0])).as(refused.body()).isNotBlank();
        }
    }
}
