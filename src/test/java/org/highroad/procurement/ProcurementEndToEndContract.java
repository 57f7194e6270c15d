package org.highroad.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The README walkthrough as a test, over HTTP: a solicitation from the demo standard, three bids from three
 * contractors, scorecards, review, ranking, award, {@code BidAwarded}. Run on H2 and on PostgreSQL.
 */
abstract class ProcurementEndToEndContract extends ProcurementTest {

    @Test
    void aSolicitationIsAwardedOnJobQualityNotPriceAlone() {
        long solicitation = publishedSolicitation("Library roof replacement");
        Response visible = as(TestUsers.HARBOR).get("/api/solicitations/" + solicitation);
        assertThat(visible.json().path("rubric")).hasSizeGreaterThan(10);

        // The middle bid is cheaper, the strong bid carries better jobs; Quickbuild is screened out.
        long strong = submit(TestUsers.HARBOR, solicitation, strongBid("1100000"));
        long cheap = submit(TestUsers.NORTHSIDE, solicitation, middleBid("1000000"));
        long screened = submit(TestUsers.QUICK, solicitation, strongBid("900000"));

        assertThat(bid(screened).path("status").asText()).isEqualTo("DISQUALIFIED");
        JsonNode card = as(TestUsers.HARBOR).get("/api/bids/" + strong + "/scorecard").json();
        assertThat(card.path("criteria").findValuesAsText("code")).contains("WAGE-ABOVE-FLOOR", "SCHEDULE-NOTICE", "PRICE");
        assertThat(card.path("subtotals").has("EARNINGS")).isTrue();
        assertThat(line(card, "SCHEDULE-NOTICE").path("reason").asText()).contains("14 days or more");
        assertThat(line(card, "PRICE").has("points")).as("no competitor's price leaks before award").isFalse();
        assertThat(card.has("total")).isFalse();
        assertThat(card.path("subtotals").has("PRICE")).isFalse();
        assertThat(as(TestUsers.HARBOR).get("/api/bids/" + cheap + "/scorecard").status()).as("another vendor's bid").isEqualTo(404);
        assertThat(as(TestUsers.HARBOR).get("/api/solicitations/" + solicitation + "/ranking").status()).isEqualTo(404);

        assertThat(review(strong, "CONFIRM", "Commitments verified", 5).status()).isEqualTo(200);
        assertThat(review(cheap, "CONFIRM", "Commitments verified", 3).status()).isEqualTo(200);
        deadlinePasses(solicitation);

        assertThat(as(TestUsers.HARBOR).get("/api/bids/" + strong).json().has("rank")).as("rank hidden before award").isFalse();
        JsonNode ranking = as(TestUsers.OFFICER).get("/api/solicitations/" + solicitation + "/ranking").json();
        assertThat(ranking.path("entries").get(0).path("bidId").asLong()).isEqualTo(strong);
        assertThat(ranking.path("entries").get(1).path("bidId").asLong()).isEqualTo(cheap);
        assertThat(ranking.path("entries").get(2).path("status").asText()).isEqualTo("DISQUALIFIED");
        // price points are relative to the lowest evaluated price (1,000,000): 40 × 1.0 / 1.1 = 36.36
        JsonNode strongCard = as(TestUsers.OFFICER).get("/api/bids/" + strong + "/scorecard").json();
        assertThat(line(strongCard, "PRICE").path("points").decimalValue()).isEqualByComparingTo("36.36");
        assertThat(strongCard.path("total").decimalValue()).isEqualByComparingTo("94.22");

        Response awarded = as(TestUsers.OFFICER).post("/api/solicitations/" + solicitation + "/award",
                Map.of("bidId", strong, "reason", "Highest total score"));
        assertThat(awarded.status()).as(awarded.body()).isEqualTo(200);
        assertThat(awarded.json().path("status").asText()).isEqualTo("AWARDED");
        assertThat(published.awarded()).anyMatch(e -> e.bidId() == strong && e.solicitationId() == solicitation
                && e.vendorId() == users.vendorOf(TestUsers.HARBOR));
        assertThat(bid(cheap).path("status").asText()).isEqualTo("UNSUCCESSFUL");

        JsonNode notices = as(TestUsers.OFFICER).get("/api/solicitations/" + solicitation + "/notices").json();
        assertThat(notices.findValuesAsText("kind")).containsExactlyInAnyOrder("AWARDED", "UNSUCCESSFUL", "DISQUALIFIED");
        assertThat(as(TestUsers.NORTHSIDE).get("/api/solicitations/" + solicitation + "/notices").json()).hasSize(1);
        JsonNode publicRanking = as(TestUsers.NORTHSIDE).get("/api/solicitations/" + solicitation + "/ranking").json();
        assertThat(publicRanking.path("entries").get(0).path("totalScore").decimalValue()).isEqualByComparingTo("94.22");
        assertThat(publicRanking.path("entries").get(2).has("outcomeReason")).as("another bidder's disqualification").isFalse();
        assertThat(as(TestUsers.HARBOR).get("/api/bids/" + strong).json().path("rank").asInt()).isEqualTo(1);
        assertThat(as(TestUsers.OFFICER).get("/api/solicitations/" + solicitation + "/audit").json().findValuesAsText("action"))
                .contains("DRAFTED", "PUBLISHED", "CLOSED", "RANKED", "AWARDED");
    }

    @Test
    void malformedBidsAreRefusedNamingEachFieldAndNothingIsStored() {
        long solicitation = publishedSolicitation("Bad bids");
        var body = org.highroad.support.Http.JSON.valueToTree(strongBid("1000000"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) body).put("localResidentHoursSharePercent", 140);
        ((com.fasterxml.jackson.databind.node.ObjectNode) body).put("scheduleNoticeDays", "two weeks");
        Response wrongType = as(TestUsers.HARBOR).post("/api/solicitations/" + solicitation + "/bids", body);
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.errorFor("scheduleNoticeDays")).contains("number");

        ((com.fasterxml.jackson.databind.node.ObjectNode) body).put("scheduleNoticeDays", 14);
        ((com.fasterxml.jackson.databind.node.ObjectNode) body).remove("price");
        Response invalid = as(TestUsers.HARBOR).post("/api/solicitations/" + solicitation + "/bids", body);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.errorFor("localResidentHoursSharePercent")).contains("between 0 and 100");
        assertThat(invalid.errorFor("price")).contains("must not be null");

        Response unknownClass = as(TestUsers.HARBOR).post("/api/solicitations/" + solicitation + "/bids",
                new BidSubmission(new java.math.BigDecimal("1"), java.util.List.of(offer("ASTRONAUT", "90", "10")),
                        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
        assertThat(unknownClass.status()).isEqualTo(400);
        assertThat(unknownClass.errorFor("wageOffers[0].classification")).contains("not covered");
        assertThat(as(TestUsers.OFFICER).get("/api/solicitations/" + solicitation + "/bids").json()).isEmpty();
        assertThat(as(TestUsers.OFFICER).post("/api/solicitations/" + solicitation + "/bids", strongBid("1")).status())
                .as("officers do not bid").isEqualTo(403);
    }

    @Test
    void aSolicitationCannotPinADraftStandardOrADeadlineInThePast() {
        var draft = draft("Bad draft");
        draft.put("submissionDeadline", "2020-01-01T00:00:00Z").put("standardVersion", 99);
        Response refused = as(TestUsers.OFFICER).post("/api/solicitations", draft);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFor("submissionDeadline")).contains("future");
        assertThat(refused.errorFor("standardVersion")).contains("no version 99");

        var tooManyRatings = draft("Four officer-rated criteria");
        var rubric = tooManyRatings.putArray("rubric");
        for (String principle : new String[] {"EARNINGS", "BENEFITS", "SCHEDULES", "PURPOSE_AND_MEANING"}) {
            rubric.addObject().put("code", "RATED-" + principle).put("name", "Officer rating").put("principle", principle)
                    .put("kind", "OFFICER_RATED").put("weight", 25).put("minimum", 0).put("maximum", 5);
        }
        Response four = as(TestUsers.OFFICER).post("/api/solicitations", tooManyRatings);
        assertThat(four.status()).isEqualTo(400);
        assertThat(four.errorFor("rubric")).contains("at most 3 officer-rated");
        assertThat(as(TestUsers.ADMIN).post("/api/solicitations", draft("Admin is not an officer")).status()).isEqualTo(403);
    }

    private static JsonNode line(JsonNode card, String code) {
        for (JsonNode line : card.path("criteria")) {
            if (line.path("code").asText().equals(code)) {
                return line;
            }
        }
        throw new AssertionError("no line " + code);
    }
}
