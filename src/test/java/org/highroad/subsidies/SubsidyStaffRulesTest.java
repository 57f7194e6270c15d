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
 * Staff forms that would record something that did not happen are refused, nothing recorded: a displacement clawback on
 * a request never agreed (409, page and API), and a hire's end on a day after today (422 at {@code endedOn}, staff API,
 * staff page and the employer's portal). A displacement clawback on an agreed request before any claim is paid has
 * nothing to recover: refused (422 at {@code detail}, page and API, in words in English and Spanish), so the real one
 * is recorded once a claim is paid.
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

    @Test
    void aDisplacementClawbackBeforeAnyClaimIsPaidIsRefusedAndTheRealOneIsRecordedOnceOneIs() {
        Hired hired = hiredAndWorked(TestUsers.HARBOR, "D-0");
        long id = hired.id();
        assertThat(read(TestUsers.STAFF, id).path("status").asText()).isEqualTo("AGREED");
        String nothingPaid = "nothing has been paid on request " + id + ", so a displacement clawback has nothing to recover; "
                + "nothing was recorded: record it once a claim on the request is paid";

        Response api = as(TestUsers.STAFF).post("/api/subsidy-requests/" + id + "/clawbacks",
                Map.of("detail", "Complaint upheld before any claim"));
        assertThat(api.status()).as(api.body()).isEqualTo(422);
        assertThat(api.errorFor("detail")).isEqualTo(nothingPaid + ";");

        PageSession staff = new PageSession(port);
        staff.signIn(TestUsers.STAFF, TestUsers.PASSWORD);
        String page = "/staff/subsidies/requests/" + id;
        staff.get(page + "?lang=en");
        Page posted = staff.post(page + "/displacement", Map.of("detail", "Complaint upheld before any claim"));
        assertThat(posted.status()).as(posted.body()).isEqualTo(422);
        assertThat(posted.body()).contains("id=\"detail-error\"", "nothing has been paid on request " + id);
        staff.get(page + "?lang=es");
        Page spanish = staff.post(page + "/displacement", Map.of("detail", "Queja confirmada antes de pagar"));
        assertThat(spanish.status()).isEqualTo(422);
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(spanish.body())).contains("id=\"detail-error\"",
                "no se ha pagado nada en la solicitud " + id + ", así que una recuperación por desplazamiento no tiene nada "
                        + "que recuperar").doesNotContain("nothing has been paid");
        assertThat(jdbc.queryForObject("select count(*) from subsidy_clawback where request_id = ?", Integer.class, id))
                .as("nothing recorded").isZero();

        // a claim paid: the displacement clawback recovers it, not blocked by a clawback of nothing
        Response paid = as(TestUsers.HARBOR).post("/api/subsidy-requests/" + id + "/claims", Map.of("milestone", "MIDPOINT",
                "weeks", List.of(Map.of("weekEnding", hired.firstWeekEnding().toString(), "csv",
                        PayCsv.week("D-0", "22.00", List.of(8, 8, 8, 8, 8))))));
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        staff.get(page + "?lang=en");
        Page recorded = staff.post(page + "/displacement", Map.of("detail", "Complaint upheld"));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(302);
        assertThat(recorded.location()).endsWith("?clawedBack");
        JsonNode clawbacks = as(TestUsers.STAFF).get("/api/subsidy-requests/" + id + "/clawbacks").json();
        assertThat(clawbacks).hasSize(1);
        assertThat(clawbacks.get(0).path("ground").asText()).isEqualTo("DISPLACEMENT");
        assertThat(clawbacks.get(0).path("amount").decimalValue()).as("40 hours, half of $22.00 an hour").isEqualByComparingTo("440.00");
        assertThat(clawbacks.get(0).path("status").asText()).isEqualTo("TO_RECOVER");
    }
}
