package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.PageSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The auditor's case page read by someone new to it: what findings still to review would owe stands apart from what is
 * owed; one reason for a group of findings says why, as the other decisions on a case do.
 */
class StaffCasePageFixesTest extends CaseTest {

    private static PageSession signedIn(int port, String user) {
        PageSession s = new PageSession(port);
        s.signIn(user, TestUsers.PASSWORD);
        return s;
    }

    @Test
    void findingsToReviewAreAtStakeNotOwedAndABulkDecisionSaysWhyInTenCharacters() {
        long caseId = openCase("At stake " + System.nanoTime());
        Jobs.runDue(management);
        String path = "/staff/cases/" + caseId;
        PageSession auditor = signedIn(port, TestUsers.AUDITOR);

        String before = auditor.get(path).body();
        assertThat(before).contains("At stake in findings to review</dt><dd id=\"at-stake\">$200.00</dd>",
                "Owed (confirmed by the agency)</dt><dd id=\"amount-owed\">$0.00</dd>",
                "Still owed</dt><dd id=\"outstanding\">$0.00</dd>", "<dd id=\"ledger-owed\">$0.00</dd>");
        assertThat(auditor.get(path + "?lang=es").body()).contains("En juego en hallazgos por revisar");
        auditor.get(path + "?lang=en"); // the language chosen stays with the session
        // the case list names the same $200.00 as found, pending review included, never as "Owed" beside "Still owed $0.00"
        String list = auditor.get("/staff/cases?size=100&sort=id,desc").body();
        assertThat(list).contains(">Found, pending review included</th>").doesNotContain(">Owed</th>");

        // a one-letter reason: refused on the page (422 at the reason) and on the API, nothing recorded
        PageSession.Page shortReason = auditor.post(path + "/review", Map.of("group", "kind:UNDERPAID_BASE", "decision", "CONFIRM",
                "reason", "r"));
        assertThat(shortReason.status()).isEqualTo(422);
        assertThat(shortReason.body()).contains("id=\"reason-error\"", "href=\"#reason\"", "at least 10 characters");
        Response api = as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/findings/review", Map.of("kind", "UNDERPAID_BASE",
                "decision", "CONFIRM", "reason", "  checked  "));
        assertThat(api.status()).as(api.body()).isEqualTo(422);
        assertThat(api.errorFor("reason")).contains("at least 10 characters");
        assertThat(get(caseId).path("confirmedFindings").asInt()).isZero();

        PageSession.Page confirmed = auditor.post(path + "/review", Map.of("group", "kind:UNDERPAID_BASE", "decision", "CONFIRM",
                "reason", "Checked against the timesheets"));
        assertThat(confirmed.status()).as(confirmed.body()).isIn(302, 303);
        String after = auditor.get(path).body();
        assertThat(after).contains("<dd id=\"at-stake\">$0.00</dd>", "<dd id=\"amount-owed\">$200.00</dd>",
                "<dd id=\"outstanding\">$200.00</dd>", "<dd id=\"ledger-owed\">$200.00</dd>");

        // the same review sent again (a double click): the page of what stands, not "nothing was recorded"
        int confirmedBefore = get(caseId).path("confirmedFindings").asInt();
        PageSession.Page again = auditor.post(path + "/review", Map.of("group", "kind:UNDERPAID_BASE", "decision", "CONFIRM",
                "reason", "Checked against the timesheets"));
        assertThat(again.status()).as(again.body()).isIn(302, 303);
        assertThat(again.location()).contains(path + "?reviewedAlready=" + confirmedBefore);
        String shown = auditor.get(path + "?reviewedAlready=" + confirmedBefore).body();
        assertThat(shown).contains("id=\"reviewed-already\"", "already reviewed as you decided")
                .doesNotContain("Nothing was recorded");
        assertThat(auditor.get(path + "?reviewedAlready=" + confirmedBefore + "&lang=es").body())
                .contains("como usted decidió");
        auditor.get(path + "?lang=en");
        assertThat(get(caseId).path("confirmedFindings").asInt()).isEqualTo(confirmedBefore);
        assertThat(auditor.get(path).body()).contains("<dd id=\"amount-owed\">$200.00</dd>");
        // another decision on the group reviewed: still refused, nothing recorded
        PageSession.Page other = auditor.post(path + "/review", Map.of("group", "kind:UNDERPAID_BASE", "decision", "DISMISS",
                "reason", "Measured at completion, not weekly"));
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.body()).contains("id=\"group-error\"").doesNotContain("id=\"reviewed-already\"");
        assertThat(get(caseId).path("confirmedFindings").asInt()).isEqualTo(confirmedBefore);
    }

    @Test
    void theEscalationStepAndTheStepsOfACaseReadInWordsInBothLanguages() {
        long caseId = openCase("Codes in words " + System.nanoTime());
        reviewAll(caseId, java.util.Set.of("UNDERPAID_BASE"));
        Jobs.runDue(management);
        PageSession auditor = signedIn(port, TestUsers.AUDITOR);
        String path = "/staff/cases/" + caseId;

        String en = auditor.get(path).body();
        assertThat(en).contains("<dd id=\"escalation-step\">None yet: no sanction</dd>", "Notice: issued")
                .doesNotContain(">NONE<", "NOTICE ISSUED", ">OWED<", ">UNDERPAID_BASE<");
        String es = auditor.get(path + "?lang=es").body();
        assertThat(es).contains("<dd id=\"escalation-step\">Ninguno todavía: sin sanción</dd>", "Aviso: emitido", "Adeudado")
                .doesNotContain(">NONE<", "NOTICE ISSUED", ">OWED<");
        // the notice's step says its cure period in the page's language too
        assertThat(en).contains("business days, contract Schedule C)");
        assertThat(es).contains("días hábiles, anexo C del contrato)").doesNotContain("business days, contract Schedule C");
        String queue = auditor.get("/staff/cases?status=ALL&sort=openedAt,desc&lang=en").body();
        assertThat(queue).contains("None yet: no sanction").doesNotContain(">NONE<");
    }

    @Test
    void theCasePageLinksTheDecisionWaitingInTasklistForWhomDecidesIt() {
        long caseId = openCase("Waiting in Tasklist " + System.nanoTime());
        String path = "/staff/cases/" + caseId;
        java.util.List<org.operaton.bpm.engine.task.Task> round = openTasks(caseId,
                org.highroad.enforcement.process.ComplianceCaseProcess.TASK_REVIEW_ROUND);
        assertThat(round).hasSize(1);
        PageSession auditor = signedIn(port, TestUsers.AUDITOR);
        assertThat(auditor.get(path).body()).contains("id=\"waiting-REVIEW\"", "The review of findings waits in Tasklist.",
                "href=\"/operaton/app/tasklist/default/#/?task=" + round.get(0).getId() + "\"", "Decide in Tasklist");
        assertThat(auditor.get(path + "?lang=es").body()).contains("Decidir en Tasklist");
        String officer = signedIn(port, TestUsers.OFFICER).get(path).body();
        assertThat(officer).contains("id=\"waiting-REVIEW\"").doesNotContain("id=\"task-REVIEW\"");

        reviewAll(caseId, java.util.Set.of("UNDERPAID_BASE"));
        assertThat(auditor.get(path).body()).doesNotContain("id=\"waiting-REVIEW\"");
        Response paid = pay(TestUsers.HARBOR, caseId, "5678", "200.00");
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        java.util.List<org.operaton.bpm.engine.task.Task> verify = openTasks(caseId,
                org.highroad.enforcement.process.ComplianceCaseProcess.TASK_VERIFY);
        assertThat(verify).hasSize(1);
        assertThat(auditor.get(path).body()).contains("id=\"waiting-VERIFY\"",
                "href=\"/operaton/app/tasklist/default/#/?task=" + verify.get(0).getId() + "\"");
    }
}
