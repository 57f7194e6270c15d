package org.highroad.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highroad.subsidies.SubsidiesTest;
import org.highroad.support.Jobs;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The employer's request form sent twice is one request: the form carries a one-time token (hidden {@code formToken})
 * stored with the request it drafts under a unique index. Two sends at the same moment (a double click) and a send
 * after the first was answered (Back and send again) both land on the first request (303 to it), for "Submit the
 * request" and for "Save"; the program's budget is reserved once ($5,720.00 for one hire: 520 training hours ×
 * $22.00 × 50 %).
 */
class PortalSubsidyFormOnceTest extends SubsidiesTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    @Test
    void aDoubleClickOnSubmitIsOneRequestReservedOnce() throws Exception {
        long program = program("250000.00", "8000.00");
        PageSession harbor = signedIn();
        String applyPath = "/portal/subsidies/new?program=" + program;
        Map<String, String> form = form(token(harbor.get(applyPath).body()), "submit");

        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Page>> sends = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return harbor.post(applyPath, form);
        })).toList();
        go.countDown();
        List<Page> answers = sends.stream().map(CompletableFuture::join).toList();
        for (Page answer : answers) {
            assertThat(answer.status()).as(answer.body()).isIn(302, 303);
        }
        assertThat(requestsOf(program)).as("one request").hasSize(1);
        long id = requestsOf(program).get(0);
        assertThat(answers).allSatisfy(a -> assertThat(a.location()).contains("/portal/subsidies/" + id + "?submitted"));
        Jobs.runDue(management);
        assertThat(read(TestUsers.HARBOR, id).path("status").asText()).isEqualTo("APPROVED");
        assertThat(reserved(program)).as("reserved once").isEqualByComparingTo("5720.00");
    }

    @Test
    void theSameFormSentAgainAfterItsAnswerLandsOnTheFirstRequestForSubmitAndForSave() {
        long program = program("250000.00", "8000.00");
        PageSession harbor = signedIn();
        String applyPath = "/portal/subsidies/new?program=" + program;

        Map<String, String> submitted = form(token(harbor.get(applyPath).body()), "submit");
        Page first = harbor.post(applyPath, submitted);
        assertThat(first.status()).as(first.body()).isIn(302, 303);
        Jobs.runDue(management);
        Page again = harbor.post(applyPath, submitted);
        assertThat(again.status()).as(again.body()).isIn(302, 303);
        assertThat(again.location()).isEqualTo(first.location());
        Jobs.runDue(management);
        assertThat(requestsOf(program)).hasSize(1);
        assertThat(reserved(program)).as("reserved once").isEqualByComparingTo("5720.00");

        // Save, then the same form saved again: one draft, with the second send's answers
        Map<String, String> saved = form(token(harbor.get(applyPath).body()), "save");
        Page draft = harbor.post(applyPath, saved);
        assertThat(draft.status()).as(draft.body()).isIn(302, 303);
        saved.put("position", "Machine operator trainee, second send");
        Page savedAgain = harbor.post(applyPath, saved);
        assertThat(savedAgain.location()).isEqualTo(draft.location());
        assertThat(requestsOf(program)).hasSize(2);
        long draftId = Long.parseLong(draft.location().replaceAll("^.*/portal/subsidies/(\\d+)\\?saved$", "$1"));
        assertThat(read(TestUsers.HARBOR, draftId).path("content").path("position").asText())
                .isEqualTo("Machine operator trainee, second send");

        // a new form (a new token) is a new request
        Page other = harbor.post(applyPath, form(token(harbor.get(applyPath).body()), "save"));
        assertThat(other.location()).isNotEqualTo(draft.location());
        assertThat(requestsOf(program)).hasSize(3);
    }

    private PageSession signedIn() {
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        return harbor;
    }

    private static String token(String page) {
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).as("the form carries its one-time token").isTrue();
        return m.group(1);
    }

    private Map<String, String> form(String token, String action) {
        Map<String, String> f = new LinkedHashMap<>();
        var c = content();
        for (String field : List.of("position", "classification", "sector", "county", "hoursPerWeek", "trainingHours",
                "startDate", "operatingSince", "healthPremiumShare", "paidLeaveDays", "retirementPercent", "scheduleNoticeDays",
                "advancementPath", "trainingPlan")) {
            f.put(field, c.path(field).asText());
        }
        f.put("hourlyWage", "22.00");
        f.put("hires", "1");
        f.put("workerCommittee", "false");
        f.put("attestation-NO_DISPLACEMENT", "true");
        f.put("attestation-AGREEMENT_BEFORE_HIRE", "true");
        f.put("action", action);
        f.put("formToken", token);
        return f;
    }

    private List<Long> requestsOf(long program) {
        return jdbc.queryForList("select id from subsidy_request where program_id = ?", Long.class, program);
    }

    private BigDecimal reserved(long program) {
        return new BigDecimal(as(TestUsers.STAFF).get("/api/subsidy-programs/" + program).json().path("reserved").asText());
    }
}
