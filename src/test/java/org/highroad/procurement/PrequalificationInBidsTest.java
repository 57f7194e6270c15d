package org.highroad.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.highroad.standards.scoring.Principle;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.TestUsers;
import org.highroad.vendors.QualificationFixtures;
import org.junit.jupiter.api.Test;

/**
 * Pre-qualification meets bidding: a solicitation may require it (eligibility step), and a criterion a bid leaves
 * unanswered is scored from the vendor's current pre-qualification profile.
 */
class PrequalificationInBidsTest extends ProcurementTest {

    @Test
    void aSolicitationRequiringPrequalificationDisqualifiesOthersAndScoresFromTheProfile() {
        var draft = draft("Pre-qualified bidders only");
        draft.put("requiresPrequalification", true);
        long solicitation = as(TestUsers.OFFICER).post("/api/solicitations", draft).json().path("id").asLong();
        as(TestUsers.OFFICER).post("/api/solicitations/" + solicitation + "/publication", "");

        long unqualified = submit(TestUsers.NORTHSIDE, solicitation, strongBid("1000000"));
        assertThat(bidAs(TestUsers.NORTHSIDE, unqualified).path("status").asText()).isEqualTo("DISQUALIFIED");
        assertThat(bidAs(TestUsers.NORTHSIDE, unqualified).path("outcomeReason").asText()).contains("PREQUALIFICATION").contains(STANDARD);

        qualifyHarbor();
        // paid leave left out of the bid: the profile's 10 days answer it (4 × 10 / 15 = 2.67)
        BidSubmission s = strongBid("1000000");
        BidSubmission noLeave = new BidSubmission(s.price(), s.wageOffers(), null, s.employerHealthPremiumSharePercent(),
                null, s.retirementContributionPercent(), s.scheduleNoticeDays(), s.fullTimeSharePercent(),
                s.localResidentHoursSharePercent(), s.peopleOfColorHoursSharePercent(), s.womenHoursSharePercent(),
                s.apprenticeHoursSharePercent(), s.trainingHoursPerWorkerPerYear(), s.advancementPlan(),
                s.hasCollectiveAgreement(), s.hasWorkerCommittee(), 0, Map.of(Principle.EARNINGS, "see profile"));
        long qualified = submit(TestUsers.HARBOR, solicitation, noLeave);
        assertThat(bidAs(TestUsers.HARBOR, qualified).path("status").asText()).isEqualTo("SCORED");
        JsonNode leave = line(as(TestUsers.HARBOR).get("/api/bids/" + qualified + "/scorecard").json(), "PAID-LEAVE");
        assertThat(new java.math.BigDecimal(leave.path("input").asText())).isEqualByComparingTo("10");
        assertThat(leave.path("points").decimalValue()).isEqualByComparingTo("2.67");
    }

    private void qualifyHarbor() {
        long vendor = users.vendorOf(TestUsers.HARBOR);
        Response filed = as(TestUsers.HARBOR).post("/api/vendors/" + vendor + "/qualifications",
                QualificationFixtures.filing(STANDARD, QualificationFixtures.profile()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        Jobs.runDue(management);
        long qualification = filed.json().path("id").asLong();
        Response decided = as(TestUsers.OFFICER).post("/api/vendors/" + vendor + "/qualifications/" + qualification + "/decision",
                Map.of("decision", "QUALIFY", "qualifiedUntil", org.highroad.support.TestClock.today().plusYears(1).toString(), "notes", "Meets the standard"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        String audit = "/api/vendors/" + vendor + "/qualifications/" + qualification + "/audit";
        assertThat(as(TestUsers.HARBOR).all(audit).json().findValuesAsText("action")).containsExactly("FILED", "QUALIFIED");
        assertThat(as(TestUsers.NORTHSIDE).get(audit).status()).isEqualTo(404);
    }

    private static JsonNode line(JsonNode card, String code) {
        for (JsonNode line : card.path("criteria")) {
            if (line.path("code").asText().equals(code)) {
                return line;
            }
        }
        throw new AssertionError("no line " + code + " in " + card);
    }

}
