package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import org.highroad.enforcement.process.ComplianceCaseProcess;
import org.highroad.support.Http.Response;
import org.highroad.support.PageSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The auditor's verification found the case not cured: the contractor gets a message from the bundles (never with the
 * auditor's words) and its case page a line, with what the auditor wrote is still missing (the reason the verification
 * task says the contractor reads, escaped), and each response verified is marked not accepted; another vendor is told
 * nothing.
 */
class NotCuredToldTest extends CaseTest {

    private static final String AUDITOR_NOTE = "INTERNAL-VERIFY-NOTE: <b>pay</b> worker 5678 the $200.00 & send its proof";

    @Test
    void notCuredIsToldToTheContractorWithWhatTheAuditorWroteIsMissingOnItsPageOnly() {
        long caseId = openCase("Not cured told");
        reviewAll(caseId, Set.of("UNDERPAID_BASE"));
        assertThat(as(TestUsers.HARBOR).post("/api/cases/" + caseId + "/responses", Map.of("kind", "CORRECTIVE_ACTION_PLAN",
                "text", "Rates now read from Schedule A")).status()).isEqualTo(201);
        assertThat(openTasks(caseId, ComplianceCaseProcess.TASK_VERIFY)).hasSize(1);
        Response notCured = decide(TestUsers.AUDITOR, caseId, "verification", "NOT_CURED", AUDITOR_NOTE);
        assertThat(notCured.status()).as(notCured.body()).isEqualTo(200);

        JsonNode messages = as(TestUsers.HARBOR).get("/api/notifications?limit=100").json();
        assertThat(messages.findValuesAsText("subject")).contains("Case " + caseId
                + ": your correction was reviewed and the case is not cured");
        assertThat(messages.toString()).doesNotContain("INTERNAL-VERIFY-NOTE");
        assertThat(as(TestUsers.NORTHSIDE).get("/api/notifications?limit=100").json().findValuesAsText("subject"))
                .noneMatch(s -> s.contains("Case " + caseId + ":"));

        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        String page = harbor.get("/portal/cases/" + caseId).body();
        assertThat(page).contains("id=\"not-cured\"", "the case is not cured", "$200.00", "not accepted as curing the case",
                "id=\"not-cured-reason\"", "The agency&#39;s auditor wrote what is still missing: INTERNAL-VERIFY-NOTE: "
                        + "&lt;b&gt;pay&lt;/b&gt; worker 5678 the $200.00 &amp; send its proof")
                .doesNotContain("<b>pay</b>");
        assertThat(harbor.get("/portal/cases/" + caseId + "?lang=es").body()).contains("el caso no está corregido",
                "no aceptada como corrección del caso", "El auditor de la agencia escribió lo que aún falta: INTERNAL-VERIFY-NOTE");
        assertThat(as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/responses").json().get(0).path("verification")
                .asText()).isEqualTo("NOT_CURED");
    }
}
