package org.highroad.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import org.highroad.procurement.ProcurementTest;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * A draft in legal review keeps the award's terms: its value is the awarded bid's price, its period starts at most a
 * year before the award and runs at most five years, ending after it starts; each refusal is 422 naming the field.
 */
class DraftTermsOfTheAwardTest extends ProcurementTest {

    private long contractInLegalReview(String title) {
        long solicitation = publishedSolicitation(title);
        long bid = submit(TestUsers.HARBOR, solicitation, strongBid("1100000"));
        deadlinePasses(solicitation);
        assertThat(review(bid, "CONFIRM", "verified", 5).status()).isEqualTo(200);
        Response awarded = as(TestUsers.OFFICER).post("/api/solicitations/" + solicitation + "/award",
                Map.of("bidId", bid, "reason", "Highest total score"));
        assertThat(awarded.status()).as(awarded.body()).isEqualTo(200);
        Jobs.runDue(management);
        for (JsonNode c : as(TestUsers.OFFICER).all("/api/contracts").json()) {
            if (c.path("bidId").asLong() == bid) {
                return c.path("id").asLong();
            }
        }
        throw new AssertionError("no contract for bid " + bid);
    }

    private Response revise(long id, Object value, LocalDate start, LocalDate end) {
        return as(TestUsers.OFFICER).put("/api/contracts/" + id + "/draft", Map.of("title", "Review API-award race",
                "value", value, "periodStart", start.toString(), "periodEnd", end.toString()));
    }

    @Test
    void aDraftsValueAndPeriodStayWithinTheAward() {
        long id = contractInLegalReview("Draft terms of the award");
        LocalDate today = LocalDate.now(clock);
        LocalDate start = today.plusDays(40);

        Response value = revise(id, 1.00, start, start.plusYears(1));
        assertThat(value.status()).as(value.body()).isEqualTo(422);
        assertThat(value.errorFor("value")).contains("awarded bid's price, 1100000.00");

        Response past = revise(id, 1100000, LocalDate.of(2001, 1, 1), start);
        assertThat(past.status()).as(past.body()).isEqualTo(422);
        assertThat(past.errorFor("periodStart")).contains("at most one year before the award");

        Response longer = revise(id, 1100000, start, LocalDate.of(2127, 1, 1));
        assertThat(longer.status()).as(longer.body()).isEqualTo(422);
        assertThat(longer.errorFor("periodEnd")).contains("at most 5 years");

        Response sameDay = revise(id, 1100000, start, start);
        assertThat(sameDay.status()).as(sameDay.body()).isEqualTo(422);
        assertThat(sameDay.errorFor("periodEnd")).contains("must be after periodStart");

        JsonNode unchanged = as(TestUsers.OFFICER).get("/api/contracts/" + id).json();
        assertThat(unchanged.path("value").decimalValue()).isEqualByComparingTo("1100000");
        assertThat(unchanged.path("status").asText()).isEqualTo("IN_LEGAL_REVIEW");

        Response backdated = revise(id, 1100000, today.minusDays(364), today.plusYears(1));
        assertThat(backdated.status()).as("work begun under a notice to proceed: " + backdated.body()).isEqualTo(200);
        Response fine = revise(id, "1100000.00", start, start.plusYears(5));
        assertThat(fine.status()).as(fine.body()).isEqualTo(200);
        assertThat(fine.json().path("periodEnd").asText()).isEqualTo(start.plusYears(5).toString());
    }
}
