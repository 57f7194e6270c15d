package org.highroad.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.highroad.support.Jobs;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The README walkthrough as a test, over HTTP: a solicitation from the demo standard, three bids from three
 * contractors, sealed until the deadline, opened, reviewed, ranked and awarded ({@code BidAwarded}). Run on H2 and on
 * PostgreSQL.
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

        assertThat(bidAs(TestUsers.QUICK, screened).path("status").asText()).isEqualTo("DISQUALIFIED");
        JsonNode card = as(TestUsers.HARBOR).get("/api/bids/" + strong + "/scorecard").json();
        assertThat(card.path("criteria").findValuesAsText("code")).contains("WAGE-ABOVE-FLOOR", "SCHEDULE-NOTICE", "PRICE");
        assertThat(card.path("subtotals").has("EARNINGS")).isTrue();
        assertThat(line(card, "SCHEDULE-NOTICE").path("reason").asText()).contains("14 days or more");
        assertThat(line(card, "PRICE").has("points")).as("no competitor's price leaks before award").isFalse();
        assertThat(card.has("total")).isFalse();
        assertThat(card.path("subtotals").has("PRICE")).isFalse();
        assertThat(as(TestUsers.HARBOR).get("/api/bids/" + cheap + "/scorecard").status()).as("another vendor's bid").isEqualTo(404);
        assertThat(as(TestUsers.HARBOR).get("/api/solicitations/" + solicitation + "/ranking").status()).isEqualTo(404);

        // The bids are sealed until the deadline: the officer reviews them once they are opened.
        assertThat(as(TestUsers.OFFICER).get("/api/bids/" + strong + "/scorecard").status()).isEqualTo(404);
        assertThat(review(strong, "CONFIRM", "Commitments verified", 5).status()).isEqualTo(404);
        deadlinePasses(solicitation);
        assertThat(as(TestUsers.OFFICER).all("/api/solicitations/" + solicitation + "/audit").json().findValuesAsText("action"))
                .contains("CLOSED", "OPENED");
        assertThat(bid(screened).path("status").asText()).isEqualTo("DISQUALIFIED");

        assertThat(review(strong, "CONFIRM", "Commitments verified", 5).status()).isEqualTo(200);
        assertThat(review(cheap, "CONFIRM", "Commitments verified", 3).status()).isEqualTo(200);

        assertThat(as(TestUsers.HARBOR).get("/api/bids/" + strong).json().has("rank")).as("rank hidden before award").isFalse();
        assertThat(as(TestUsers.HARBOR).all("/api/bids/" + strong + "/audit").body())
                .as("neither Northside's lower price nor Harbor's total reaches Harbor before award")
                .contains("REPRICED", "REVIEW CONFIRMED").doesNotContain("1000000", "total");
        JsonNode ranking = as(TestUsers.OFFICER).get("/api/solicitations/" + solicitation + "/ranking").json();
        assertThat(ranking.path("status").asText()).isEqualTo("EVALUATED");
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
        assertThat(as(TestUsers.OFFICER).all("/api/solicitations/" + solicitation + "/audit").json().findValuesAsText("action"))
                .contains("DRAFTED", "PUBLISHED", "CLOSED", "OPENED", "RANKED", "AWARDED");
    }

    @Test
    void untilTheBidsAreOpenedNoStaffMemberSeesAPriceACommitmentAPointOrARank() {
        long solicitation = publishedSolicitation("Sealed bids");
        Instant deadline = Instant.parse(as(TestUsers.OFFICER).get("/api/solicitations/" + solicitation).json()
                .path("submissionDeadline").asText());
        long harbor = submit(TestUsers.HARBOR, solicitation, strongBid("1234567.89"));
        long northside = submit(TestUsers.NORTHSIDE, solicitation, middleBid("1098765.43"));
        List<String> bidContent = List.of("1234567", "1098765", "totalScore", "\"points\"", "commitments", "wageOffers");

        long noBid = northside + 1000;
        for (String staff : List.of(TestUsers.OFFICER, TestUsers.ADMIN, TestUsers.AUDITOR, TestUsers.STAFF)) {
            // a sealed bid is answered exactly as an id that is no bid: its ids cannot be probed for which solicitation has bids
            for (long bid : List.of(harbor, northside)) {
                for (String tail : List.of("", "/scorecard", "/audit")) {
                    Response sealed = as(staff).get("/api/bids/" + bid + tail);
                    Response unknown = as(staff).get("/api/bids/" + noBid + tail);
                    assertThat(sealed.status()).as(staff + " GET /api/bids/" + bid + tail + ": " + sealed.body()).isEqualTo(404);
                    assertThat(unknown.status()).isEqualTo(404);
                    assertThat(sealed.body().replace("bids/" + bid, "bids/N").replace("bid " + bid, "bid N"))
                            .as(staff + " GET /api/bids/" + bid + tail + ": the same answer as for no bid")
                            .isEqualTo(unknown.body().replace("bids/" + noBid, "bids/N").replace("bid " + noBid, "bid N"));
                    assertThat(sealed.body()).doesNotContain(bidContent).doesNotContain("sealed");
                }
            }
            for (String path : List.of("/api/solicitations/" + solicitation + "/bids",
                    "/api/solicitations/" + solicitation + "/ranking")) {
                Response sealed = as(staff).get(path);
                assertThat(sealed.status()).as(staff + " GET " + path + ": " + sealed.body()).isEqualTo(409);
                assertThat(sealed.json().path("detail").asText()).as(staff + " GET " + path)
                        .contains("sealed until").contains(deadline.toString());
                assertThat(sealed.body()).doesNotContain(bidContent);
            }
            for (String path : List.of("/api/solicitations/" + solicitation, "/api/solicitations/" + solicitation + "/audit",
                    "/api/solicitations/" + solicitation + "/notices")) {
                Response read = as(staff).get(path);
                assertThat(read.status()).as(staff + " GET " + path).isEqualTo(200);
                assertThat(read.body()).as(staff + " GET " + path).doesNotContain(bidContent);
            }
        }
        Response early = review(harbor, "CONFIRM", "Reviewed before the deadline", 5);
        assertThat(early.status()).as("no bid to review yet, as for an unknown id").isEqualTo(404);
        assertThat(early.json().path("detail").asText()).isEqualTo("no bid " + harbor);

        // A bidder always sees its own bid, and only its own; its audit trail carries no amount either.
        JsonNode own = bidAs(TestUsers.HARBOR, harbor);
        assertThat(own.path("commitments").path("price").decimalValue()).isEqualByComparingTo("1234567.89");
        assertThat(own.path("status").asText()).isEqualTo("SCORED");
        assertThat(as(TestUsers.HARBOR).all("/api/solicitations/" + solicitation + "/bids").json()).hasSize(1);
        assertThat(as(TestUsers.HARBOR).get("/api/bids/" + northside).status()).isEqualTo(404);
        assertThat(as(TestUsers.HARBOR).all("/api/bids/" + harbor + "/audit").body()).contains("SUBMITTED", "SCORED")
                .doesNotContain("1234567", "total");

        deadlinePasses(solicitation);
        JsonNode opened = as(TestUsers.OFFICER).get("/api/solicitations/" + solicitation).json();
        assertThat(Instant.parse(opened.path("openedAt").asText())).isAfterOrEqualTo(deadline);
        for (String staff : List.of(TestUsers.OFFICER, TestUsers.ADMIN, TestUsers.AUDITOR, TestUsers.STAFF)) {
            assertThat(as(staff).get("/api/bids/" + harbor).json().path("commitments").path("price").decimalValue())
                    .isEqualByComparingTo("1234567.89");
            assertThat(as(staff).get("/api/bids/" + northside + "/scorecard").json().has("total")).isTrue();
            assertThat(as(staff).all("/api/bids/" + harbor + "/audit").status()).isEqualTo(200);
            assertThat(as(staff).all("/api/solicitations/" + solicitation + "/bids").json()).hasSize(2);
            assertThat(as(staff).get("/api/solicitations/" + solicitation + "/ranking").json().path("entries")).hasSize(2);
        }
        assertThat(review(harbor, "CONFIRM", "Reviewed after the opening", 5).status()).isEqualTo(200);
    }

    @Test
    void aBidEvaluatedWhileTheBidsAreBeingOpenedIsStillReviewedAfterTheOpening() throws Exception {
        for (int round = 1; round <= 3; round++) {
            long solicitation = publishedSolicitation("Opening race " + round);
            Response posted = as(TestUsers.HARBOR).post("/api/solicitations/" + solicitation + "/bids", strongBid("1000000"));
            assertThat(posted.status()).as(posted.body()).isEqualTo(201);
            long bid = posted.json().path("id").asLong();
            String evaluation = evaluationJob(bid);
            String opening = deadlineTimerFiresAlone(solicitation);

            runTogether(evaluation, opening);
            Jobs.runDue(management);
            clock.reset();
            Response reviewed = review(bid, "CONFIRM", "Reviewed after the opening", 4);
            assertThat(reviewed.status()).as("round " + round + ": " + reviewed.body()).isEqualTo(200);
        }
    }

    /** Runs two jobs at the same moment on two threads; a job that loses a lock is retried by the next run. */
    private void runTogether(String... jobs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(jobs.length);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (String job : jobs) {
                runs.add(pool.submit(() -> {
                    start.await();
                    try {
                        management.executeJob(job);
                    } catch (RuntimeException failed) {
                        // left for the retry
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
        }
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
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.errorFor("localResidentHoursSharePercent")).contains("between 0 and 100");
        assertThat(invalid.errorFor("price")).contains("must not be null");

        Response unknownClass = as(TestUsers.HARBOR).post("/api/solicitations/" + solicitation + "/bids",
                new BidSubmission(new java.math.BigDecimal("1"), java.util.List.of(offer("ASTRONAUT", "90", "10")),
                        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
        assertThat(unknownClass.status()).isEqualTo(422);
        assertThat(unknownClass.errorFor("wageOffers[0].classification")).contains("not covered");
        assertThat(as(TestUsers.HARBOR).all("/api/solicitations/" + solicitation + "/bids").json()).isEmpty();
        assertThat(as(TestUsers.OFFICER).post("/api/solicitations/" + solicitation + "/bids", strongBid("1")).status())
                .as("officers do not bid").isEqualTo(403);
    }

    @Test
    void aSolicitationCannotPinADraftStandardOrADeadlineInThePast() {
        var draft = draft("Bad draft");
        draft.put("submissionDeadline", "2020-01-01T00:00:00Z").put("standardVersion", 99);
        Response refused = as(TestUsers.OFFICER).post("/api/solicitations", draft);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorFor("submissionDeadline")).contains("future");
        assertThat(refused.errorFor("standardVersion")).contains("no version 99");

        // four officer-rated criteria: no longer too many, the review form has a row for each
        var fourRatings = draft("Four officer-rated criteria");
        var rubric = fourRatings.putArray("rubric");
        for (String principle : new String[] {"EARNINGS", "BENEFITS", "SCHEDULES", "PURPOSE_AND_MEANING"}) {
            rubric.addObject().put("code", "RATED-" + principle).put("name", "Officer rating").put("principle", principle)
                    .put("kind", "OFFICER_RATED").put("weight", 25).put("minimum", 0).put("maximum", 5);
        }
        Response four = as(TestUsers.OFFICER).post("/api/solicitations", fourRatings);
        assertThat(four.status()).as(four.body()).isEqualTo(201);
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
