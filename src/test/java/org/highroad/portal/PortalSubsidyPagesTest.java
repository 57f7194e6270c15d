package org.highroad.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.highroad.subsidies.PayCsv;
import org.highroad.subsidies.SubsidiesTest;
import org.highroad.subsidies.process.WageSubsidyReviewProcess;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.TaskService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The employer's wage-subsidy pages without a browser, on the walkthrough's figures: Harbor applies in the form (a
 * wage that is not a number, no hire and a missing training plan are each refused at their field with 422 and the
 * input shown again, nothing saved), submits at $19.00 an hour below the $20.00 floor and reads on the request's page
 * why it was returned, corrects it to $22.00 and resubmits; above the $5,000.00 automatic-approval amount ($5,720.00 for
 * one hire: 520 training hours × $22.00 × 50 %) workforce staff approve it; Harbor downloads the agreement, is told the
 * condition's commitment is missing (409), accepts it (its Tasklist task done, as through the API), names its hire
 * (never a Social Security number) and files the midpoint week's payroll: 40 hours × $22.00 × 50 % = $440.00.
 * Northside finds none of it (404, and cannot accept it); staff have no portal (403).
 */
class PortalSubsidyPagesTest extends SubsidiesTest {

    @Autowired
    TaskService tasks;

    @Test
    void harborAppliesIsReturnedResubmitsIsApprovedAcceptsNamesItsHireAndFilesAClaimInThePages() {
        long program = program("250000.00", "5000.00");
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        assertThat(harbor.get("/portal/").body()).contains("href=\"/portal/subsidies\"", "My wage-subsidy requests");

        Page list = harbor.get("/portal/subsidies");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("id=\"program-" + program + "\"", "Demo City on-the-job training",
                "href=\"/portal/subsidies/new?program=" + program + "\"", "$250,000.00");
        String applyPath = "/portal/subsidies/new?program=" + program;
        assertThat(harbor.get(applyPath).body()).contains("id=\"hourlyWage\"", "id=\"attestation-NO_DISPLACEMENT\"");

        // a wage that is not a number: 422, the error linked from the summary and at the field, the input kept
        Map<String, String> form = form("twenty", "1");
        Page notANumber = harbor.post(applyPath, form);
        assertThat(notANumber.status()).isEqualTo(422);
        assertThat(notANumber.body()).contains("href=\"#hourlyWage\"", "id=\"hourlyWage-error\"", "write a number",
                "value=\"twenty\"", "value=\"Machine operator trainee\"", "aria-invalid=\"true\"");
        // no hire: the API's constraint at its field
        Page noHire = harbor.post(applyPath, form("19.00", "0"));
        assertThat(noHire.status()).isEqualTo(422);
        assertThat(noHire.body()).contains("href=\"#hires\"", "must be at least 1", "value=\"19.00\"");
        // submitted without a training plan: what a submission needs, and nothing saved
        Map<String, String> noPlan = form("19.00", "1");
        noPlan.put("trainingPlan", "");
        Page unplanned = harbor.post(applyPath, noPlan);
        assertThat(unplanned.status()).isEqualTo(422);
        assertThat(unplanned.body()).contains("href=\"#trainingPlan\"", "is required to submit");
        assertThat(requestsOf(program)).as("nothing saved").isEmpty();

        // 1. below the $20.00 floor: submitted, then returned with the reason meant for the employer
        Page submitted = harbor.post(applyPath, form("19.00", "1"));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(302);
        long first = Long.parseLong(submitted.location().replaceAll("^.*/portal/subsidies/(\\d+)\\?submitted$", "$1"));
        Jobs.runDue(management);
        Page returned = harbor.get("/portal/subsidies/" + first);
        assertThat(returned.status()).isEqualTo(200);
        assertThat(returned.body()).contains("Returned for revision", "id=\"reasons\"",
                "the hourly wage $19.00 is below the program&#39;s minimum wage $20.00", "id=\"revise\"");
        assertThat(harbor.get("/portal/subsidies").body()).contains("id=\"request-" + first + "\"",
                "Read why, correct it and resubmit");

        // 2. corrected to $22.00 in the next version's form and resubmitted
        Page revised = harbor.post("/portal/subsidies/" + first + "/revision", Map.of());
        assertThat(revised.status()).isEqualTo(302);
        String edit = revised.location().replaceFirst("^https?://[^/]+", "");
        long id = Long.parseLong(edit.replaceAll("^/portal/subsidies/(\\d+)/edit$", "$1"));
        assertThat(harbor.get(edit).body()).as("the returned content, to correct").contains("value=\"19.00\"");
        Page resubmitted = harbor.post(edit, form("22.00", "1"));
        assertThat(resubmitted.status()).as(resubmitted.body()).isEqualTo(302);
        Jobs.runDue(management);
        assertThat(read(TestUsers.HARBOR, id).path("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(harbor.get("/portal/subsidies").body()).as("one line per request: its newest version")
                .contains("id=\"request-" + id + "\"").doesNotContain("id=\"request-" + first + "\"");

        // 3. workforce staff approve it (above the automatic-approval amount)
        Response decided = as(TestUsers.STAFF).post("/api/subsidy-requests/" + id + "/review",
                Map.of("decision", "APPROVE", "note", "Sound training plan"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        Jobs.runDue(management);
        Page approved = harbor.get("/portal/subsidies/" + id);
        assertThat(approved.body()).contains("Approved, agreement offered", "id=\"per-hire\">$5,720.00",
                "Sound training plan; on condition of a wage-progression commitment", "living-wage benchmark $26.00",
                "href=\"/portal/subsidies/" + id + "/agreement.pdf\"", "href=\"/portal/subsidies/" + first + "\"");
        assertThat(approved.body()).as("who decided stays with staff, as the API keeps it").doesNotContain("Decided by");
        var decidedBy = read(TestUsers.HARBOR, id).path("decidedBy");
        assertThat(decidedBy.isNull() || decidedBy.isMissingNode()).as("the API keeps it from the employer too").isTrue();
        Page pdf = harbor.get("/portal/subsidies/" + id + "/agreement.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");

        // 4. the condition's commitment missing: refused at its field; then accepted, its Tasklist task done with it
        Page uncommitted = harbor.post("/portal/subsidies/" + id + "/agreement/acceptance", Map.of("wageCommitment", ""));
        assertThat(uncommitted.status()).isEqualTo(409);
        assertThat(uncommitted.body()).contains("href=\"#wageCommitment\"", "asks for a wage-progression commitment");
        assertThat(openTasks(id)).as("the acceptance task waits").isEqualTo(1);
        Page accepted = harbor.post("/portal/subsidies/" + id + "/agreement/acceptance",
                Map.of("wageCommitment", "$24.00 after three months"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(302);
        assertThat(read(TestUsers.HARBOR, id).path("status").asText()).isEqualTo("AGREED");
        assertThat(openTasks(id)).as("completed as through the API").isZero();
        assertThat(harbor.get("/portal/subsidies/" + id).body()).contains("Agreed", "id=\"agreement-accepted\"",
                "id=\"hire-form\"");
        // a second click on "Accept the agreement": the request's page, saying it is accepted (no error under a field)
        Page again = harbor.post("/portal/subsidies/" + id + "/agreement/acceptance", Map.of("wageCommitment", ""));
        assertThat(again.status()).as(again.body()).isEqualTo(302);
        assertThat(again.location()).endsWith("/portal/subsidies/" + id + "?accepted");
        assertThat(harbor.get("/portal/subsidies/" + id + "?accepted").body()).contains("You accepted the agreement.");
        // what the pages no longer offer says no state name: the draft form leads to the page, a withdrawal is refused in words
        Page editAgreed = harbor.get("/portal/subsidies/" + id + "/edit");
        assertThat(editAgreed.status()).isEqualTo(302);
        assertThat(editAgreed.location()).endsWith("/portal/subsidies/" + id);
        harbor.get("/portal/subsidies/" + id);
        Page withdrawAgreed = harbor.post("/portal/subsidies/" + id + "/withdrawal", Map.of("reason", ""));
        assertThat(withdrawAgreed.status()).isEqualTo(409);
        assertThat(withdrawAgreed.body()).contains("this request cannot be withdrawn: it is agreed").doesNotContain("AGREED");
        harbor.get("/portal/subsidies/" + id + "?lang=es");
        assertThat(harbor.post("/portal/subsidies/" + id + "/withdrawal", Map.of("reason", "")).body())
                .contains("esta solicitud no puede retirarse: está acordada");
        harbor.get("/portal/subsidies/" + id + "?lang=en");
        // the list: one hire in the singular, in both languages
        assertThat(harbor.get("/portal/subsidies").body()).contains("1 hire at $22.00 an hour").doesNotContain("1 hires");
        assertThat(harbor.get("/portal/subsidies?lang=es").body()).contains("1 contratación a $22.00 la hora");
        harbor.get("/portal/subsidies?lang=en");

        // 5. the hire: never a Social Security number; then its worker reference
        LocalDate start = hireStart(id);
        Page ssn = harbor.post("/portal/subsidies/" + id + "/hires", Map.of("workerRef", "123-45-6789",
                "startDate", start.toString()));
        assertThat(ssn.status()).isEqualTo(422);
        assertThat(ssn.body()).contains("href=\"#hire-workerRef\"", "never a Social Security number");
        // a reference too long: said in house wording at its field
        Page tooLong = harbor.post("/portal/subsidies/" + id + "/hires", Map.of("workerRef", "W".repeat(41),
                "startDate", start.toString()));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.body()).contains("href=\"#hire-workerRef\"", "must be at most 40 characters")
                .doesNotContain("size must be between");
        assertThat(harbor.post("/portal/subsidies/" + id + "/hires", Map.of("workerRef", "T-PAGE-1",
                "startDate", start.toString())).status()).isEqualTo(302);
        // the hire's state as a word, not its code, in both languages
        assertThat(harbor.get("/portal/subsidies/" + id).body()).contains("<td>Started</td>").doesNotContain("STARTED");
        assertThat(harbor.get("/portal/subsidies/" + id + "?lang=es").body()).contains("<td>Empezó</td>")
                .doesNotContain("STARTED");
        harbor.get("/portal/subsidies/" + id + "?lang=en");

        // 6. the midpoint week's payroll, weeks later: 40 hours × $22.00 × 50 % = $440.00
        clock.advance(Duration.ofDays(40));
        LocalDate week = start.plusDays(6);
        harbor.get("/portal/subsidies/" + id);
        Page noFile = harbor.upload("/portal/subsidies/" + id + "/claims", Map.of("milestone", "MIDPOINT", "weekCount", "1",
                "week0-weekEnding", week.toString()), "other", "week.csv", "", true);
        assertThat(noFile.status()).isEqualTo(422);
        assertThat(noFile.body()).contains("href=\"#week0-csv\"", "choose the week&#39;s payroll CSV file");
        Page filed = harbor.upload("/portal/subsidies/" + id + "/claims", Map.of("milestone", "MIDPOINT", "weekCount", "1",
                "week0-weekEnding", week.toString()), "week0-csv", "week.csv",
                PayCsv.week("T-PAGE-1", "22.00", List.of(8, 8, 8, 8, 8)), true);
        assertThat(filed.status()).as(filed.body()).isEqualTo(302);
        Page claimed = harbor.get("/portal/subsidies/" + id);
        assertThat(claimed.body()).contains("id=\"hire-T-PAGE-1\"", "id=\"claim-MIDPOINT\"", "$440.00");
        assertThat(as(TestUsers.HARBOR).get("/api/subsidy-requests/" + id + "/claims").json().get(0).path("amount")
                .decimalValue()).isEqualByComparingTo("440.00");
        assertThat(harbor.get("/portal/subsidies/" + id + "?lang=es").body()).contains("Acordada", "Hito intermedio",
                "Sound training plan; con la condición de un compromiso de progresión salarial");

        // another company finds none of it, and staff have no portal
        PageSession northside = new PageSession(port);
        northside.signIn(TestUsers.NORTHSIDE, TestUsers.PASSWORD);
        assertThat(northside.get("/portal/subsidies").body()).doesNotContain("id=\"request-" + id + "\"");
        for (String page : List.of("/portal/subsidies/" + id, "/portal/subsidies/" + first, "/portal/subsidies/" + id + "/edit",
                "/portal/subsidies/" + id + "/agreement.pdf")) {
            Page answer = northside.get(page);
            assertThat(answer.status()).as(page).isEqualTo(404);
            assertThat(answer.body()).as(page).doesNotContain("Machine operator trainee", "5,720.00");
        }
        Page foreign = northside.post("/portal/subsidies/" + first + "/revision", Map.of());
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(northside.post("/portal/subsidies/" + id + "/hires", Map.of("workerRef", "N-1",
                "startDate", start.toString())).status()).isEqualTo(404);
        assertThat(as(TestUsers.HARBOR).get("/api/subsidy-requests/" + id + "/hires").json().size()).isEqualTo(1);
        PageSession staff = new PageSession(port);
        staff.signIn(TestUsers.STAFF, TestUsers.PASSWORD);
        assertThat(staff.get("/portal/subsidies/" + id).status()).isEqualTo(403);
    }

    @Test
    void aDraftIsSavedIncompleteCompletedSubmittedAndWithdrawnAndAHireIsEnded() {
        long program = program("250000.00", "5000.00");
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        String applyPath = "/portal/subsidies/new?program=" + program;
        harbor.get(applyPath);
        Map<String, String> incomplete = form("22.00", "2");
        incomplete.put("trainingPlan", "");
        incomplete.put("action", "save");
        Page saved = harbor.post(applyPath, incomplete);
        assertThat(saved.status()).as("a draft may leave anything out").isEqualTo(302);
        assertThat(saved.location()).endsWith("?saved");
        long id = Long.parseLong(saved.location().replaceAll("^.*/portal/subsidies/(\\d+)\\?saved$", "$1"));
        Page draft = harbor.get("/portal/subsidies/" + id + "?saved");
        assertThat(draft.body()).contains("Your draft is saved.", "id=\"edit\"", "id=\"submit-draft\"", "Draft");

        Page refused = harbor.post("/portal/subsidies/" + id + "/submission", Map.of());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("href=\"#trainingPlan\"", "is required to submit");
        Map<String, String> complete = form("22.00", "2");
        complete.put("action", "save");
        assertThat(harbor.post("/portal/subsidies/" + id + "/edit", complete).status()).isEqualTo(302);
        harbor.get("/portal/subsidies/" + id);
        assertThat(harbor.post("/portal/subsidies/" + id + "/submission", Map.of()).status()).isEqualTo(302);
        Jobs.runDue(management);
        assertThat(read(TestUsers.HARBOR, id).path("status").asText()).isEqualTo("IN_REVIEW");

        PageSession northside = new PageSession(port);
        northside.signIn(TestUsers.NORTHSIDE, TestUsers.PASSWORD);
        assertThat(northside.post("/portal/subsidies/" + id + "/withdrawal", Map.of("reason", "not ours")).status()).isEqualTo(404);
        assertThat(read(TestUsers.HARBOR, id).path("status").asText()).isEqualTo("IN_REVIEW");
        assertThat(harbor.get("/portal/subsidies/" + id).body()).contains("id=\"withdraw-request\"");
        Page withdrawn = harbor.post("/portal/subsidies/" + id + "/withdrawal", Map.of("reason", "The posts were filled"));
        assertThat(withdrawn.status()).isEqualTo(302);
        assertThat(read(TestUsers.HARBOR, id).path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(harbor.get("/portal/subsidies/" + id).body()).contains("Withdrawn").doesNotContain("id=\"withdraw-request\"");

        // a hire ended: what happened is asked for; then recorded
        Hired hired = hiredAndWorked(TestUsers.HARBOR, "T-END-1");
        String end = "/portal/subsidies/" + hired.id() + "/hires/T-END-1/end";
        assertThat(harbor.get("/portal/subsidies/" + hired.id()).body()).contains("End the hire of T-END-1");
        Page noReason = harbor.post(end, Map.of("endedOn", hired.start().plusDays(20).toString(), "withCause", "true"));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.body()).contains("href=\"#end-T-END-1-reason\"");
        Page ended = harbor.post(end, Map.of("endedOn", hired.start().plusDays(20).toString(), "withCause", "true",
                "reason", "Repeated safety violations"));
        assertThat(ended.status()).as(ended.body()).isEqualTo(302);
        assertThat(as(TestUsers.HARBOR).get("/api/subsidy-requests/" + hired.id() + "/hires").json().get(0).path("endedOn").asText())
                .isEqualTo(hired.start().plusDays(20).toString());
    }

    /** The form as an employer fills it, from the walkthrough's request (one hire), with this wage and hires. */
    private Map<String, String> form(String wage, String hires) {
        Map<String, String> f = new LinkedHashMap<>();
        var c = content();
        for (String field : List.of("position", "classification", "sector", "county", "hoursPerWeek", "trainingHours",
                "startDate", "operatingSince", "healthPremiumShare", "paidLeaveDays", "retirementPercent", "scheduleNoticeDays",
                "advancementPath", "trainingPlan")) {
            f.put(field, c.path(field).asText());
        }
        f.put("hourlyWage", wage);
        f.put("hires", hires);
        f.put("workerCommittee", "false");
        f.put("attestation-NO_DISPLACEMENT", "true");
        f.put("attestation-AGREEMENT_BEFORE_HIRE", "true");
        f.put("action", "submit");
        return f;
    }

    private List<Long> requestsOf(long program) {
        return jdbc.queryForList("select id from subsidy_request where program_id = ?", Long.class, program);
    }

    private long openTasks(long id) {
        return tasks.createTaskQuery().processDefinitionKey(WageSubsidyReviewProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(id)).taskDefinitionKey(WageSubsidyReviewProcess.TASK_ACCEPT).count();
    }
}
