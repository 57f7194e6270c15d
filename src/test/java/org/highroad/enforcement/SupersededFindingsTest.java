package org.highroad.enforcement;

import static org.highroad.support.AtOnce.atOnce;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highroad.enforcement.process.ComplianceCaseProcess;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.PageSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.task.Task;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.model.bpmn.builder.SubProcessBuilder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Findings of a payroll that a correction supersedes leave their compliance case's review, on the README walkthrough's
 * payroll: Andre Johnson (worker 5678) paid $42.00 with $25.00 to plans against the committed $45.00 and $26.85, then a
 * correction that pays him in full. Findings still awaiting review are superseded: their review round ends when none of
 * its findings is left, a review of one is refused, no notice names them. Findings an auditor confirmed stand (ADR
 * 0030): the ledger owes them still, a correction that finds one again does not record it twice (also two corrections
 * at once) and shows what it owes now, and one it shows corrected is flagged for the auditor.
 */
class SupersededFindingsTest extends CaseTest {

    @Autowired
    private ReviewRounds reviewRounds;

    @Autowired
    private RepositoryService repository;

    private long contract;
    private long caseId;
    private List<Long> original;

    @BeforeEach
    void harborFilesTheWalkthroughPayroll() throws Exception {
        contract = executedContract("Superseded findings " + System.nanoTime());
        assertThat(send(TestUsers.HARBOR, "/api/contracts/" + contract + "/compliance-statements", "application/json",
                Files.readString(Path.of("docs/walkthrough/statement-of-compliance.json"))).status()).isEqualTo(201);
        Response payroll = post(TestUsers.HARBOR, contract, WEEK, Files.readString(Path.of("docs/walkthrough/payroll-week-1.csv")));
        assertThat(payroll.status()).as(payroll.body()).isEqualTo(201);
        caseId = caseOf(contract).path("id").asLong();
        original = findingIds(get(caseId));
        assertThat(original).hasSize(4);
    }

    private Response correct() throws Exception {
        Response correction = post(TestUsers.HARBOR, contract, WEEK, correctedWalkthroughPayroll());
        assertThat(correction.status()).as(correction.body()).isEqualTo(201);
        return correction;
    }

    @Test
    void supersededFindingsLeaveReviewTheirTasksEndAReviewIsRefusedAndNoNoticeNamesThem() throws Exception {
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_REVIEW_ROUND)).as("one review task for the round").hasSize(1);

        correct();

        JsonNode c = get(caseId);
        for (JsonNode f : c.path("findings")) {
            if (original.contains(f.path("finding").path("id").asLong())) {
                assertThat(f.path("review").asText()).as(f.toString()).isEqualTo("SUPERSEDED");
                assertThat(f.path("finding").path("status").asText()).isEqualTo("SUPERSEDED");
            }
        }
        assertThat(c.path("supersededFindings").asInt()).isEqualTo(4);
        assertThat(c.path("pendingFindings").asInt()).as("only the correction's own findings wait for review")
                .isEqualTo(findingIds(c).size() - 4);
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_REVIEW_ROUND)).as("the correction's own findings: the next round")
                .hasSize(1);
        assertThat(history.createHistoricActivityInstanceQuery().activityId(ComplianceCaseProcess.END_ROUND_SETTLED)
                .processInstanceId(instance()).count()).as("the round's findings all left review: its task ended by its boundary event")
                .isEqualTo(1);
        Response refused = as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/findings/" + original.get(0) + "/review",
                Map.of("decision", "CONFIRM", "reason", "Rates checked against Schedule A"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("superseded");

        reviewAll(caseId, Set.of()); // the correction's own findings: its share shortfalls, dismissed
        c = get(caseId);
        assertThat(c.path("status").asText()).isEqualTo("CLOSED");
        assertThat(c.path("outcome").asText()).as("nothing stands: superseded or dismissed").isEqualTo("SUPERSEDED");
        assertThat(c.path("closedReason").asText()).contains("superseded");
        assertThat(processEnded(caseId)).isTrue();
        assertThat(as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/notices").json()).as("no notice for them").isEmpty();
        assertThat(as(TestUsers.HARBOR).get("/api/cases/" + caseId).json().path("closedReason").asText())
                .as("written by the rules, read by the contractor").contains("superseded");
    }

    /**
     * A case opened on the previous model (ADR 0007) has one review task per finding: a correction superseding several
     * of them ends each one's task by its boundary event, in the accept's transaction, and leaves the task of a finding
     * it does not supersede open. The previous model is deployed for this test only, its instance beside the case's.
     */
    @Test
    void aCorrectionSupersedingSeveralFindingsOfACaseOnThePreviousModelEndsEachFindingsOwnReviewTask() throws Exception {
        long notSuperseded = 0L; // no finding has id 0: its task must stay open
        List<Long> reviewed = new ArrayList<>(original);
        reviewed.add(notSuperseded);
        String current = instance();
        String deployment = repository.createDeployment().name("the compliance case's previous model")
                .addModelInstance("compliance-case-previous.bpmn", previousModel()).deploy().getId();
        try {
            String previous = runtime.startProcessInstanceByKey(ComplianceCaseProcess.PROCESS_ID, String.valueOf(caseId),
                    Map.of("findings", reviewed)).getId();
            assertThat(openTasks(caseId, ComplianceCaseProcess.PREVIOUS_TASK_REVIEW_FINDING)).as("one task per finding")
                    .hasSize(5);

            correct();

            List<Task> left = openTasks(caseId, ComplianceCaseProcess.PREVIOUS_TASK_REVIEW_FINDING);
            assertThat(left).as("only the task of the finding the correction did not supersede").hasSize(1);
            assertThat(tasks.getVariableLocal(left.get(0).getId(), ComplianceCaseProcess.VAR_REVIEW_OF)).isEqualTo(notSuperseded);
            assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(previous)
                    .activityId("boundaryEvent_findingSuperseded").count()).as("each superseded finding's task ended by its event")
                    .isEqualTo(4);
            assertThat(history.createHistoricActivityInstanceQuery().activityId(ComplianceCaseProcess.END_ROUND_SETTLED)
                    .processInstanceId(current).count()).as("the current model's round ended too").isEqualTo(1);
            assertThat(findingIds(get(caseId))).containsAll(original);
            assertThat(get(caseId).path("supersededFindings").asInt()).isEqualTo(4);
        } finally {
            repository.deleteDeployment(deployment, true);
        }
    }

    /** The previous model's review, as far as superseding goes: one task per finding, ended by the finding's message. */
    private static BpmnModelInstance previousModel() {
        return Bpmn.createExecutableProcess(ComplianceCaseProcess.PROCESS_ID).operatonHistoryTimeToLive(1).startEvent()
                .subProcess("subProcess_reviewEachFinding").multiInstance().parallel().operatonCollection("${findings}")
                .operatonElementVariable("findingId").<SubProcessBuilder>multiInstanceDone().embeddedSubProcess().startEvent()
                .userTask(ComplianceCaseProcess.PREVIOUS_TASK_REVIEW_FINDING)
                .operatonTaskListenerExpression("create", "${task.setVariableLocal('" + ComplianceCaseProcess.VAR_REVIEW_OF
                        + "', findingId)}")
                .boundaryEvent("boundaryEvent_findingSuperseded").message(ComplianceCaseProcess.MESSAGE_FINDING_SUPERSEDED)
                .endEvent("endEvent_findingSuperseded")
                .moveToActivity(ComplianceCaseProcess.PREVIOUS_TASK_REVIEW_FINDING).endEvent("endEvent_findingReviewed")
                .subProcessDone().endEvent().done();
    }

    @Test
    void aConfirmedFindingStandsThroughACorrectionThatShowsItCorrectedTheLedgerOwesItStillAndTheAuditorSeesIt() throws Exception {
        reviewAll(caseId, Set.of("UNDERPAID_BASE", "FRINGE_SHORTFALL"));
        JsonNode notices = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/notices").json();
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).path("amountOwed").decimalValue()).isEqualByComparingTo("194.00");
        List<Long> confirmed = idsReviewed(get(caseId), "CONFIRMED");
        assertThat(confirmed).hasSize(2);

        long correctionId = correct().json().path("id").asLong();

        JsonNode c = get(caseId);
        assertThat(c.path("status").asText()).isEqualTo("OPEN");
        assertThat(c.path("confirmedFindings").asInt()).as("a certified correction is no proof of payment").isEqualTo(2);
        assertThat(c.path("supersededFindings").asInt()).isZero();
        assertThat(c.path("outstanding").decimalValue()).isEqualByComparingTo("194.00");
        for (JsonNode f : c.path("findings")) {
            if (confirmed.contains(f.path("finding").path("id").asLong())) {
                assertThat(f.path("review").asText()).isEqualTo("CONFIRMED");
                assertThat(f.path("finding").path("status").asText()).isEqualTo("CONFIRMED");
                assertThat(f.path("recheck").path("submissionId").asLong()).as(f.toString()).isEqualTo(correctionId);
                assertThat(f.path("recheck").path("stillFound").asBoolean()).as("the correction shows it corrected").isFalse();
            }
        }
        JsonNode ledger = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/ledger").json();
        assertThat(ledger.path("entries").findValuesAsText("kind")).as("nothing reversed").doesNotContain("OWED_REVERSED");
        assertThat(ledger.path("entries").findValuesAsText("kind").stream().filter("OWED"::equals)).hasSize(2);
        for (JsonNode s : as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/steps").json()) {
            assertThat(s.path("decision").asText()).as(s.toString()).isNotEqualTo("SUPERSEDED");
        }
        assertThat(wageFindingsOf(correctionId)).as("the worker is paid right on the correction").isEmpty();

        // the auditor reads it on the case page, in English and Spanish; the contractor on its own
        PageSession auditor = new PageSession(port);
        auditor.signIn(TestUsers.AUDITOR, TestUsers.PASSWORD);
        PageSession.Page page = auditor.get("/staff/cases/" + caseId);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"recheck-" + confirmed.get(0) + "\"", "payroll " + correctionId
                + " shows it corrected; it stands until the auditor verifies payment");
        assertThat(auditor.get("/staff/cases/" + caseId + "?lang=es").body()).contains("la nómina " + correctionId + " lo muestra corregido");
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        assertThat(harbor.get("/portal/cases/" + caseId).body()).contains("payroll " + correctionId + " shows it corrected");
        assertThat(reviewRounds.pendingAsMarkdown(caseId)).as("the review round's form says so too")
                .contains("- finding " + confirmed.get(0) + ": payroll " + correctionId + " shows it corrected");

        reviewEveryRound(caseId, Set.of()); // whatever the correction found of its own
        assertThat(as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/notices").json()).as("no amended notice").hasSize(1);
        assertThat(get(caseId).path("confirmedFindings").asInt()).isEqualTo(2);
    }

    @Test
    void aCorrectionThatFindsAConfirmedViolationAgainDoesNotOweItTwiceAndShowsWhatItOwesNow() throws Exception {
        reviewAll(caseId, Set.of("UNDERPAID_BASE", "FRINGE_SHORTFALL"));
        List<Long> confirmed = idsReviewed(get(caseId), "CONFIRMED");

        // $43.00 an hour against the $45.00 committed: the base rate still underpaid, $80.00 now; plans paid right
        Response correction = post(TestUsers.HARBOR, contract, WEEK, partlyCorrected("43.00"));
        assertThat(correction.status()).as(correction.body()).isEqualTo(201);
        long correctionId = correction.json().path("id").asLong();

        JsonNode c = get(caseId);
        JsonNode base = null;
        JsonNode fringe = null;
        for (JsonNode f : c.path("findings")) {
            if (confirmed.contains(f.path("finding").path("id").asLong())) {
                if (f.path("finding").path("kind").asText().equals("UNDERPAID_BASE")) {
                    base = f;
                } else {
                    fringe = f;
                }
            }
        }
        assertThat(base.path("review").asText()).isEqualTo("CONFIRMED");
        assertThat(base.path("finding").path("amountOwed").decimalValue()).as("the confirmed amount stands").isEqualByComparingTo("120.00");
        assertThat(base.path("recheck").path("stillFound").asBoolean()).isTrue();
        assertThat(base.path("recheck").path("submissionId").asLong()).isEqualTo(correctionId);
        assertThat(base.path("recheck").path("amountNow").decimalValue()).isEqualByComparingTo("80.00");
        assertThat(base.path("recheck").path("difference").decimalValue()).isEqualByComparingTo("-40.00");
        assertThat(fringe.path("recheck").path("stillFound").asBoolean()).isFalse();
        assertThat(wageFindingsOf(correctionId)).as("found again, owed once: no second finding").isEmpty();
        assertThat(standingViolations(base.path("finding").path("id").asLong())).isOne();
        assertThat(c.path("amountOwed").decimalValue()).isEqualByComparingTo("194.00");
        assertThat(c.path("outstanding").decimalValue()).isEqualByComparingTo("194.00");
        JsonNode ledger = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/ledger").json();
        assertThat(ledger.path("entries").findValuesAsText("kind").stream().filter("OWED"::equals)).hasSize(2);
        assertThat(ledger.path("entries").findValuesAsText("kind")).doesNotContain("OWED_REVERSED");
        assertThat(ledger.path("totals").path("owed").decimalValue()).isEqualByComparingTo("194.00");

        PageSession auditor = new PageSession(port);
        auditor.signIn(TestUsers.AUDITOR, TestUsers.PASSWORD);
        assertThat(auditor.get("/staff/cases/" + caseId).body()).contains("payroll " + correctionId + " shows it still, owing $80.00");

        // the correction checked again finds nothing new
        Response recheck = as(TestUsers.AUDITOR).post("/api/payrolls/" + correctionId + "/check", Map.of());
        assertThat(recheck.status()).as(recheck.body()).isEqualTo(200);
        assertThat(wageFindingsOf(correctionId)).isEmpty();
    }

    @Test
    void twoCorrectionsAtOnceLeaveTheConfirmedViolationOwedOnce() throws Exception {
        reviewAll(caseId, Set.of("UNDERPAID_BASE", "FRINGE_SHORTFALL"));
        long base = idsReviewed(get(caseId), "CONFIRMED").get(0);

        List<Response> corrections = atOnce(List.of(() -> post(TestUsers.HARBOR, contract, WEEK, partlyCorrected("43.00")),
                () -> post(TestUsers.HARBOR, contract, WEEK, partlyCorrected("44.00"))));

        assertThat(corrections).extracting(Response::status).as(corrections.toString()).containsOnly(201);
        assertThat(standingViolations(base)).as("one finding owes the violation").isOne();
        JsonNode c = get(caseId);
        assertThat(c.path("confirmedFindings").asInt()).isEqualTo(2);
        assertThat(c.path("outstanding").decimalValue()).isEqualByComparingTo("194.00");
        JsonNode ledger = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/ledger").json();
        assertThat(ledger.path("entries").findValuesAsText("kind")).doesNotContain("OWED_REVERSED");
        assertThat(ledger.path("totals").path("owed").decimalValue()).isEqualByComparingTo("194.00");
        long inForce = jdbc.queryForObject("select id from payroll_submission where contract_id = ? and status = 'ACCEPTED'",
                Long.class, contract);
        for (JsonNode f : c.path("findings")) {
            if (f.path("finding").path("id").asLong() == base) {
                assertThat(f.path("recheck").path("submissionId").asLong()).as("the payroll in force was checked last").isEqualTo(inForce);
            }
        }
    }

    /** The walkthrough's payroll with Andre Johnson (5678) at {@code rate} an hour, his plans paid in full. */
    private static String partlyCorrected(String rate) throws Exception {
        java.math.BigDecimal gross = new java.math.BigDecimal(rate).multiply(java.math.BigDecimal.valueOf(40)).setScale(2);
        return Files.readString(Path.of("docs/walkthrough/payroll-week-1.csv")).replace(
                "42.00,,25.00,0,1680.00,1680.00,180.00,128.52,0,308.52,1371.48",
                rate + ",,26.85,0," + gross + "," + gross + ",180.00,128.52,0,308.52," + gross.subtract(new java.math.BigDecimal("308.52")));
    }

    /** The wage findings recorded on a payroll (not its share shortfalls). */
    private List<String> wageFindingsOf(long submissionId) {
        return jdbc.queryForList("select kind from payroll_finding where submission_id = ? and kind not in ('SHARE_SHORTFALL', "
                + "'LATE_REPORT')", String.class, submissionId);
    }

    /** How many findings awaiting review or owed hold the violation of this finding. */
    private int standingViolations(long findingId) {
        return jdbc.queryForObject("select count(*) from payroll_finding f join payroll_finding o on o.contract_id = f.contract_id "
                + "and o.vendor_id = f.vendor_id and o.week_ending = f.week_ending and o.kind = f.kind and o.worker_ref = f.worker_ref "
                + "where f.id = ? and o.status in ('OPEN', 'CONFIRMED')", Integer.class, findingId);
    }

    private static List<Long> idsReviewed(JsonNode c, String review) {
        List<Long> out = new ArrayList<>();
        c.path("findings").forEach(f -> {
            if (f.path("review").asText().equals(review)) {
                out.add(f.path("finding").path("id").asLong());
            }
        });
        return out;
    }

    private String instance() {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(ComplianceCaseProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(caseId)).singleResult().getId();
    }

    private static List<Long> findingIds(JsonNode c) {
        List<Long> out = new ArrayList<>();
        c.path("findings").forEach(f -> out.add(f.path("finding").path("id").asLong()));
        return out;
    }
}
