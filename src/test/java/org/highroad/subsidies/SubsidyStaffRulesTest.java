package org.highroad.subsidies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.highroad.support.Http.Response;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * Staff forms that would record something that did not happen are refused, nothing recorded: a displacement clawback on
 * a request never agreed (409, page and API), and a hire's end on a day after today (422 at {@code endedOn}, staff API,
 * staff page and the employer's portal).
 */
class SubsidyStaffRulesTest extends SubsidiesTest {

    @Test
    void aDisplacementClawbackOnARequestNeverAgreedIsRefusedAndRecordsNothing() {
        long program = program("250000.00", "1000.00");
        long id = submitted(TestUsers.HARBOR, program, content().put("hires", 1)).path("id").asLong();
        assertThat(read(TestUsers.STAFF, id).path("status").asText()).isEqualTo("IN_REVIEW");

        Response api = as(TestUsers.STAFF).post("/api/subsidy-requests/" + id + "/clawbacks",
                Map.of("detail", "displacement on an unagreed request"));
        assertThat(api.status()).as(api.body()).isEqualTo(409);
        assertThat(api.body()).contains("request " + id + " has no accepted agreement; it is IN_REVIEW");

        PageSession staff = new PageSession(port);
        staff.signIn(TestUsers.STAFF, TestUsers.PASSWORD);
        String page = "/staff/subsidies/requests/" + id;
        staff.get(page);
        Page posted = staff.post(page + "/displacement", Map.of("detail", "displacement on an unagreed request"));
        assertThat(posted.status()).as(posted.body()).isEqualTo(409);
        assertThat(posted.body()).contains("has no accepted agreement");
        staff.get(page + "?lang=es");
        assertThat(staff.post(page + "/displacement", Map.of("detail", "otra vez")).body())
                .contains("no tiene un acuerdo aceptado");
        assertThat(jdbc.queryForObject("select count(*) from subsidy_clawback where request_id = ?", Integer.class, id))
                .as("nothing recorded").isZero();
        assertThat(as(TestUsers.STAFF).get("/api/subsidy-requests/" + id + "/clawbacks").json()).isEmpty();
    }

    @Test
    void aHiresEndAfterTodayIsRefusedOnTheStaffApiThePageAndThePortal() {
        Hired hired = hiredAndWorked(TestUsers.HARBOR, "T-FUTURE");
        String end = "/api/subsidy-requests/" + hired.id() + "/hires/T-FUTURE/end";
        Response typo = as(TestUsers.STAFF).post(end, Map.of("endedOn", "2099-01-01", "withCause", true, "reason", "far future"));
        assertThat(typo.status()).as(typo.body()).isEqualTo(422);
        assertThat(typo.errorFor("endedOn")).isEqualTo("the last day cannot be after today, " + today() + ";");
        Response tomorrow = as(TestUsers.STAFF).post(end, Map.of("endedOn", today().plusDays(1).toString(), "withCause", false,
                "reason", "leaves tomorrow"));
        assertThat(tomorrow.status()).as(tomorrow.body()).isEqualTo(422);

        PageSession staff = new PageSession(port);
        staff.signIn(TestUsers.STAFF, TestUsers.PASSWORD);
        String page = "/staff/subsidies/requests/" + hired.id();
        staff.get(page);
        Page staffPage = staff.post(page + "/hire-end", Map.of("workerRef", "T-FUTURE", "endedOn", "2099-01-01",
                "withCause", "true", "endReason", "far future"));
        assertThat(staffPage.status()).as(staffPage.body()).isEqualTo(422);
        assertThat(staffPage.body()).contains("id=\"endedOn-error\"", "the last day cannot be after today");

        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        harbor.get("/portal/subsidies/" + hired.id());
        Page portal = harbor.post("/portal/subsidies/" + hired.id() + "/hires/T-FUTURE/end", Map.of("endedOn", "2099-01-01",
                "withCause", "false", "reason", "far future"));
        assertThat(portal.status()).isEqualTo(422);
        assertThat(portal.body()).contains("href=\"#end-T-FUTURE-endedOn\"", "cannot be after today");

        JsonNode hires = as(TestUsers.STAFF).get("/api/subsidy-requests/" + hired.id() + "/hires").json();
        assertThat(hires.get(0).path("status").asText()).as("nothing recorded").isEqualTo("STARTED");
        assertThat(as(TestUsers.STAFF).get("/api/subsidy-requests/" + hired.id() + "/clawbacks").json()).isEmpty();

        // today itself is a last day that has come
        Response today = as(TestUsers.STAFF).post(end, Map.of("endedOn", today().toString(), "withCause", true,
                "reason", "Last day today"));
        assertThat(today.status()).as(today.body()).isEqualTo(200);
    }
}
