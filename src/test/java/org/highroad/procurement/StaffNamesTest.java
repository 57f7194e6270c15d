package org.highroad.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * A bidder reads what was done to its bid and when, by whom when it was its own people or the workflow, never which
 * staff member of the agency: agency staff read every name.
 */
class StaffNamesTest extends ProcurementTest {

    private static final String WORKFLOW = "highroad-workflow";

    @Test
    void aBidderReadsItsBidsAuditTrailScorecardAndSolicitationWithoutTheNamesOfAgencyStaff() {
        long solicitation = publishedSolicitation("Staff names");
        long bid = submit(TestUsers.HARBOR, solicitation, strongBid("1100000"));
        deadlinePasses(solicitation);
        assertThat(review(bid, "CONFIRM", "Commitments checked", 5).status()).isEqualTo(200);
        Response awarded = as(TestUsers.OFFICER).post("/api/solicitations/" + solicitation + "/award",
                Map.of("bidId", bid, "reason", "Highest total score"));
        assertThat(awarded.status()).as(awarded.body()).isEqualTo(200);

        JsonNode audit = as(TestUsers.HARBOR).all("/api/bids/" + bid + "/audit").json();
        assertThat(audit.findValuesAsText("action")).contains("SUBMITTED", "SCORED", "RATED", "REVIEW CONFIRMED", "AWARDED");
        for (JsonNode entry : audit) {
            String action = entry.path("action").asText();
            String actor = entry.path("actor").asText(null);
            switch (action) {
                case "SUBMITTED" -> assertThat(actor).as(action).isEqualTo(TestUsers.HARBOR);
                case "SCORED", "REPRICED" -> assertThat(actor).as(action).isEqualTo(WORKFLOW);
                default -> assertThat(actor).as(action).isNull();
            }
        }
        JsonNode ratings = as(TestUsers.HARBOR).get("/api/bids/" + bid + "/scorecard").json().path("officerRatings");
        assertThat(ratings).hasSize(1);
        assertThat(ratings.get(0).path("justification").asText()).isNotBlank();
        assertThat(ratings.get(0).has("ratedAt")).isTrue();
        assertThat(ratings.get(0).has("ratedBy")).as("which officer rated is the agency's").isFalse();
        assertThat(as(TestUsers.HARBOR).get("/api/solicitations/" + solicitation).json().has("createdBy")).isFalse();
        assertThat(as(TestUsers.HARBOR).get("/api/solicitations").json().findValues("createdBy")).isEmpty();

        assertThat(as(TestUsers.OFFICER).all("/api/bids/" + bid + "/audit").json().findValuesAsText("actor"))
                .contains(TestUsers.OFFICER, TestUsers.HARBOR);
        assertThat(as(TestUsers.AUDITOR).get("/api/bids/" + bid + "/scorecard").json().path("officerRatings").get(0)
                .path("ratedBy").asText()).isEqualTo(TestUsers.OFFICER);
        assertThat(as(TestUsers.OFFICER).get("/api/solicitations/" + solicitation).json().path("createdBy").asText())
                .isEqualTo(TestUsers.OFFICER);
    }
}
