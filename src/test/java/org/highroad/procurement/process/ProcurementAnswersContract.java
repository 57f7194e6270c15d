package org.highroad.procurement.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.highroad.platform.process.RetiredVariables;
import org.highroad.procurement.ProcurementTest;
import org.highroad.support.Jobs;
import org.highroad.support.Tasklist;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.DecisionService;
import org.operaton.bpm.engine.FormService;
import org.operaton.bpm.engine.IdentityService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.history.HistoricDetail;
import org.operaton.bpm.engine.history.HistoricFormField;
import org.operaton.bpm.engine.history.HistoricVariableInstance;
import org.operaton.bpm.engine.history.HistoricVariableUpdate;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the engine keeps of a procurement: the officers' scorecard reviews and the award, made in Tasklist and through
 * the API. Process variables hold ids, routing flags and the rubric's labels for the form; the scorecards, the ranking,
 * the ratings, their justifications and the reasons are the procurement module's records (bid, audit trail), behind
 * its access rules, never the engine's, whose history keeps what it holds for years. Run on H2 and on PostgreSQL.
 */
abstract class ProcurementAnswersContract extends ProcurementTest {

    /** Everything a bid evaluation keeps: ids and routing flags (the criteria to rate are the form's rows, shown only). */
    private static final Set<String> EVALUATION_VARIABLES = Set.of("bidId", "solicitationId", "complete", "eligible",
            "floorsMet", "bidsOpened", "confirmed", "refusal", "refusalBy");
    /** Everything a solicitation award keeps: ids, routing flags, the deadline's timer and the recommended bid. */
    private static final Set<String> AWARD_VARIABLES = Set.of("solicitationId", "submissionDeadline", "allEvaluated",
            "rankedBids", "awardBidId", "refusal", "refusalBy");

    @Autowired
    FormService forms;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    RetiredVariables retired;
    @Autowired
    DecisionService decisions;
    @Autowired
    DmnTierTable tiers;

    /**
     * A bid is scored as it comes in, sealed, then again at the opening and at its review: the schedule-notice tier
     * table gives the points for its days of notice each time, and the engine's history (read by administrators and
     * Cockpit, keyed by the bid) keeps none of it. The points are the bid's scorecard, sealed until the opening.
     */
    @Test
    void scoringABidOnTheTierTableLeavesNoDecisionInTheEnginesHistory() {
        long before = tierDecisions();
        long solicitation = publishedSolicitation("Tiers without history");
        long bid = submit(TestUsers.HARBOR, solicitation, strongBid("1100000"));
        assertThat(as(TestUsers.HARBOR).get("/api/bids/" + bid + "/scorecard").json().path("criteria").findValuesAsText("reason"))
                .as("scored while sealed, on the tier table").anyMatch(r -> r.contains("\"14 days or more\" of schedule-notice-tiers"));
        assertThat(tierDecisions()).as("while the bid is sealed").isEqualTo(before);

        deadlinePasses(solicitation);
        assertThat(review(bid, "CONFIRM", "Commitments checked", 5).status()).isEqualTo(200);
        assertThat(tierDecisions()).as("after the opening and the review").isEqualTo(before);
        assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(instance(BidEvaluationProcess.PROCESS_ID, bid))
                .count()).isZero();
    }

    @Test
    void tierDecisionsThatEarlierVersionsLeftInTheEnginesHistoryAreDeleted() {
        // as earlier versions evaluated the table: through the engine's decision service, which keeps each evaluation
        decisions.evaluateDecisionByKey("schedule-notice-tiers").variables(Map.of("value", 10.0)).evaluate();
        assertThat(tierDecisions()).isPositive();

        assertThat(tiers.deleteEvaluationHistory()).isPositive();
        assertThat(tierDecisions()).isZero();
        assertThat(tiers.deleteEvaluationHistory()).as("once").isZero();
    }

    private long tierDecisions() {
        return history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("schedule-notice-tiers").count();
    }

    @Test
    void noScorecardRankingRatingJustificationOrReasonOfAWholeProcurementIsKeptByTheEngine() {
        long solicitation = publishedSolicitation("Answers, not variables");
        long strong = submit(TestUsers.HARBOR, solicitation, strongBid("1100000"));
        long middle = submit(TestUsers.NORTHSIDE, solicitation, middleBid("1000000"));
        deadlinePasses(solicitation);
        Tasklist tasklist = new Tasklist(forms, tasks, identity);

        // Harbor's bid is reviewed in Tasklist, Northside's through the API
        String review = tasklist.openTask(BidEvaluationProcess.PROCESS_ID, strong, BidEvaluationProcess.TASK_REVIEW);
        assertThat(tasklist.formVariables(TestUsers.OFFICER, review)).as("the review form: ids and the criteria to rate")
                .containsEntry("bidId", strong).containsKey(BidEvaluationProcess.VAR_RATINGS).doesNotContainKey("rating1Code")
                .as("the bids are opened, and the flag that routed the bid to wait for it says so")
                .containsEntry("bidsOpened", true)
                .as("the criterion's name and scale are the solicitation's rubric, read through its API")
                .doesNotContainKeys("rating1Scale", "rating2Scale", "rating3Scale")
                .doesNotContainKeys("scorecardText", "decision", "reason", "rating1", "rating1Justification");
        tasklist.submit(TestUsers.OFFICER, review, Map.of("ratings", BidEvaluationProcessTest.rows(5, "Mentoring and a jobsite committee"),
                "decision", "CONFIRM", "reason", "Commitments checked against the payroll plan"));
        Jobs.runDue(management);
        assertThat(review(middle, "CONFIRM", "Checked through the API", 3).status()).isEqualTo(200);

        // the award form offers the top-ranked bid, and nothing of the ranking but its id
        String award = tasklist.openTask(SolicitationAwardProcess.PROCESS_ID, solicitation, SolicitationAwardProcess.TASK_APPROVE_AWARD);
        assertThat(tasklist.formVariables(TestUsers.OFFICER, award)).containsEntry("solicitationId", solicitation)
                .containsEntry("awardBidId", strong).doesNotContainKeys("rankingText", "reason");
        tasklist.submit(TestUsers.OFFICER, award, Map.of("awardBidId", strong, "reason", "Highest total score on job quality"));
        assertThat(as(TestUsers.OFFICER).get("/api/solicitations/" + solicitation).json().path("awardedBidId").asLong())
                .isEqualTo(strong);

        assertThat(as(TestUsers.OFFICER).all("/api/bids/" + strong + "/audit").json().findValuesAsText("reason"))
                .as("the procurement module keeps the answers")
                .contains("Mentoring and a jobsite committee", "Commitments checked against the payroll plan",
                        "Highest total score on job quality");
        List<String> answers = List.of("Mentoring and a jobsite committee", "Commitments checked", "Checked through the API",
                "rubric guidance", "Highest total score");
        for (long bid : List.of(strong, middle)) {
            String instance = instance(BidEvaluationProcess.PROCESS_ID, bid);
            assertThat(variableNames(instance)).as("bid evaluation " + bid).isSubsetOf(EVALUATION_VARIABLES);
            assertThat(storedValues(instance)).as("bid evaluation " + bid)
                    .noneMatch(v -> answers.stream().anyMatch(v::contains) || v.contains("Total") || v.contains("points"));
        }
        String awardInstance = instance(SolicitationAwardProcess.PROCESS_ID, solicitation);
        assertThat(variableNames(awardInstance)).as("solicitation award").isSubsetOf(AWARD_VARIABLES);
        assertThat(storedValues(awardInstance)).as("solicitation award")
                .noneMatch(v -> answers.stream().anyMatch(v::contains) || v.contains("points") || v.contains("price"));
    }

    @Test
    void aProcurementRunningSinceAnEarlierVersionLosesItsAnswersAndDisplayCopiesFromVariablesAndHistory() {
        long solicitation = publishedSolicitation("Retired procurement variables");
        long bid = submit(TestUsers.HARBOR, solicitation, strongBid("1100000"));
        deadlinePasses(solicitation);
        Tasklist tasklist = new Tasklist(forms, tasks, identity);
        String evaluation = instance(BidEvaluationProcess.PROCESS_ID, bid);
        String review = tasklist.openTask(BidEvaluationProcess.PROCESS_ID, bid, BidEvaluationProcess.TASK_REVIEW);
        // what earlier versions kept: a display copy of the scorecard, the answers of a refused attempt (on the process
        // or on the task), and the API's ratings, removed by the delegate but still in history
        runtime.setVariable(evaluation, "rating1Code", "WORKPLACE-CULTURE-PLAN");
        runtime.setVariables(evaluation, Map.of("scorecardText", "Total: 97.86 (legacy)", "decision", "CONFIRM",
                "rating1", "9", "rating1Justification", "Legacy justification", "apiRating0Code", "WORKPLACE-CULTURE-PLAN",
                "apiRating0Justification", "Legacy API justification", "rating1Scale", "Workplace culture plan (legacy 0 to 5)"));
        runtime.removeVariables(evaluation, List.of("apiRating0Code", "apiRating0Justification"));
        tasks.setVariableLocal(review, "reason", "Legacy reason");

        assertThat(retired.remove(BidEvaluationProcess.PROCESS_ID, BidEvaluationProcess.RETIRED_VARIABLES)).isEqualTo(8);
        assertThat(retired.remove(BidEvaluationProcess.PROCESS_ID, BidEvaluationProcess.RETIRED_VARIABLES)).as("once").isZero();
        assertThat(tasklist.formVariables(TestUsers.OFFICER, review))
                .doesNotContainKeys("scorecardText", "decision", "reason", "rating1", "rating1Justification", "rating1Scale")
                .containsEntry("rating1Code", "WORKPLACE-CULTURE-PLAN");
        assertThat(variableNames(evaluation)).isSubsetOf(legacy());
        assertThat(storedValues(evaluation)).noneMatch(v -> v.contains("legacy") || v.contains("Legacy"));

        tasklist.submit(TestUsers.OFFICER, review, Map.of("ratings", BidEvaluationProcessTest.rows(4, "Solid plan"),
                "decision", "CONFIRM", "reason", "Checked"));
        Jobs.runDue(management);
        String awardInstance = instance(SolicitationAwardProcess.PROCESS_ID, solicitation);
        String award = tasklist.openTask(SolicitationAwardProcess.PROCESS_ID, solicitation, SolicitationAwardProcess.TASK_APPROVE_AWARD);
        runtime.setVariables(awardInstance, Map.of("rankingText", "  1  bid " + bid + "  97.86 points (legacy)",
                "reason", "Legacy award reason"));

        assertThat(retired.remove(SolicitationAwardProcess.PROCESS_ID, SolicitationAwardProcess.RETIRED_VARIABLES)).isEqualTo(2);
        assertThat(tasklist.formVariables(TestUsers.OFFICER, award)).doesNotContainKeys("rankingText", "reason")
                .as("the recommended bid stays preselected").containsEntry("awardBidId", bid);
        assertThat(storedValues(awardInstance)).noneMatch(v -> v.contains("legacy") || v.contains("Legacy"));
        tasklist.submit(TestUsers.OFFICER, award, Map.of("awardBidId", bid, "reason", ""));
        assertThat(bid(bid).path("status").asText()).isEqualTo("AWARDED");
    }

    /** What an evaluation started by an earlier version also keeps: the code of a criterion it offered in a slot. */
    private static Set<String> legacy() {
        Set<String> names = new java.util.HashSet<>(EVALUATION_VARIABLES);
        names.add("rating1Code");
        return names;
    }

    private String instance(String processKey, long businessKey) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
                .processInstanceBusinessKey(String.valueOf(businessKey)).singleResult().getId();
    }

    /** Every variable the engine's history knows of the instance, deleted ones included. */
    private List<String> variableNames(String instance) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(instance).includeDeleted().list().stream()
                .map(HistoricVariableInstance::getName).toList();
    }

    /** Every value the engine keeps of the instance: its variables' history and every history detail (form fields too). */
    private List<String> storedValues(String instance) {
        List<String> values = new ArrayList<>();
        history.createHistoricVariableInstanceQuery().processInstanceId(instance).includeDeleted().list()
                .forEach(v -> values.add(String.valueOf(v.getValue())));
        for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(instance).list()) {
            values.add(String.valueOf(detail instanceof HistoricVariableUpdate update ? update.getValue()
                    : ((HistoricFormField) detail).getFieldValue()));
        }
        return Stream.concat(values.stream(), runtime.createVariableInstanceQuery().processInstanceIdIn(instance).list()
                .stream().map(v -> String.valueOf(v.getValue()))).toList();
    }
}
