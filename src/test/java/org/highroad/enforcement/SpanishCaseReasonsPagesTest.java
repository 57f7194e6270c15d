package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.highroad.support.Http;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/**
 * An auditor reading the staff case page in Spanish reads why a decision on a group of findings was refused in Spanish:
 * a group with no finding pending review records nothing, at the group's field. The API answers the same refusal in
 * English, to a client that asks for Spanish as well.
 */
class SpanishCaseReasonsPagesTest extends CaseTest {

    @Test
    void aBulkReviewTheCaseRefusesSaysWhyInSpanishAtItsField() {
        long caseId = openCase("Spanish bulk review");
        PageSession auditor = new PageSession(port);
        auditor.signIn(TestUsers.AUDITOR, TestUsers.PASSWORD);
        assertThat(auditor.get("/staff/cases/" + caseId + "?lang=es").status()).isEqualTo(200);

        Page refused = auditor.post("/staff/cases/" + caseId + "/review", Map.of("group", "kind:NO_SUCH_KIND",
                "decision", "CONFIRM", "reason", "Checked against the timesheets"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        String page = HtmlUtils.htmlUnescape(refused.body());
        assertThat(page).containsPattern("id=\"group-error\"[^>]*>No se registró nada: la selección no incluye ningún "
                + "hallazgo del caso " + caseId + " pendiente de revisión<").doesNotContain("pending review is in the selection");

        Http.Response api = as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/findings/review", Map.of("kind",
                "NO_SUCH_KIND", "decision", "CONFIRM", "reason", "Checked against the timesheets"), "Accept-Language", "es");
        assertThat(api.status()).as(api.body()).isEqualTo(409);
        assertThat(api.body()).contains("no finding of case " + caseId + " pending review is in the selection");
    }
}
