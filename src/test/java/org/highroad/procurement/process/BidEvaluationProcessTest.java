package org.highroad.procurement.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.highroad.procurement.BidSubmission;
import org.highroad.procurement.ProcurementTest;
import org.highroad.support.Http;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.Tasklist;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.FormService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of {@code bid-evaluation.bpmn}, driven through the API and the engine as Tasklist would. */
class BidEvaluationProcessTest extends ProcurementTest {

    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    FormService forms;

    @Test
    void anIneligibleVendorsBidIsDisqualifiedWithTheReason() {
        long solicitation = publishedSolicitation("Ineligible vendor path");
        long bid = submit(TestUsers.QUICK, solicitation, strongBid("900000"));
        assertThat(bidAs(TestUsers.QUICK, bid).path("status").asText()).as("the bidder is told at once").isEqualTo("DISQUALIFIED");
        assertThat(bidAs(TestUsers.QUICK, bid).path("outcomeReason").asText()).contains("UNRESOLVED_WAGE_THEFT");
        deadlinePasses(solicitation);
        assertThat(evaluationEndedAt(bid, BidEvaluationProcess.END_DISQUALIFIED)).isTrue();
    }

    /**
     * One rule for the page and the API (ADR 0036): a rate below the prevailing wage is refused at submission, 422 naming
     * the field and the determination, nothing filed, the vendor's current bid untouched (a mistyped rate in a
     * resubmission must not put a nonresponsive bid in place of a responsive one).
     */
    @Test
    void aBidBelowThePrevailingWageIsRefusedAtSubmissionCitingTheDeterminationAndTheCurrentBidStays() {
        long solicitation = publishedSolicitation("Below prevailing wage path");
        long current = submit(TestUsers.HARBOR, solicitation, strongBid("900000"));
        BidSubmission low = new BidSubmission(new BigDecimal("800000"), List.of(offer(ELECTRICIAN, "56.99", "31.40"),
                offer(LABORER, "43.00", "20.00")), null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, 0, Map.of());
        org.highroad.support.Http.Response refused = as(TestUsers.HARBOR).post("/api/solicitations/" + solicitation + "/bids", low);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        com.fasterxml.jackson.databind.JsonNode errors = refused.json().path("errors");
        assertThat(errors.toString()).contains("\"field\":\"wageOffers[0].baseRate\"", "\"field\":\"wageOffers[1].fringeRate\"",
                "must be at least the prevailing 57.00 an hour", "base and fringe together must be at least the prevailing 69.85",
                "63.00 offered", "MA20240001", "29 CFR 5.5(a)(1)");
        org.highroad.support.Jobs.runDue(management);
        assertThat(as(TestUsers.HARBOR).all("/api/solicitations/" + solicitation + "/bids").json()).as("nothing filed")
                .hasSize(1);
        assertThat(bidAs(TestUsers.HARBOR, current).path("status").asText()).as("the current bid stays").isEqualTo("SCORED");
    }

    @Test
    void aBidWithSeriousSafetyCitationsFailsTheStandardsMandatoryFloor() {
        long solicitation = publishedSolicitation("Safety floor path");
        BidSubmission s = strongBid("900000");
        BidSubmission cited = new BidSubmission(s.price(), s.wageOffers(), null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, 2, Map.of());
        long bid = submit(TestUsers.HARBOR, solicitation, cited);
        assertThat(bidAs(TestUsers.HARBOR, bid).path("status").asText()).isEqualTo("NON_RESPONSIVE");
        assertThat(bidAs(TestUsers.HARBOR, bid).path("outcomeReason").asText()).contains("NO-SERIOUS-SAFETY-CITATIONS").contains("above the maximum");
    }

    @Test
    void aWorksBidMissingAClassificationIsIncomplete() {
        long solicitation = publishedSolicitation("Incomplete path");
        BidSubmission partial = new BidSubmission(new BigDecimal("900000"), List.of(offer(ELECTRICIAN, "60.00", "31.40")),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, 0, Map.of());
        long bid = submit(TestUsers.HARBOR, solicitation, partial);
        assertThat(bidAs(TestUsers.HARBOR, bid).path("status").asText()).isEqualTo("NON_RESPONSIVE");
        assertThat(bidAs(TestUsers.HARBOR, bid).path("outcomeReason").asText()).contains("incomplete").contains(LABORER);
        deadlinePasses(solicitation);
        assertThat(evaluationEndedAt(bid, BidEvaluationProcess.END_INCOMPLETE)).isTrue();
    }

    @Test
    void aScoredBidWaitsForAnOfficerAndIsConfirmedWithTheRatingSaved() {
        long solicitation = publishedSolicitation("Confirm path");
        long bid = submit(TestUsers.HARBOR, solicitation, strongBid("1000000"));
        assertThat(bidAs(TestUsers.HARBOR, bid).path("status").asText()).isEqualTo("SCORED");
        assertThat(bidAs(TestUsers.HARBOR, bid).path("scorecardStatus").asText()).isEqualTo("AWAITING_OFFICER_RATING");
        deadlinePasses(solicitation);

        Response unrated = review(bid, "CONFIRM", "all good", null);
        assertThat(unrated.status()).isEqualTo(409);
        assertThat(unrated.json().path("detail").asText()).contains("WORKPLACE-CULTURE-PLAN");

        Response confirmed = review(bid, "CONFIRM", "Commitments verified against the payroll plan", 5);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().path("bidStatus").asText()).isEqualTo("EVALUATED");
        assertThat(confirmed.json().path("officerRatings").get(0).path("justification").asText()).contains("rubric guidance");
        assertThat(confirmed.json().path("total").decimalValue()).isEqualByComparingTo("97.86");
        assertThat(evaluationEndedAt(bid, BidEvaluationProcess.END_EVALUATED)).isTrue();
        assertThat(as(TestUsers.OFFICER).all("/api/bids/" + bid + "/audit").json().findValuesAsText("action"))
                .contains("SUBMITTED", "SCORED", "RATED", "REVIEW CONFIRMED");
    }

    @Test
    void theBidderReadsItsRatingsJustificationsButNotTheOfficersNoteConfirmingTheScorecard() {
        long solicitation = publishedSolicitation("Confirmation note");
        long bid = submit(TestUsers.HARBOR, solicitation, strongBid("1000000"));
        deadlinePasses(solicitation);
        String note = "Internal: pledges look optimistic, monitor local hire closely";
        assertThat(review(bid, "CONFIRM", note, 4).status()).isEqualTo(200);

        assertThat(as(TestUsers.OFFICER).all("/api/bids/" + bid + "/audit").json().findValuesAsText("reason")).contains(note);
        assertThat(as(TestUsers.HARBOR).all("/api/bids/" + bid + "/audit").json().findValuesAsText("reason"))
                .as("its scorecard's justification is the bidder's, the officer's note is not")
                .contains("Plan reviewed against the rubric guidance").doesNotContain(note);
        as(TestUsers.OFFICER).post("/api/solicitations/" + solicitation + "/award", Map.of("bidId", bid, "reason", "Only bid"));
        assertThat(as(TestUsers.HARBOR).all("/api/bids/" + bid + "/audit").body()).as("after the award too")
                .contains("REVIEW CONFIRMED", "AWARDED").doesNotContain("optimistic");
    }

    @Test
    void anOfficerMayDisqualifyAScoredBidWithAReason() {
        long solicitation = publishedSolicitation("Officer rejects path");
        long bid = submit(TestUsers.NORTHSIDE, solicitation, middleBid("1250000"));
        deadlinePasses(solicitation);
        Response rejected = review(bid, "DISQUALIFY", "Bid bond missing", null);
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(bid(bid).path("status").asText()).isEqualTo("DISQUALIFIED");
        assertThat(bid(bid).path("outcomeReason").asText()).contains("Bid bond missing");
        assertThat(evaluationEndedAt(bid, BidEvaluationProcess.END_DISQUALIFIED_BY_OFFICER)).isTrue();
    }

    @Test
    void aTasklistReviewOutOfBoundsComesBackWithTheReason() {
        long solicitation = publishedSolicitation("Tasklist review path");
        long bid = submit(TestUsers.HARBOR, solicitation, strongBid("1000000"));
        deadlinePasses(solicitation);
        Task task = reviewTask(bid);
        assertThat(tasks.getVariables(task.getId())).as("the scorecard is read through the API, never copied into the process")
                .doesNotContainKeys("scorecardText", "ratings", "rating1Code");
        assertThat(new Tasklist(forms, tasks, identity).formVariables(TestUsers.OFFICER, task.getId()).getValue("ratings", List.class))
                .as("one row for each officer-rated criterion, by name and scale")
                .singleElement().asString().contains("Jobsite culture", "rated from 0 to 5").doesNotContain("WORKPLACE-CULTURE-PLAN");

        completeAs(TestUsers.OFFICER, task, Map.of("ratings", rows(9, "too generous"),
                "decision", "CONFIRM", "reason", "ok"));
        Task again = reviewTask(bid);
        assertThat((String) tasks.getVariable(again.getId(), BidEvaluationProcess.VAR_REFUSAL)).contains("0 to 5");

        completeAs(TestUsers.OFFICER, again, Map.of("ratings", rows(4, "Solid plan"),
                "decision", "CONFIRM", "reason", "ok"));
        assertThat(bid(bid).path("status").asText()).isEqualTo("EVALUATED");
    }

    @Test
    void anEngineAdministratorWhoIsNotAnOfficerIsSentBackFromTheReview() {
        long solicitation = publishedSolicitation("Admin review refused");
        long bid = submit(TestUsers.HARBOR, solicitation, strongBid("1000000"));
        deadlinePasses(solicitation);
        completeAs(TestUsers.ADMIN, reviewTask(bid), Map.of("ratings", rows(4, "fine"),
                "decision", "CONFIRM", "reason", "ok"));
        assertThat(bid(bid).path("status").asText()).isEqualTo("SCORED");
        assertThat((String) tasks.getVariable(reviewTask(bid).getId(), BidEvaluationProcess.VAR_REFUSAL))
                .contains("only a procurement officer");
    }

    @Test
    void aRefusedTasklistAttemptDoesNotSpoilALaterApiReview() {
        long solicitation = publishedSolicitation("Stale form values");
        long bid = submit(TestUsers.HARBOR, solicitation, strongBid("1000000"));
        deadlinePasses(solicitation);
        completeAs(TestUsers.OFFICER, reviewTask(bid), Map.of("ratings", rows(9, "too generous"),
                "decision", "CONFIRM", "reason", "ok"));
        Response api = review(bid, "CONFIRM", "Reviewed again through the API", 4);
        assertThat(api.status()).as(api.body()).isEqualTo(200);
        assertThat(bid(bid).path("status").asText()).isEqualTo("EVALUATED");
    }

    @Test
    void aVeryLongRuleOutReasonIsKeptWithinItsColumn() {
        var solicitation = draft("Ninety classifications");
        var classifications = solicitation.putArray("classifications");
        for (int i = 0; i < 90; i++) {
            classifications.add("CLASSIFICATION NUMBER " + i + " WITH A LONG DESCRIPTIVE NAME FOR THE TRADE");
        }
        long id = as(TestUsers.OFFICER).post("/api/solicitations", solicitation).json().path("id").asLong();
        as(TestUsers.OFFICER).post("/api/solicitations/" + id + "/publication", "");
        BidSubmission one = new BidSubmission(new BigDecimal("500000"), List.of(offer("CLASSIFICATION NUMBER 0 WITH A LONG "
                + "DESCRIPTIVE NAME FOR THE TRADE", "60", "30")), null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, 0, Map.of());
        long bid = submit(TestUsers.HARBOR, id, one);
        assertThat(bidAs(TestUsers.HARBOR, bid).path("status").asText()).isEqualTo("NON_RESPONSIVE");
        assertThat(bidAs(TestUsers.HARBOR, bid).path("outcomeReason").asText()).hasSizeLessThanOrEqualTo(4000).endsWith("…");
    }

    @Test
    void onlyProcurementOfficersMayReviewScorecards() {
        long solicitation = publishedSolicitation("Review authorization");
        long bid = submit(TestUsers.HARBOR, solicitation, strongBid("1000000"));
        assertThat(as(TestUsers.AUDITOR).post("/api/bids/" + bid + "/review", Map.of("decision", "CONFIRM", "reason", "x"))
                .status()).isEqualTo(403);
        assertThat(as(TestUsers.HARBOR).post("/api/bids/" + bid + "/review", Map.of("decision", "CONFIRM", "reason", "x"))
                .status()).isEqualTo(403);
    }

    @Test
    void aResubmissionBeforeTheDeadlineReplacesTheBidAndStopsItsEvaluation() {
        long solicitation = publishedSolicitation("Replacement path");
        long first = submit(TestUsers.HARBOR, solicitation, middleBid("1300000"));
        long second = submit(TestUsers.HARBOR, solicitation, strongBid("1200000"));
        assertThat(bidAs(TestUsers.HARBOR, first).path("status").asText()).isEqualTo("REPLACED");
        assertThat(bidAs(TestUsers.HARBOR, second).path("replacesBidId").asLong()).isEqualTo(first);
        assertThat(evaluationEndedAt(first, BidEvaluationProcess.END_REPLACED)).isTrue();
        assertThat(as(TestUsers.HARBOR).all("/api/solicitations/" + solicitation + "/bids").json()).hasSize(2);
        assertThat(as(TestUsers.NORTHSIDE).all("/api/solicitations/" + solicitation + "/bids").json()).isEmpty();
    }

    @Test
    void aLateBidIsRefused() {
        long solicitation = publishedSolicitation("Late bid");
        clock.advance(java.time.Duration.ofDays(15));
        Response late = as(TestUsers.HARBOR).post("/api/solicitations/" + solicitation + "/bids", strongBid("900000"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().path("detail").asText()).contains("deadline").contains("late bids are refused");
        clock.reset();
        assertThat(as(TestUsers.HARBOR).all("/api/solicitations/" + solicitation + "/bids").json()).isEmpty();
    }

    @Test
    void theOfficersReviewIsCreatedOnlyOnceTheBidsAreOpenedAndNoScoreIsInTheEngineBefore() {
        long solicitation = publishedSolicitation("Review after the opening");
        long bid = submit(TestUsers.HARBOR, solicitation, strongBid("1234567.89"));
        assertThat(bidAs(TestUsers.HARBOR, bid).path("status").asText()).isEqualTo("SCORED");
        assertThat(reviewTask(bid)).as("no review task while the bids are sealed").isNull();
        String instance = evaluationInstance(bid);
        assertThat(runtime.getActiveActivityIds(instance)).containsExactly(BidEvaluationProcess.EVENT_BIDS_OPENED);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).list())
                .as("process variables hold ids and routing flags only, never a price or a score, before the opening")
                .allSatisfy(v -> assertThat(String.valueOf(v.getValue())).doesNotContain("1234567", "Total", "points"))
                .noneMatch(v -> v.getName().equals("scorecardText"));

        deadlinePasses(solicitation);
        Task task = reviewTask(bid);
        assertThat(task).as("the review task, after the opening").isNotNull();
        assertThat(task.getName()).as("named by the vendor, its price and the solicitation, once the price may be read")
                .isEqualTo("Review scorecard: Harbor Builders LLC, $1,234,567.89, Review after the opening");
        assertThat(tasks.getVariables(task.getId())).as("the criteria to rate are the form's rows, not variables")
                .doesNotContainKeys("ratings", "rating1Code");
    }

    @Test
    void aBidWhoseEvaluationRunsAfterTheOpeningGoesStraightToTheOfficer() {
        long solicitation = publishedSolicitation("Evaluated after the opening");
        Response posted = as(TestUsers.HARBOR).post("/api/solicitations/" + solicitation + "/bids", strongBid("1000000"));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        long bid = posted.json().path("id").asLong();
        management.executeJob(deadlineTimerFiresAlone(solicitation));
        assertThat(as(TestUsers.OFFICER).get("/api/solicitations/" + solicitation).json().has("openedAt")).isTrue();
        assertThat(reviewTask(bid)).isNull();

        Jobs.runDue(management);
        assertThat(reviewTask(bid)).as("the evaluation that found the bids opened did not wait for the opening").isNotNull();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(evaluationInstance(bid))
                .activityId(BidEvaluationProcess.EVENT_BIDS_OPENED).count()).isZero();
        clock.reset();
        assertThat(review(bid, "CONFIRM", "Reviewed after the opening", 4).status()).isEqualTo(200);
    }

    /**
     * Sealed means sealed in the engine too: before the opening, nothing an administrator reads in Cockpit or the engine
     * REST (variables, their history, the path taken) tells whether a bid is complete, eligible or meets the floors.
     * Its bidder is told at once (the bid's own record); every evaluation waits at the opening, the same way.
     */
    @Test
    void beforeTheOpeningTheEngineTellsNothingOfWhetherABidIsResponsive() {
        long solicitation = publishedSolicitation("Sealed in the engine too");
        long responsive = submit(TestUsers.HARBOR, solicitation, strongBid("1000000"));
        BidSubmission strong = strongBid("800000");
        BidSubmission cited = new BidSubmission(strong.price(), strong.wageOffers(), null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, 2, Map.of());
        long belowFloor = submit(TestUsers.NORTHSIDE, solicitation, cited);
        long ineligible = submit(TestUsers.QUICK, solicitation, strongBid("900000"));
        assertThat(bidAs(TestUsers.HARBOR, responsive).path("status").asText()).isEqualTo("SCORED");
        assertThat(bidAs(TestUsers.NORTHSIDE, belowFloor).path("status").asText()).as("its bidder is told at once")
                .isEqualTo("NON_RESPONSIVE");
        assertThat(bidAs(TestUsers.QUICK, ineligible).path("status").asText()).isEqualTo("DISQUALIFIED");

        java.util.Set<String> path = null;
        for (long bid : List.of(responsive, belowFloor, ineligible)) {
            String instance = evaluationInstance(bid);
            assertThat(runtime.getActiveActivityIds(instance)).as("bid " + bid + " waits for the opening")
                    .containsExactly(BidEvaluationProcess.EVENT_BIDS_OPENED);
            assertThat(runtime.getVariables(instance)).as("runtime variables of bid " + bid)
                    .doesNotContainKeys(OUTCOME_FLAGS);
            assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).list())
                    .as("history of the variables of bid " + bid).noneMatch(v -> List.of(OUTCOME_FLAGS).contains(v.getName()));
            assertThat(history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates().list())
                    .as("history of the variable updates of bid " + bid).noneMatch(d -> List.of(OUTCOME_FLAGS)
                            .contains(((org.operaton.bpm.engine.history.HistoricVariableUpdate) d).getVariableName()));
            assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
            java.util.Set<String> taken = new java.util.TreeSet<>(history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance).list().stream().map(a -> a.getActivityId()).toList());
            assertThat(taken).as("the path of bid " + bid + " is every bid's path").isEqualTo(path == null ? taken : path);
            path = taken;
        }

        deadlinePasses(solicitation);
        assertThat(evaluationEndedAt(belowFloor, BidEvaluationProcess.END_NON_RESPONSIVE)).isTrue();
        assertThat(evaluationEndedAt(ineligible, BidEvaluationProcess.END_DISQUALIFIED)).isTrue();
        assertThat(reviewTask(responsive)).as("the responsive bid reaches the officer's review").isNotNull();
        assertThat(bidAs(TestUsers.NORTHSIDE, belowFloor).path("outcomeReason").asText()).contains("NO-SERIOUS-SAFETY-CITATIONS");
        clock.reset();
        assertThat(review(responsive, "CONFIRM", "Reviewed after the opening", 4).status()).isEqualTo(200);
        assertThat(evaluationEndedAt(responsive, BidEvaluationProcess.END_EVALUATED)).isTrue();
    }

    private static final String[] OUTCOME_FLAGS = {BidEvaluationProcess.VAR_COMPLETE, BidEvaluationProcess.VAR_ELIGIBLE,
            BidEvaluationProcess.VAR_FLOORS_MET};

    private String evaluationInstance(long bid) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(BidEvaluationProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(bid)).singleResult().getId();
    }

    private Task reviewTask(long bid) {
        return tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(bid))
                .taskDefinitionKey(BidEvaluationProcess.TASK_REVIEW).singleResult();
    }

    /** The dynamic list's rows as Tasklist submits them: the only officer-rated criterion of the test rubric. */
    static String rows(int points, String justification) {
        return Http.JSON.createArrayNode().add(Http.JSON.createObjectNode().put("points", points)
                .put("justification", justification)).toString();
    }

    /** The user submits the task's form in Tasklist. */
    private void completeAs(String user, Task task, Map<String, Object> fields) {
        new Tasklist(forms, tasks, identity).submit(user, task.getId(), fields);
    }
}
