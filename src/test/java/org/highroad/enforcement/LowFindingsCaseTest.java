package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.highroad.support.Http.Response;
import org.highroad.support.PageSession;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * One underpaid week's case, from review to payment, as the contractor and the auditor meet it: the findings about the
 * payroll as a whole (shares short, no worker) are a group of their own that a bulk review can finish; a page asked
 * for with a parameter it cannot use answers a page that names it while the API keeps its problem details; the notice
 * tells the contractor where on the portal to answer, never an API path; a payment dated before the work it repays is
 * refused naming the field, on the API and on the page in Spanish; and the contract's audit trail tells the contractor
 * the role of the agency's staff who acted, never their names.
 */
class LowFindingsCaseTest extends CaseTest {

    @Test
    void theFindingsOfNoWorkerAreAGroupABulkReviewFinishes() {
        long caseId = openCase("Whole-payroll findings " + System.nanoTime());
        org.highroad.support.Jobs.runDue(management);

        // by worker: the share shortfalls (no worker) are one group, flagged, not an empty worker reference
        JsonNode byWorker = as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/findings/groups?by=worker").json();
        JsonNode whole = null;
        for (JsonNode g : byWorker) {
            if (g.path("withoutWorker").asBoolean()) {
                whole = g;
            }
        }
        assertThat(whole).as(byWorker.toString()).isNotNull();
        assertThat(whole.path("pending").asInt()).isPositive();
        int noWorker = whole.path("pending").asInt();
        Response both = as(TestUsers.AUDITOR).post("/api/cases/" + caseId + "/findings/review", Map.of("withoutWorker", true,
                "workerRef", "5678", "decision", "DISMISS", "reason", "x"));
        assertThat(both.status()).as(both.body()).isEqualTo(422);
        assertThat(both.errorFor("withoutWorker")).isNotEmpty();

        // the staff page names the group and offers it; choosing it records the decision for those findings
        PageSession auditor = new PageSession(port);
        auditor.signIn(TestUsers.AUDITOR, TestUsers.PASSWORD);
        PageSession.Page page = auditor.get("/staff/cases/" + caseId);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Findings about the payroll as a whole").contains("value=\"payroll-as-a-whole\"")
                .doesNotContain("value=\"worker:\"");
        PageSession.Page dismissed = auditor.post("/staff/cases/" + caseId + "/review", Map.of("group", "payroll-as-a-whole",
                "decision", "DISMISS", "reason", "Shares are measured at completion, not in the first week"));
        assertThat(dismissed.status()).as(dismissed.body()).isIn(302, 303);
        int dismissedNow = 0;
        for (JsonNode f : get(caseId).path("findings")) {
            if (f.path("finding").path("workerRef").isNull() || f.path("finding").path("workerRef").asText().isEmpty()) {
                assertThat(f.path("review").asText()).as(f.toString()).isEqualTo("DISMISSED");
                dismissedNow++;
            }
        }
        assertThat(dismissedNow).isEqualTo(noWorker);
    }

    @Test
    void theNoticeNamesThePortalPageToAnswerOnAndAPaymentDatedBeforeTheWorkIsRefused() {
        long caseId = openCase("Notice and payment dates " + System.nanoTime());
        reviewAll(caseId, java.util.Set.of("UNDERPAID_BASE"));
        org.highroad.support.Jobs.runDue(management);

        // the worker's findings confirmed: the notice is issued and tells the contractor where to answer it
        JsonNode notices = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/notices").json();
        assertThat(notices).hasSize(1);
        String pdf = pdfText(TestUsers.HARBOR, notices.get(0).path("pdf").asText());
        assertThat(pdf).contains("Highroad contractor portal").contains("My cases")
                .contains("/portal/cases/" + caseId).doesNotContain("/api/").doesNotContain("POST ");

        // a payment dated before the week it repays began: refused, naming the field and why
        LocalDate weekStarted = LocalDate.parse(WEEK).minusDays(6);
        Response early = as(TestUsers.HARBOR).post("/api/cases/" + caseId + "/responses", Map.of("kind", "RESTITUTION_PAYMENT",
                "payments", List.of(Map.of("workerRef", "5678", "amount", "200.00", "paidOn", weekStarted.minusYears(1).toString(),
                        "evidence", "cancelled check 1001"))));
        assertThat(early.status()).as(early.body()).isEqualTo(422);
        assertThat(early.errorFor("payments[0].paidOn")).contains("must not be before " + weekStarted);
        // the page, in Spanish: the same refusal on the field, in Spanish
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        assertThat(harbor.get("/portal/cases/" + caseId + "?lang=es").status()).isEqualTo(200);
        PageSession.Page refused = org.highroad.support.PageForms.post(harbor, "/portal/cases/" + caseId + "/payments", Map.of("workerRef", "5678",
                "amount", "200.00", "paidOn", "2020-01-02", "evidence", "cheque 1001"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("no puede ser anterior al " + weekStarted);
        // on the first day of the work week or later, it is taken
        Response onTime = as(TestUsers.HARBOR).post("/api/cases/" + caseId + "/responses", Map.of("kind", "RESTITUTION_PAYMENT",
                "payments", List.of(Map.of("workerRef", "5678", "amount", "200.00", "paidOn", LocalDate.now(clock).toString(),
                        "evidence", "cancelled check 1001"))));
        assertThat(onTime.status()).as(onTime.body()).isIn(200, 201);
    }

    @Test
    void aPageAskedWithAParameterItCannotUseAnswersAPageNamingItAndTheApiAProblem() {
        long caseId = openCase("Bad parameters " + System.nanoTime());
        PageSession auditor = new PageSession(port);
        auditor.signIn(TestUsers.AUDITOR, TestUsers.PASSWORD);
        for (String[] asked : new String[][] {{"workers=abc", "workers"}, {"page=-1", "page"}, {"workers=-1", "workers"},
                {"reviewed=abc", "reviewed"}}) {
            PageSession.Page page = auditor.get("/staff/cases/" + caseId + "?" + asked[0]);
            assertThat(page.status()).as(asked[0]).isEqualTo(400);
            assertThat(page.body()).as(asked[0]).startsWith("<!DOCTYPE html>").contains("id=\"bad-request\"")
                    .contains("data-field=\"" + asked[1] + "\"").contains("The parameter &quot;" + asked[1] + "&quot;")
                    .doesNotContain("\"errors\":");
        }
        PageSession.Page spanish = auditor.get("/staff/cases/" + caseId + "?lang=es&page=-1");
        assertThat(spanish.status()).isEqualTo(400);
        assertThat(spanish.body()).contains("lang=\"es\"").contains("El parámetro &quot;page&quot;")
                .contains("debe ser un número entero desde 0");
        // a malformed id in the address is still not found
        assertThat(auditor.get("/staff/cases/abc").status()).isEqualTo(404);

        Response api = as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/findings/groups?by=worker&page=-1");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.contentType()).contains("application/problem+json");
        assertThat(api.errorFor("page")).contains("must be a whole number");
        Response list = as(TestUsers.AUDITOR).get("/api/cases?sort=nothing");
        assertThat(list.status()).isEqualTo(400);
        assertThat(list.contentType()).contains("application/problem+json");
    }

    @Test
    void aContractorReadsTheRoleOfTheAgencyStaffWhoActedOnItsContractNeverTheirNames() throws Exception {
        long contract = executedContract("Audit names " + System.nanoTime());
        JsonNode prime = as(TestUsers.HARBOR).all("/api/contracts/" + contract + "/audit").json();
        assertThat(prime.findValuesAsText("action")).contains("LEGAL REVIEW APPROVED", "ACCEPTED AND EXECUTED");
        for (JsonNode entry : prime) {
            String action = entry.path("action").asText();
            switch (action) {
                case "DRAFTED" -> assertThat(entry.path("actorRole").asText()).isEqualTo("WORKFLOW");
                case "ACCEPTED AND EXECUTED" -> {
                    assertThat(entry.path("actor").asText()).as("its own people by name").isEqualTo(TestUsers.HARBOR);
                    assertThat(entry.path("actorRole").asText()).isEqualTo("CONTRACTOR");
                }
                default -> {
                    assertThat(entry.path("actor").isMissingNode() || entry.path("actor").isNull()).as(action + " " + entry).isTrue();
                    assertThat(entry.path("actorRole").asText()).as(action).isEqualTo("PROCUREMENT_OFFICER");
                    assertThat(entry.path("actorDescription").asText()).as(action).isEqualTo("Agency staff (procurement officer)");
                }
            }
        }
        assertThat(prime.toString()).doesNotContain("\"" + TestUsers.OFFICER + "\"");
        // the API answers in English whatever the client's language; still no staff name
        HttpResponse<String> es = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/contracts/" + contract + "/audit?size=200")).header("Accept-Language", "es").header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((TestUsers.HARBOR + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(es.body()).contains("Agency staff (procurement officer)").doesNotContain("\"" + TestUsers.OFFICER + "\"");
        // agency staff read every name
        JsonNode agency = as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/audit").json();
        assertThat(agency.findValuesAsText("actor")).contains(TestUsers.OFFICER, TestUsers.HARBOR);
    }
}
