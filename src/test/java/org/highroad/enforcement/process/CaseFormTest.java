package org.highroad.enforcement.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.highroad.enforcement.CaseTest;
import org.highroad.support.PageSession;
import org.highroad.support.ShownLinks;
import org.highroad.support.TasklistSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.task.Task;

/**
 * *Verify correction* as an auditor reads it in Tasklist: the task names the contractor, the case and what is still
 * outstanding; the form shows the case with links to its staff page and its contract's, the money, the notice with its
 * PDF, and the payment the contractor reported (worker reference, amount in dollars, the day as a date, the evidence),
 * which the auditor verifies before closing the case.
 */
class CaseFormTest extends CaseTest {

    @Test
    void theVerificationShowsThePaymentEvidenceTheNoticeAndTheMoney() throws Exception {
        long caseId = openCase("Case form");
        reviewAll(caseId, java.util.Set.of("UNDERPAID_BASE"));
        assertThat(pay(TestUsers.HARBOR, caseId, "5678", "200.00").status()).isEqualTo(201);
        Task task = openTasks(caseId, ComplianceCaseProcess.TASK_VERIFY).get(0);
        assertThat(task.getName()).as("a payment reported and not yet verified is not paid (ADR 0037)")
                .isEqualTo("Verify correction: Harbor Builders LLC, case " + caseId + ", $200.00 outstanding");

        JsonNode form = TasklistSession.signIn(port, TestUsers.AUDITOR).formVariables(task.getId());
        String overview = form.path(CaseFormValues.SHOWN_CASE).path("value").asText();
        long contract = get(caseId).path("contractId").asLong();
        assertThat(overview).contains("**[Case " + caseId + "](/staff/cases/" + caseId + ")**: Harbor Builders LLC",
                "](/staff/contracts/" + contract + ")", "| $200.00 | $0.00 | $200.00 | $0.00 | 1 |",
                "Reported, to rule on: $200.00");
        long notice = as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/notices").json().get(0).path("id").asLong();
        assertThat(form.path(CaseFormValues.SHOWN_NOTICES).path("value").asText())
                .contains("| $200.00 |", "(/staff/cases/" + caseId + "/notices/" + notice + "/pdf)");
        // every link of the form opens in the auditor's signed-in browser, with no password prompt of the API
        PageSession auditor = new PageSession(port);
        auditor.signIn(TestUsers.AUDITOR, TestUsers.PASSWORD);
        ShownLinks.openFor(auditor, "auditor", ShownLinks.inMarkdown(overview));
        ShownLinks.openFor(auditor, "auditor", ShownLinks.inMarkdown(form.path(CaseFormValues.SHOWN_NOTICES).path("value").asText()));
        JsonNode payments = TasklistSession.parsed(form.path(CaseFormValues.SHOWN_PAYMENTS));
        assertThat(payments).hasSize(1);
        assertThat(payments.get(0).path("worker").asText()).isEqualTo("5678");
        assertThat(payments.get(0).path("amount").asText()).isEqualTo("$200.00");
        LocalDate today = LocalDate.now(clock);
        assertThat(payments.get(0).path("paidOn").asText()).isEqualTo(
                today.format(java.time.format.DateTimeFormatter.ofPattern("MMM d, uuuu", java.util.Locale.US)));
        assertThat(payments.get(0).path("evidence").asText()).isEqualTo("cancelled check 1001");
        assertThat(payments.get(0).path("recorded").asText()).as("a moment to the minute, no nanoseconds")
                .matches("[A-Z][a-z]{2} \\d{1,2}, \\d{4}, \\d{1,2}:\\d{2} [AP]M \\w+");
        JsonNode responses = TasklistSession.parsed(form.path(CaseFormValues.SHOWN_RESPONSES));
        assertThat(responses.get(0).path("kind").asText()).isEqualTo("Restitution payment");
        assertThat(form.toString()).doesNotContain("GET /api");
    }

    /**
     * *Approve withholding* says the step in words and what applying records: what is owed and not yet held, and when
     * that is $0.00 because the withholding held already covers what is owed, says so.
     */
    @Test
    void theEscalationFormSaysTheStepInWordsAndWhatApplyingRecords() throws Exception {
        long caseId = openCase("Escalation form");
        reviewAll(caseId, java.util.Set.of("UNDERPAID_BASE"));
        passDeadline(caseId);
        Task task = openTasks(caseId, ComplianceCaseProcess.TASK_APPROVE_ESCALATION).get(0);
        TasklistSession auditor = TasklistSession.signIn(port, TestUsers.AUDITOR);
        String step = auditor.formVariables(task.getId()).path(CaseFormValues.SHOWN_STEP).path("value").asText();
        assertThat(step).contains("**Recommended step:** withholding", "**Applying records $200.00**", "$0.00 held already")
                .doesNotContain("WITHHOLDING", "covers");

        assertThat(as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/ledger/withholdings", java.util.Map.of("amount",
                "200.00", "paymentReference", "Pay application 9")).status()).isEqualTo(200);
        step = auditor.formVariables(task.getId()).path(CaseFormValues.SHOWN_STEP).path("value").asText();
        assertThat(step).contains("**Applying records $0.00**", "$200.00 still owed", "$200.00 held already",
                "the withholding held already covers what is owed");

        // applied, the step records $0.00 with why; the staff page names the ladder and says its advice in Spanish
        assertThat(decide(TestUsers.AUDITOR, caseId, "escalation", "APPLY", "Restitution unpaid past the cure date").status())
                .isEqualTo(200);
        PageSession staff = new PageSession(port);
        staff.signIn(TestUsers.AUDITOR, TestUsers.PASSWORD);
        String spanish = org.springframework.web.util.HtmlUtils.htmlUnescape(staff.get("/staff/cases/" + caseId + "?lang=es").body());
        assertThat(spanish).contains("Retención: aplicada", "Escala de sanciones (automático)",
                "Hay restitución pendiente y no consta su pago", "No se retiene nada más: la retención ya mantenida, $200.00")
                .doesNotContain("escalation-ladder.dmn", "Restitution is outstanding", "Retención: aplicado<");
        String english = org.springframework.web.util.HtmlUtils.htmlUnescape(staff.get("/staff/cases/" + caseId + "?lang=en").body());
        assertThat(english).contains("Escalation ladder (automatic)", "Nothing more is withheld: the withholding held "
                + "already, $200.00, covers the $200.00 still owed").doesNotContain("escalation-ladder.dmn");
    }
}
