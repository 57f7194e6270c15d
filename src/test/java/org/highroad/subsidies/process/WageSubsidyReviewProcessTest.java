package org.highroad.subsidies.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.highroad.subsidies.SubsidiesTest;
import org.highroad.subsidies.SubsidyRequests;
import org.highroad.support.Http;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.PageSession;
import org.highroad.support.ShownLinks;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code wageSubsidyReview} on the engine with its delegates: returned for revision and resubmitted,
 * approved automatically, approved or refused by workforce staff, budget exhausted, withdrawn, reduced, and an
 * agreement not accepted before the first day. The request's default figures: $22.00 an hour, 520 training hours, 50%:
 * $5,720.00 per hire; 3 hires $17,160.00.
 */
class WageSubsidyReviewProcessTest extends SubsidiesTest {

    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    org.operaton.bpm.engine.FormService forms;
    @Autowired
    SubsidyRequests requests;

    @Test
    void aRequestFailingHardRulesIsReturnedWithEveryReasonAndTheResubmissionIsANewVersion() {
        long program = program("250000.00", "100000.00");
        JsonNode returned = submitted(TestUsers.HARBOR, program, content().put("hourlyWage", "19.50").put("hoursPerWeek", 30));
        long v1 = returned.path("id").asLong();
        assertThat(returned.path("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.path("reasons").findValuesAsText("field")).containsExactly("hourlyWage", "hoursPerWeek");
        assertThat(returned.path("reasons").get(0).path("text").asText())
                .isEqualTo("the hourly wage $19.50 is below the program's minimum wage $20.00");
        assertThat(endedAt(v1)).isEqualTo(WageSubsidyReviewProcess.END_RETURNED);
        assertThat(held(v1)).as("nothing reserved").isZero();

        Response revised = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + v1 + "/revision", "");
        assertThat(revised.status()).as(revised.body()).isEqualTo(201);
        long v2 = revised.json().path("id").asLong();
        assertThat(revised.json().path("version").asInt()).isEqualTo(2);
        assertThat(revised.json().path("lineageId").asLong()).isEqualTo(v1);
        assertThat(as(TestUsers.HARBOR).put("/api/subsidy-requests/" + v2, Http.JSON.createObjectNode()
                .set("content", content())).status()).isEqualTo(200);
        JsonNode resubmitted = submit(TestUsers.HARBOR, v2);

        assertThat(resubmitted.path("status").asText()).isEqualTo("APPROVED");
        assertThat(resubmitted.path("versions").findValuesAsText("status")).containsExactly("RETURNED", "APPROVED");
        assertThat(read(TestUsers.HARBOR, v1).path("content").path("hourlyWage").decimalValue())
                .as("the returned version is kept as it was").isEqualByComparingTo("19.50");
        assertThat(as(TestUsers.HARBOR).post("/api/subsidy-requests/" + v2 + "/revision", "").status())
                .as("only a returned version is revised").isEqualTo(409);
    }

    @Test
    void belowTheAutomaticAmountItIsApprovedOnConditionAndTheEmployerAcceptsTheAgreementBeforeTheFirstDay() throws Exception {
        long program = program("250000.00", "8000.00");
        JsonNode approved = submitted(TestUsers.HARBOR, program, content().put("hires", 1));
        long id = approved.path("id").asLong();

        assertThat(approved.path("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("reimbursementPerHire").decimalValue()).isEqualByComparingTo("5720.00");
        assertThat(approved.path("reimbursementTotal").decimalValue()).isEqualByComparingTo("5720.00");
        assertThat(approved.path("scoreTotal").decimalValue()).isEqualByComparingTo("66.67");
        assertThat(approved.path("qualityJob").asBoolean()).isTrue();
        assertThat(approved.path("flags").findValuesAsText("rule")).containsExactly("LIVING_WAGE");
        assertThat(approved.path("decisionNote").asText()).contains("on condition of a wage-progression commitment");
        assertThat(held(id)).isEqualByComparingTo("5720.00");

        Task accept = task(id);
        assertThat(accept.getTaskDefinitionKey()).isEqualTo(WageSubsidyReviewProcess.TASK_ACCEPT);
        assertThat(tasks.getIdentityLinksForTask(accept.getId()))
                .anyMatch(l -> ("vendor" + users.vendorOf(TestUsers.HARBOR)).equals(l.getGroupId()));

        // the form's link to the agreement opens in the employer's signed-in browser (the portal's, not the API's)
        try (var deployed = forms.getDeployedTaskForm(accept.getId())) {
            List<String> links = ShownLinks.inForm(new String(deployed.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                    tasks.getVariables(accept.getId()));
            assertThat(links).containsExactly("/portal/subsidies/" + id + "/agreement.pdf");
            PageSession employer = new PageSession(port);
            employer.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
            ShownLinks.openFor(employer, "employer", links);
            assertThat(employer.get(links.get(0)).body()).startsWith("%PDF");
        }

        String text = pdfText(requests.agreement(id));
        assertThat(text).contains("On-the-job training agreement", "$22.00", "$5,720.00", "Conditions of approval",
                "below the county living-wage benchmark $26.00", "before acceptance are never reimbursed");

        Response noCommitment = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/agreement/acceptance", Map.of());
        assertThat(noCommitment.status()).isEqualTo(409);
        assertThat(noCommitment.body()).contains("wage-progression commitment");
        assertThat(as(TestUsers.NORTHSIDE).post("/api/subsidy-requests/" + id + "/agreement/acceptance",
                Map.of("wageCommitment", "x")).status()).as("another employer").isEqualTo(404);

        Response accepted = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/agreement/acceptance",
                Map.of("wageCommitment", "$24.00 after 3 months, $26.50 after 6"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().path("status").asText()).isEqualTo("AGREED");
        assertThat(endedAt(id)).isEqualTo(WageSubsidyReviewProcess.END_AGREED);
        assertThat(jdbc.queryForObject("select accepted_on from subsidy_agreement where request_id = ?", java.sql.Date.class, id)
                .toLocalDate()).isEqualTo(today());
    }

    @Test
    void aboveTheAutomaticAmountWorkforceStaffReviewTheScorecardFlagsAndMoneyAndApprove() throws Exception {
        long program = program("250000.00", "8000.00");
        JsonNode inReview = submitted(TestUsers.HARBOR, program, content());
        long id = inReview.path("id").asLong();
        assertThat(inReview.path("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(held(id)).as("reserved while staff decide").isEqualByComparingTo("17160.00");

        Task review = task(id);
        assertThat(review.getTaskDefinitionKey()).isEqualTo(WageSubsidyReviewProcess.TASK_REVIEW);
        assertThat(tasks.getIdentityLinksForTask(review.getId())).anyMatch(l -> "workforceStaff".equals(l.getGroupId()));
        // The form shows names, money and the scorecard line by line, read from the module; no id, no API path.
        String employer = users.vendor(users.vendorOf(TestUsers.HARBOR)).profile().legalName();
        String shown = forms.getTaskFormVariables(review.getId()).getValue(WageSubsidyReviewProcess.SHOWN_REVIEW, String.class);
        assertThat(shown).contains("**Employer:** " + employer, "**Reimbursement in total (reserved):** $17,160.00",
                "**Reimbursement per hire:** $5,720.00", "**Program budget left after it:** $232,840.00",
                "**Job-quality scorecard:** 66.67 points; a quality job", "living-wage benchmark", "| Criterion | Points |")
                .doesNotContain("/api/", "requestId", "Request version");
        JsonNode scorecard = as(TestUsers.STAFF).get("/api/subsidy-requests/" + id + "/scorecard").json();
        assertThat(scorecard.path("criteria")).isNotEmpty();
        for (JsonNode criterion : scorecard.path("criteria")) {
            String outcome = criterion.path("outcome").asText();
            // a pass/fail hard rule is met or not; a criterion that gives points shows them of its weight
            assertThat(shown).contains("| " + criterion.path("name").asText() + " | "
                    + ("PASSED".equals(outcome) ? "met (pass/fail rule)" : "FAILED".equals(outcome) ? "not met (pass/fail rule)"
                            : criterion.path("points").decimalValue().setScale(2).toPlainString() + " of "
                                    + criterion.path("weight").decimalValue().stripTrailingZeros().toPlainString()) + " |");
        }
        assertThat(shown).doesNotContain("| " + id + " ");
        String form = new String(getClass().getResourceAsStream("/forms/subsidies/review-subsidy.form").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(form).doesNotContain("/api/", "{requestId}", "\"requestId\"").contains("=" + WageSubsidyReviewProcess.SHOWN_REVIEW);
        // The process holds the request's id, its label and routing flags only: no name, no amount.
        assertThat(runtime.getVariables(review.getExecutionId()).keySet()).containsOnly("requestId", "label", "hardRulesMet",
                "qualityJob", "conditional", "budgetReserved", "automaticApproval");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(review.getProcessInstanceId()).list())
                .extracting(v -> String.valueOf(v.getValue())).noneMatch(v -> v.contains(employer) || v.contains("17,160"));

        assertThat(as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/review", Map.of("decision", "APPROVE")).status())
                .isEqualTo(403);
        Response approved = as(TestUsers.STAFF).post("/api/subsidy-requests/" + id + "/review",
                Map.of("decision", "APPROVE", "note", "Strong advancement path"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        Jobs.runDue(management);
        JsonNode after = read(TestUsers.STAFF, id);
        assertThat(after.path("status").asText()).isEqualTo("APPROVED");
        assertThat(after.path("decidedBy").asText()).isEqualTo(TestUsers.STAFF);
        assertThat(read(TestUsers.HARBOR, id).path("decidedBy").isMissingNode()).as("no staff name for the employer").isTrue();
        assertThat(task(id).getTaskDefinitionKey()).isEqualTo(WageSubsidyReviewProcess.TASK_ACCEPT);
    }

    @Test
    void aRefusalNeedsAReasonAndReleasesTheReservation() {
        long program = program("250000.00", "8000.00");
        long id = submitted(TestUsers.HARBOR, program, content()).path("id").asLong();

        Response noReason = as(TestUsers.STAFF).post("/api/subsidy-requests/" + id + "/review", Map.of("decision", "REFUSE"));
        assertThat(noReason.status()).isEqualTo(409);
        assertThat(noReason.body()).contains("a refusal gives its reason");
        Response refused = as(TestUsers.STAFF).post("/api/subsidy-requests/" + id + "/review",
                Map.of("decision", "REFUSE", "note", "The training plan does not match the position"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(200);

        assertThat(read(TestUsers.HARBOR, id).path("status").asText()).isEqualTo("REFUSED");
        assertThat(read(TestUsers.HARBOR, id).path("decisionNote").asText()).contains("training plan");
        assertThat(endedAt(id)).isEqualTo(WageSubsidyReviewProcess.END_REFUSED);
        assertThat(held(id)).isZero();
        assertThat(available(program)).isEqualByComparingTo("250000.00");
    }

    @Test
    void aRequestAboveWhatTheBudgetHasLeftEndsBudgetExhaustedAndReservesNothing() {
        long program = program("20000.00", "100000.00");
        long first = submitted(TestUsers.HARBOR, program, content()).path("id").asLong();
        assertThat(read(TestUsers.HARBOR, first).path("status").asText()).isEqualTo("APPROVED");

        JsonNode second = submitted(TestUsers.NORTHSIDE, program, content());
        assertThat(second.path("status").asText()).isEqualTo("BUDGET_EXHAUSTED");
        assertThat(second.path("decisionNote").asText()).contains("$17,160.00");
        assertThat(endedAt(second.path("id").asLong())).isEqualTo(WageSubsidyReviewProcess.END_BUDGET_EXHAUSTED);
        assertThat(available(program)).isEqualByComparingTo("2840.00");
    }

    @Test
    void aWithdrawalEndsTheReviewAndReleasesTheReservationAndAReductionReleasesTheDifference() {
        long program = program("250000.00", "8000.00");
        long withdrawn = submitted(TestUsers.HARBOR, program, content()).path("id").asLong();
        assertThat(available(program)).isEqualByComparingTo("232840.00");
        Response withdrawal = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + withdrawn + "/withdrawal",
                Map.of("reason", "Hiring frozen"));
        assertThat(withdrawal.status()).as(withdrawal.body()).isEqualTo(200);
        assertThat(withdrawal.json().path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(endedAt(withdrawn)).isEqualTo(WageSubsidyReviewProcess.END_WITHDRAWN);
        assertThat(available(program)).isEqualByComparingTo("250000.00");
        assertThat(as(TestUsers.HARBOR).post("/api/subsidy-requests/" + withdrawn + "/withdrawal", Map.of()).status())
                .as("once").isEqualTo(409);

        long reduced = submitted(TestUsers.HARBOR, program, content().put("hires", 1)).path("id").asLong();
        Response notFewer = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + reduced + "/reduction", Map.of("hires", 1));
        assertThat(notFewer.status()).as("not fewer than approved").isEqualTo(422);
        assertThat(notFewer.errorFor("hires")).isNotEmpty();
        long three = submitted(TestUsers.NORTHSIDE, program, content()).path("id").asLong();
        as(TestUsers.STAFF).post("/api/subsidy-requests/" + three + "/review", Map.of("decision", "APPROVE"));
        Jobs.runDue(management);
        Response reduction = as(TestUsers.NORTHSIDE).post("/api/subsidy-requests/" + three + "/reduction", Map.of("hires", 2));
        assertThat(reduction.status()).as(reduction.body()).isEqualTo(200);
        assertThat(reduction.json().path("reimbursementTotal").decimalValue()).isEqualByComparingTo("11440.00");
        assertThat(held(three)).isEqualByComparingTo("11440.00");
        assertThat(available(program)).isEqualByComparingTo(String.valueOf(250000 - 5720 - 11440) + ".00");
    }

    @Test
    void anAgreementNotAcceptedByTheFirstDayLapsesAndReleasesItsReservation() {
        long program = program("250000.00", "8000.00");
        long id = submitted(TestUsers.HARBOR, program, content().put("hires", 1).put("wageProgression", "$24.00 after 3 months"))
                .path("id").asLong();
        assertThat(task(id).getTaskDefinitionKey()).isEqualTo(WageSubsidyReviewProcess.TASK_ACCEPT);

        clock.advance(java.time.Duration.ofDays(21));
        Response late = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/agreement/acceptance", Map.of());
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body()).contains("before the first day of work");

        Jobs.fireTimer(management, runtime, WageSubsidyReviewProcess.PROCESS_ID, String.valueOf(id),
                WageSubsidyReviewProcess.EVENT_FIRST_DAY);
        assertThat(read(TestUsers.HARBOR, id).path("status").asText()).isEqualTo("LAPSED");
        assertThat(endedAt(id)).isEqualTo(WageSubsidyReviewProcess.END_LAPSED);
        assertThat(available(program)).isEqualByComparingTo("250000.00");
    }

    private Task task(long id) {
        return tasks.createTaskQuery().processDefinitionKey(WageSubsidyReviewProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(id)).singleResult();
    }

    private String endedAt(long id) {
        String instance = history.createHistoricProcessInstanceQuery().processDefinitionKey(WageSubsidyReviewProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(id)).finished().singleResult().getId();
        List<String> ends = history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityType("noneEndEvent")
                .list().stream().map(a -> a.getActivityId()).toList();
        return ends.isEmpty() ? null : ends.get(ends.size() - 1);
    }

    private java.math.BigDecimal held(long id) {
        return jdbc.queryForList("select amount from subsidy_reservation where request_id = ? and status = 'HELD'",
                java.math.BigDecimal.class, id).stream().findFirst().orElse(java.math.BigDecimal.ZERO);
    }

    private java.math.BigDecimal available(long program) {
        return as(TestUsers.STAFF).get("/api/subsidy-programs/" + program).json().path("available").decimalValue();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
