package org.highroad.subsidies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.highroad.support.Http.Response;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * Workforce staff's duties on a request's page, through the same use cases as the API: ending a hire (a day before its
 * start, no cause chosen, no reason: 422 with the field marked) and recording a displacement clawback (once, whatever
 * the times it is sent); a request waiting for review links its Tasklist task. Other roles get no page and 403.
 */
class SubsidyStaffDutiesPageTest extends SubsidiesTest {

    @Test
    void staffEndAHireAndRecordADisplacementClawbackFromTheRequestsPage() {
        Hired hired = hiredAndWorked(TestUsers.HARBOR, "W-END-1");
        String page = "/staff/subsidies/requests/" + hired.id();
        PageSession staff = signedIn(TestUsers.STAFF);
        String shown = staff.get(page).body();
        assertThat(shown).contains("id=\"hire-end-form\"", "id=\"displacement-form\"", "value=\"W-END-1\"")
                .doesNotContain("id=\"review-task\"");
        // the fields the employer reads say so
        assertThat(shown).contains("id=\"endReason-hint\"", "The employer reads this reason", "id=\"detail-hint\"",
                "The employer reads this text with the clawback");

        Page early = staff.post(page + "/hire-end", Map.of("workerRef", "W-END-1",
                "endedOn", hired.start().minusDays(30).toString(), "withCause", "false", "endReason", "Left"));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.body()).contains("id=\"endedOn-error\"", "the last day cannot be before the hire");
        Page unchosen = staff.post(page + "/hire-end", Map.of("workerRef", "W-END-1",
                "endedOn", hired.start().plusDays(20).toString(), "endReason", ""));
        assertThat(unchosen.status()).isEqualTo(422);
        assertThat(unchosen.body()).contains("id=\"withCause-error\"", "id=\"endReason-error\"");
        assertThat(hireStatus(hired.id(), "W-END-1")).isEqualTo("STARTED");

        Page ended = staff.post(page + "/hire-end", Map.of("workerRef", "W-END-1",
                "endedOn", hired.start().plusDays(20).toString(), "withCause", "true", "endReason", "Dismissed for misconduct"));
        assertThat(ended.status()).as(ended.body()).isEqualTo(302);
        assertThat(hireStatus(hired.id(), "W-END-1")).isEqualTo("ENDED_WITH_CAUSE");
        assertThat(staff.get(page + "?hireEnded").body()).contains("id=\"done\"").doesNotContain("id=\"hire-end-form\"");

        // a claim paid on the request, which the displacement clawback recovers (before any, it has nothing to recover)
        Response paid = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + hired.id() + "/claims", Map.of("milestone",
                "MIDPOINT", "weeks", List.of(Map.of("weekEnding", hired.firstWeekEnding().toString(), "csv",
                        PayCsv.week("W-END-1", "22.00", List.of(8, 8, 8, 8, 8))))));
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        Page blank = staff.post(page + "/displacement", Map.of("detail", " "));
        assertThat(blank.status()).isEqualTo(422);
        assertThat(blank.body()).contains("id=\"detail-error\"");
        Page clawed = staff.post(page + "/displacement", Map.of("detail", "Replaced a laid-off machinist"));
        assertThat(clawed.status()).as(clawed.body()).isEqualTo(302);
        assertThat(clawed.location()).endsWith("?clawedBack");
        Page again = staff.post(page + "/displacement", Map.of("detail", "Replaced a laid-off machinist"));
        assertThat(again.location()).as("recorded once").endsWith("?alreadyClawedBack");
        JsonNode clawbacks = as(TestUsers.STAFF).get("/api/subsidy-requests/" + hired.id() + "/clawbacks").json();
        assertThat(clawbacks.toString()).contains("DISPLACEMENT");
        long displacements = 0;
        for (JsonNode c : clawbacks) {
            displacements += c.toString().contains("DISPLACEMENT") ? 1 : 0;
        }
        assertThat(displacements).isEqualTo(1);
        assertThat(staff.get(page + "?lang=es").body()).contains("Una queja de desplazamiento confirmada");

        for (String other : new String[] {TestUsers.OFFICER, TestUsers.AUDITOR, TestUsers.ADMIN}) {
            PageSession session = signedIn(other);
            session.get("/staff/");
            assertThat(session.post(page + "/displacement", Map.of("detail", "not mine")).status()).as(other).isEqualTo(403);
            assertThat(session.post(page + "/hire-end", Map.of("workerRef", "W-END-1", "endedOn",
                    hired.start().plusDays(20).toString(), "withCause", "true", "endReason", "x")).status()).as(other).isEqualTo(403);
        }
    }

    @Test
    void aRequestWaitingForReviewLinksItsTaskInTasklist() {
        long program = program("250000.00", "1000.00");
        JsonNode inReview = submitted(TestUsers.HARBOR, program, content().put("hires", 1));
        assertThat(inReview.path("status").asText()).isEqualTo("IN_REVIEW");
        String shown = signedIn(TestUsers.STAFF).get("/staff/subsidies/requests/" + inReview.path("id").asLong()).body();
        assertThat(shown).contains("id=\"review-task\"", "href=\"/operaton/app/tasklist/default/#/?task=", "Decide in Tasklist");
    }

    private String hireStatus(long id, String worker) {
        for (JsonNode h : as(TestUsers.STAFF).get("/api/subsidy-requests/" + id + "/hires").json()) {
            if (h.path("workerRef").asText().equals(worker)) {
                return h.path("status").asText();
            }
        }
        return null;
    }

    private PageSession signedIn(String user) {
        PageSession session = new PageSession(port);
        session.signIn(user, TestUsers.PASSWORD);
        return session;
    }
}
