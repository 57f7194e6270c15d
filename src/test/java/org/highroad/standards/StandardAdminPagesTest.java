package org.highroad.standards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highroad.standards.process.StandardAdoptionProcess;
import org.highroad.support.ApiTest;
import org.highroad.support.AtOnce;
import org.highroad.support.Http.Response;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.StandardBodies;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator's standards from the pages alone: the list of standards and versions, a new draft started from a
 * version or a preset, a draft edited (422 with the form again, a summary "Label: reason" linked to each field, in
 * English and Spanish) and proposed (then its review waits in Tasklist, linked, and it has no edit form). The other
 * roles are refused every page and every post; the same form sent twice (one after the other, or at the same moment)
 * starts one draft and makes one proposal.
 */
class StandardAdminPagesTest extends ApiTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    @Autowired
    StandardAdoptionProcess adoption;

    @Autowired
    java.time.Clock clock;

    private String newStandard() {
        String code = "PAGES-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Response created = as(TestUsers.ADMIN).post("/api/standards", StandardBodies.newStandard(code));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return code;
    }

    private PageSession signedIn(String user) {
        PageSession session = new PageSession(port);
        session.signIn(user, TestUsers.PASSWORD);
        return session;
    }

    @Test
    void anAdministratorListsCopiesEditsAndProposesAVersionFromThePages() {
        String code = newStandard();
        PageSession admin = signedIn(TestUsers.ADMIN);
        assertThat(admin.get("/staff/").body()).contains("href=\"/staff/standards\"");
        Page drafted = admin.get("/staff/standards");
        assertThat(drafted.status()).isEqualTo(200);
        assertThat(row(drafted.body(), code, 1)).contains("href=\"/staff/standards/" + code + "/versions/1\"",
                "Draft, not yet proposed", "Jul 1, 2025").doesNotContain("In force today");
        assertThat(drafted.body()).contains("id=\"standard-" + code + "\"", "Boston-style construction jobs standard");
        assertThat(admin.get("/staff/standards/" + code + "/versions/1").body())
                .contains("id=\"copy-form\"", "id=\"edit-draft\"", "id=\"propose-form\"");

        // version 1 adopted (proposed, and adopted by another administrator): in force today, no edit form
        assertThat(as(TestUsers.ADMIN).post("/api/standards/" + code + "/versions/1/proposal", Map.of()).status()).isEqualTo(200);
        Response adopted = as(TestUsers.REVIEWER).post("/api/standards/" + code + "/versions/1/decision",
                Map.of("decision", "ADOPT", "comment", "Adopted for the pages test"));
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        assertThat(row(admin.get("/staff/standards").body(), code, 1)).contains("Adopted", "In force today");

        // a new version from version 1: a draft with its content, edited on its form
        Page version1 = admin.get("/staff/standards/" + code + "/versions/1");
        assertThat(version1.body()).contains("id=\"copy-form\"", "id=\"not-editable\"")
                .doesNotContain("id=\"edit-draft\"", "id=\"propose-form\"");
        Page copied = admin.post("/staff/standards/" + code + "/versions/1/copy", Map.of("formToken", token(version1.body())));
        assertThat(copied.status()).as(copied.body()).isEqualTo(302);
        assertThat(copied.location()).endsWith("/staff/standards/" + code + "/versions/2/edit?started");
        Page form = admin.get("/staff/standards/" + code + "/versions/2/edit?started");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"wageFloors[0].hourlyRate\"", "value=\"18.20\"", "id=\"rubric[1].weight\"",
                "id=\"enforcement.curePeriodBusinessDays\"", "id=\"started\"").doesNotContain("<textarea id=\"content");
        // one labelled input per field: no stray checkbox beside a text field, no id twice
        assertThat(form.body()).doesNotContain("type=\"checkbox\" value=\"true\" id=\"effectiveFrom\"",
                "type=\"checkbox\" value=\"true\" id=\"wageFloors[0].hourlyRate\"");
        Matcher ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(form.body());
        List<String> seen = new java.util.ArrayList<>();
        while (ids.find()) {
            assertThat(seen).as("ids of the edit form").doesNotContain(ids.group(1));
            seen.add(ids.group(1));
        }

        // refused: each error in the summary as "Label: reason", linked to its field; nothing saved
        Map<String, String> bad = fields(form.body());
        bad.put("wageFloors[0].hourlyRate", "-1");
        bad.put("rubric[1].weight", "50");
        bad.put("enforcement.curePeriodBusinessDays", "999");
        bad.put("workforceTargets[0].sharePercent", "51,5");
        Page refused = admin.post("/staff/standards/" + code + "/versions/2/edit", bad);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"errors\"", "href=\"#workforceTargets[0].sharePercent\"",
                "Workforce target 1, Share of work hours, in percent: must be a number");
        Map<String, String> badNumbers = new LinkedHashMap<>(bad);
        badNumbers.put("workforceTargets[0].sharePercent", "51");
        Page refusedByRules = admin.post("/staff/standards/" + code + "/versions/2/edit", badNumbers);
        assertThat(refusedByRules.status()).as(refusedByRules.body()).isEqualTo(422);
        assertThat(refusedByRules.body()).contains("href=\"#wageFloors[0].hourlyRate\"",
                "Wage floor 1, Per hour, in dollars: must be a positive hourly rate",
                "href=\"#enforcement.curePeriodBusinessDays\"",
                "Cure period, in business days: must be at most 180 business days", "aria-invalid=\"true\"");
        // the rules across fields, as the API's: the weights' total
        Map<String, String> badTotal = fields(form.body());
        badTotal.put("rubric[1].weight", "50");
        Page refusedTotal = admin.post("/staff/standards/" + code + "/versions/2/edit", badTotal);
        assertThat(refusedTotal.status()).as(refusedTotal.body()).isEqualTo(422);
        assertThat(refusedTotal.body()).contains("href=\"#rubric\"", "Rubric: weights must total 100, but total 110");
        admin.get("/staff/standards/" + code + "/versions/2/edit?lang=es");
        Page spanish = admin.post("/staff/standards/" + code + "/versions/2/edit?lang=es", badNumbers);
        assertThat(spanish.status()).isEqualTo(422);
        assertThat(spanish.body()).contains("Salario mínimo 1, Por hora, en dólares:",
                "Plazo de subsanación, en días hábiles:").doesNotContain("Wage floor 1", "Cure period");
        Page spanishTotal = admin.post("/staff/standards/" + code + "/versions/2/edit?lang=es", badTotal);
        assertThat(spanishTotal.body()).contains("Rúbrica: los pesos deben sumar 100").doesNotContain("weights must total");
        admin.get("/staff/standards/" + code + "/versions/2/edit?lang=en");
        assertThat(version(code, 2).path("content").path("wageFloors").get(0).path("hourlyRate").decimalValue())
                .isEqualByComparingTo("18.20");

        // saved: a new floor, another share, weights, cure period and cadence
        Map<String, String> good = fields(form.body());
        good.put("wageFloors[0].hourlyRate", "$19.50");
        good.put("wageFloors[1].label", "Living wage from July 2026");
        good.put("wageFloors[1].hourlyRate", "20.10");
        good.put("wageFloors[1].effectiveFrom", "2026-07-01");
        good.put("wageFloors[1].citation", "Boston Jobs and Living Wage Ordinance, rate from July 1, 2026");
        good.put("workforceTargets[0].sharePercent", "60%");
        good.put("rubric[1].weight", "45");
        good.put("rubric[3].weight", "35");
        good.put("enforcement.curePeriodBusinessDays", "15");
        good.put("enforcement.reportingCadence", "MONTHLY");
        Page saved = admin.post("/staff/standards/" + code + "/versions/2/edit", good);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/staff/standards/" + code + "/versions/2?saved");
        JsonNode content = version(code, 2).path("content");
        assertThat(content.path("wageFloors")).hasSize(2);
        assertThat(content.path("wageFloors").get(0).path("hourlyRate").decimalValue()).isEqualByComparingTo("19.50");
        assertThat(content.path("wageFloors").get(1).path("hourlyRate").decimalValue()).isEqualByComparingTo("20.10");
        assertThat(content.path("workforceTargets").get(0).path("sharePercent").decimalValue()).isEqualByComparingTo("60");
        assertThat(content.path("rubric").get(1).path("weight").decimalValue()).isEqualByComparingTo("45");
        assertThat(content.path("rubric").get(3).path("weight").decimalValue()).isEqualByComparingTo("35");
        assertThat(content.path("enforcement").path("curePeriodBusinessDays").asInt()).isEqualTo(15);
        assertThat(content.path("enforcement").path("reportingCadence").asText()).isEqualTo("MONTHLY");
        assertThat(content.path("wageDeterminations")).hasSize(1); // kept as it was
        assertThat(version(code, 1).path("content").path("wageFloors").get(0).path("hourlyRate").decimalValue())
                .isEqualByComparingTo("18.20");

        // proposed, sent twice: one proposal, one adoption waiting in Tasklist; no edit form any more
        Page draftPage = admin.get("/staff/standards/" + code + "/versions/2?saved");
        assertThat(draftPage.body()).contains("id=\"saved\"");
        Page proposed = admin.post("/staff/standards/" + code + "/versions/2/proposal", Map.of());
        Page again = admin.post("/staff/standards/" + code + "/versions/2/proposal", Map.of());
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(302);
        assertThat(again.status()).as(again.body()).isEqualTo(302);
        assertThat(again.location()).isEqualTo(proposed.location());
        long id = version(code, 2).path("id").asLong();
        assertThat(adoption.adoptionsRunning(id)).isEqualTo(1);
        Page waiting = admin.get("/staff/standards/" + code + "/versions/2?proposed");
        assertThat(waiting.body()).contains("id=\"proposed\"", "id=\"review-task\"",
                "href=\"/operaton/app/tasklist/default/#/?task=" + adoption.reviewTask(id).orElseThrow() + "\"",
                "id=\"not-editable\"").doesNotContain("id=\"edit-draft\"", "id=\"propose-form\"");
        Page noForm = admin.get("/staff/standards/" + code + "/versions/2/edit");
        assertThat(noForm.status()).isEqualTo(302);
        assertThat(noForm.location()).endsWith("/staff/standards/" + code + "/versions/2");
        Page late = admin.post("/staff/standards/" + code + "/versions/2/edit", good);
        assertThat(late.status()).isEqualTo(409);
        Page lateAndWrong = admin.post("/staff/standards/" + code + "/versions/2/edit", bad);
        assertThat(lateAndWrong.status()).isEqualTo(409);
        assertThat(lateAndWrong.body()).contains("is proposed and cannot change").doesNotContain("id=\"errors\"");
    }

    @Test
    void aPresetStartsADraftAndTheSameFormSentTwiceStartsOne() throws Exception {
        PageSession admin = signedIn(TestUsers.ADMIN);
        Page list = admin.get("/staff/standards?lang=es");
        assertThat(list.body()).contains("Normas de calidad del empleo", "Empezar con esta plantilla",
                "id=\"preset-boston-service-living-wage\"");
        String presetToken = token(list.body());
        int before = versions("BOSTON-STYLE-SERVICE-LIVING-WAGE").size();
        Page loaded = admin.post("/staff/standards/presets/boston-service-living-wage", Map.of("formToken", presetToken));
        Page loadedAgain = admin.post("/staff/standards/presets/boston-service-living-wage", Map.of("formToken", presetToken));
        assertThat(loaded.status()).as(loaded.body()).isEqualTo(302);
        assertThat(loadedAgain.location()).isEqualTo(loaded.location());
        assertThat(loaded.location()).contains("/staff/standards/BOSTON-STYLE-SERVICE-LIVING-WAGE/versions/", "/edit?started");
        assertThat(versions("BOSTON-STYLE-SERVICE-LIVING-WAGE")).hasSize(before + 1);

        // the copy form sent twice at the same moment: one draft
        String code = newStandard();
        String token = token(admin.get("/staff/standards/" + code + "/versions/1").body());
        Callable<Page> copy = () -> admin.post("/staff/standards/" + code + "/versions/1/copy", Map.of("formToken", token));
        List<Page> copies = AtOnce.atOnce(List.of(copy, copy, copy));
        assertThat(copies).allSatisfy(p -> assertThat(p.status()).as(p.body()).isEqualTo(302));
        assertThat(copies).extracting(Page::location).containsOnly(copies.get(0).location());
        assertThat(versions(code)).hasSize(2);

        // the proposal sent twice at the same moment: one proposal, one adoption
        Callable<Page> propose = () -> admin.post("/staff/standards/" + code + "/versions/2/proposal", Map.of());
        List<Page> proposals = AtOnce.atOnce(List.of(propose, propose, propose));
        assertThat(proposals).allSatisfy(p -> assertThat(p.status()).as(p.body()).isEqualTo(302));
        assertThat(adoption.adoptionsRunning(version(code, 2).path("id").asLong())).isEqualTo(1);
        assertThat(version(code, 2).path("adoption").path("status").asText()).isEqualTo("PROPOSED");
    }

    @Test
    void aSaveFromAStaleTabIsRefusedAndTheSameSaveSentTwiceLandsOnTheSavedDraft() throws Exception {
        String code = newStandard();
        PageSession admin = signedIn(TestUsers.ADMIN);
        String path = "/staff/standards/" + code + "/versions/1/edit";
        Map<String, String> tabA = fields(admin.get(path).body());
        Map<String, String> tabB = fields(admin.get(path).body());
        String share = version(code, 1).path("content").path("workforceTargets").get(0).path("sharePercent").decimalValue()
                .toPlainString();

        // tab A saves a fine cap; the same form sent again (a double click) lands on the saved draft
        tabA.put("effectiveFrom", "2030-01-01");
        tabB.put("effectiveFrom", "2030-01-01");
        tabA.put("enforcement.fineCap", "12345.00");
        Page a = admin.post(path, tabA);
        assertThat(a.status()).as(a.body()).isEqualTo(302);
        Page again = admin.post(path, tabA);
        assertThat(again.status()).as(again.body()).isEqualTo(302);
        assertThat(again.location()).endsWith("/staff/standards/" + code + "/versions/1?saved");

        // tab B, drawn before A saved, changes a share: refused, the form again from what is stored, nothing lost
        tabB.put("workforceTargets[0].sharePercent", "52");
        Page b = admin.post(path, tabB);
        assertThat(b.status()).as(b.body()).isEqualTo(409);
        assertThat(b.body()).contains("id=\"saved-meanwhile\"", "Someone saved this draft meanwhile", "value=\"12345.00\"");
        JsonNode stored = version(code, 1).path("content");
        assertThat(stored.path("enforcement").path("fineCap").decimalValue()).isEqualByComparingTo("12345.00");
        assertThat(stored.path("workforceTargets").get(0).path("sharePercent").decimalValue()).isEqualByComparingTo(share);
        admin.get(path + "?lang=es");
        Page spanish = admin.post(path + "?lang=es", tabB);
        assertThat(spanish.status()).isEqualTo(409);
        assertThat(spanish.body()).contains("Otra persona guardó este borrador");
        admin.get(path + "?lang=en");

        // the form drawn again carries the stored row version: B's change made again is saved
        Map<String, String> redrawn = fields(b.body());
        redrawn.put("workforceTargets[0].sharePercent", "52");
        Page b2 = admin.post(path, redrawn);
        assertThat(b2.status()).as(b2.body()).isEqualTo(302);
        stored = version(code, 1).path("content");
        assertThat(stored.path("enforcement").path("fineCap").decimalValue()).isEqualByComparingTo("12345.00");
        assertThat(stored.path("workforceTargets").get(0).path("sharePercent").decimalValue()).isEqualByComparingTo("52");

        // a double click at the same moment: every answer the saved draft's page, no error page
        Map<String, String> fresh = fields(admin.get(path).body());
        fresh.put("enforcement.fineCap", "27000.00");
        Callable<Page> save = () -> admin.post(path, fresh);
        List<Page> saves = AtOnce.atOnce(List.of(save, save, save));
        assertThat(saves).allSatisfy(p -> {
            assertThat(p.status()).as(p.body()).isEqualTo(302);
            assertThat(p.location()).endsWith("/staff/standards/" + code + "/versions/1?saved");
        });
        assertThat(version(code, 1).path("content").path("enforcement").path("fineCap").decimalValue())
                .isEqualByComparingTo("27000.00");
    }

    @Test
    void aDraftsDatesAreOfThisEraAndANewVersionTakesEffectFromTodayAfterTheOneInForce() {
        String code = newStandard();
        assertThat(as(TestUsers.ADMIN).post("/api/standards/" + code + "/versions/1/proposal", Map.of()).status()).isEqualTo(200);
        assertThat(as(TestUsers.REVIEWER).post("/api/standards/" + code + "/versions/1/decision",
                Map.of("decision", "ADOPT", "comment", "Adopted for the dates test")).status()).isEqualTo(200);
        PageSession admin = signedIn(TestUsers.ADMIN);
        String token = token(admin.get("/staff/standards/" + code + "/versions/1").body());
        Page copied = admin.post("/staff/standards/" + code + "/versions/1/copy", Map.of("formToken", token));
        assertThat(copied.status()).as(copied.body()).isEqualTo(302);
        String path = "/staff/standards/" + code + "/versions/2/edit";
        Map<String, String> form = fields(admin.get(path).body());
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        // the copy starts in force from today, not from version 1's past date
        assertThat(form.get("effectiveFrom")).isEqualTo(today.toString());

        for (String date : List.of("1900-01-01", "9999-12-31", "+10000-01-01")) {
            Map<String, String> bad = new LinkedHashMap<>(form);
            bad.put("effectiveFrom", date);
            Page refused = admin.post(path, bad);
            assertThat(refused.status()).as(date).isEqualTo(422);
            assertThat(refused.body()).contains("In force from: must be a date from Jan 1, 2000 to Dec 31, 2100");
        }
        for (String date : List.of("+999999999-12-31", "-0001-01-01", "+10000-01-01")) {
            Map<String, String> bad = new LinkedHashMap<>(form);
            bad.put("wageFloors[1].label", "X");
            bad.put("wageFloors[1].hourlyRate", "20");
            bad.put("wageFloors[1].citation", "Ord. 1");
            bad.put("wageFloors[1].effectiveFrom", date);
            Page refused = admin.post(path, bad);
            assertThat(refused.status()).as(date).isEqualTo(422);
            assertThat(refused.body()).contains("href=\"#wageFloors[1].effectiveFrom\"", "must be a date from Jan 1, 2000 to Dec 31, 2100");
        }
        Map<String, String> past = new LinkedHashMap<>(form);
        past.put("effectiveFrom", today.minusDays(1).toString());
        Page refusedPast = admin.post(path, past);
        assertThat(refusedPast.status()).isEqualTo(422);
        assertThat(refusedPast.body()).contains("In force from: must not be before today, " + today.format(
                java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(java.util.Locale.US)));
        admin.get(path + "?lang=es");
        Page spanish = admin.post(path + "?lang=es", past);
        assertThat(spanish.body()).contains("no debe ser anterior a hoy");
        admin.get(path + "?lang=en");
        assertThat(version(code, 2).path("content").path("effectiveFrom").asText()).isEqualTo(today.toString());
        assertThat(version(code, 2).path("content").path("wageFloors")).hasSize(1);

        // a draft dated (through the API) no later than the version in force is not proposed from the pages
        com.fasterxml.jackson.databind.node.ObjectNode content = (com.fasterxml.jackson.databind.node.ObjectNode)
                version(code, 2).path("content");
        content.put("effectiveFrom", "2025-07-01");
        Response put = as(TestUsers.ADMIN).put("/api/standards/" + code + "/versions/2", content);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        Page proposed = admin.post("/staff/standards/" + code + "/versions/2/proposal", Map.of());
        assertThat(proposed.status()).isEqualTo(422);
        assertThat(version(code, 2).path("adoption").path("status").asText()).isEqualTo("DRAFT");
        // the API refuses a date out of this era too
        content.put("effectiveFrom", "1900-01-01");
        assertThat(as(TestUsers.ADMIN).put("/api/standards/" + code + "/versions/2", content).status()).isEqualTo(422);

        // in force from a later day: saved
        Map<String, String> good = fields(admin.get(path).body());
        good.put("effectiveFrom", today.plusDays(30).toString());
        Page saved = admin.post(path, good);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    }

    @Test
    void theStartFormsTakeOnlyATokenThesePagesIssuedToTheAdministrator() {
        String code = newStandard();
        PageSession admin = signedIn(TestUsers.ADMIN);
        String base = "/staff/standards/" + code + "/versions/1";
        PageSession other = signedIn(TestUsers.REVIEWER);
        String othersToken = token(other.get(base).body());
        for (Map<String, String> sent : List.of(Map.<String, String>of(), Map.of("formToken", "made-up"),
                Map.of("formToken", othersToken))) {
            Page copied = admin.post(base + "/copy", sent);
            assertThat(copied.status()).as(sent.toString()).isEqualTo(302);
            assertThat(copied.location()).as(sent.toString()).endsWith(base + "?formRefused");
        }
        assertThat(versions(code)).hasSize(1);
        Page again = admin.get(base + "?formRefused");
        assertThat(again.body()).contains("id=\"form-refused\"", "Nothing was started");
        int before = versions("WIOA-OJT-SUBSIDY").size();
        for (Map<String, String> sent : List.of(Map.<String, String>of("agency", "BOSTON"),
                Map.of("formToken", "made-up", "agency", "BOSTON"))) {
            Page loaded = admin.post("/staff/standards/presets/wioa-ojt", sent);
            assertThat(loaded.status()).as(sent.toString()).isEqualTo(302);
            assertThat(loaded.location()).contains("/staff/standards?formRefused");
        }
        assertThat(versions("WIOA-OJT-SUBSIDY")).hasSize(before);
        assertThat(admin.get("/staff/standards?formRefused&lang=es").body()).contains("id=\"form-refused\"", "No se empezó nada");
        admin.get("/staff/standards?lang=en");
        // the token the page issued starts the draft
        Page copied = admin.post(base + "/copy", Map.of("formToken", token(admin.get(base).body())));
        assertThat(copied.location()).endsWith(base.replace("/versions/1", "/versions/2") + "/edit?started");
    }

    @Test
    void parametersACriterionsKindDoesNotShowAreNotStoredFromAPost() {
        String code = newStandard();
        PageSession admin = signedIn(TestUsers.ADMIN);
        String path = "/staff/standards/" + code + "/versions/1/edit";
        JsonNode before = version(code, 1).path("content").path("rubric");
        int price = -1;
        int linear = -1;
        for (int i = 0; i < before.size(); i++) {
            String kind = before.get(i).path("kind").asText();
            price = price < 0 && kind.equals("PRICE") ? i : price;
            linear = linear < 0 && kind.equals("LINEAR") ? i : linear;
        }
        assertThat(price).as("a PRICE criterion in the test standard").isNotNegative();
        Map<String, String> sent = fields(admin.get(path).body());
        assertThat(sent).doesNotContainKey("rubric[" + price + "].minimum");
        sent.put("effectiveFrom", "2030-01-01");
        sent.put("rubric[" + price + "].minimum", "50");
        sent.put("rubric[" + price + "].target", "7");
        sent.put("rubric[" + price + "].decisionRef", "made-up");
        if (linear >= 0) {
            sent.put("rubric[" + linear + "].cap", "3");
        }
        Page saved = admin.post(path, sent);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        JsonNode after = version(code, 1).path("content").path("rubric");
        assertThat(after.get(price).path("minimum")).isEqualTo(before.get(price).path("minimum"));
        assertThat(after.get(price).path("target")).isEqualTo(before.get(price).path("target"));
        assertThat(after.get(price).path("decisionRef")).isEqualTo(before.get(price).path("decisionRef"));
        if (linear >= 0) {
            assertThat(after.get(linear).path("cap")).isEqualTo(before.get(linear).path("cap"));
        }
        assertThat(version(code, 1).path("content").path("effectiveFrom").asText()).isEqualTo("2030-01-01");
    }

    @Test
    void theEditFormSaysWhatIsWrongInWordsNotInTheValidatorsTexts() {
        String code = newStandard();
        PageSession admin = signedIn(TestUsers.ADMIN);
        String path = "/staff/standards/" + code + "/versions/1/edit";
        Map<String, String> sent = fields(admin.get(path).body());
        sent.put("effectiveFrom", "2030-01-01");
        sent.put("wageFloors[0].hourlyRate", "99999999999999999999.99");
        sent.put("wageFloors[1].label", "New floor");
        sent.put("wageFloors[1].hourlyRate", "20");
        sent.put("wageFloors[1].effectiveFrom", "");
        sent.put("wageFloors[1].citation", "");
        sent.put("enforcement.curePeriodBusinessDays", "");
        sent.put("summary", "x".repeat(4001));
        Page refused = admin.post(path, sent);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("Wage floor 2, Citation: is required", "must have at most 4000 characters")
                .doesNotContain("must not be null", "must not be blank", "numeric value out of bounds", "size must be between");
        admin.get(path + "?lang=es");
        Page spanish = admin.post(path + "?lang=es", sent);
        assertThat(spanish.body()).contains("es obligatorio")
                .doesNotContain("no debe ser nulo", "no debe estar vacío", "fuera de límites", "el tamaño debe estar");
        admin.get(path + "?lang=en");
    }

    @Test
    void aLivingWageStandardIsNeitherSavedNorProposedWithoutAFloorInForce() {
        // a living-wage standard (its rubric requires the lowest wage to meet the floor) with no wage determination
        String code = "FLOORS-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        com.fasterxml.jackson.databind.node.ObjectNode body = StandardBodies.newStandard(code);
        com.fasterxml.jackson.databind.node.ObjectNode v1 = (com.fasterxml.jackson.databind.node.ObjectNode) body.get("version");
        v1.put("effectiveFrom", "2030-01-01");
        v1.putArray("wageDeterminations");
        Response created = as(TestUsers.ADMIN).post("/api/standards", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        PageSession admin = signedIn(TestUsers.ADMIN);
        String path = "/staff/standards/" + code + "/versions/1/edit";
        Map<String, String> form = fields(admin.get(path).body());

        // its only floor removed, or ended before the version comes into force: refused at the floors, nothing saved
        Map<String, String> removed = new LinkedHashMap<>(form);
        removed.put("wageFloors[0].remove", "true");
        Map<String, String> ended = new LinkedHashMap<>(form);
        ended.put("wageFloors[0].effectiveUntil", "2029-12-31");
        for (Map<String, String> sent : List.of(removed, ended)) {
            Page refused = admin.post(path, sent);
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.body()).contains("href=\"#wageFloors\"", "id=\"wageFloors-error\"",
                    "Wage floors: must have a wage floor in force on Jan 1, 2030");
        }
        admin.get(path + "?lang=es");
        Page spanish = admin.post(path + "?lang=es", removed);
        assertThat(spanish.status()).isEqualTo(422);
        assertThat(spanish.body()).contains("Salarios mínimos: debe tener un salario mínimo vigente el 1 ene. 2030")
                .doesNotContain("must have a wage floor");
        admin.get(path + "?lang=en");
        assertThat(version(code, 1).path("content").path("wageFloors")).hasSize(1);

        // a draft without floors (the API saves work in progress) is not proposed, by the API or the pages
        com.fasterxml.jackson.databind.node.ObjectNode content = (com.fasterxml.jackson.databind.node.ObjectNode)
                version(code, 1).path("content");
        content.putArray("wageFloors");
        Response put = as(TestUsers.ADMIN).put("/api/standards/" + code + "/versions/1", content);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        Response proposal = as(TestUsers.ADMIN).post("/api/standards/" + code + "/versions/1/proposal", Map.of());
        assertThat(proposal.status()).as(proposal.body()).isEqualTo(422);
        assertThat(proposal.errorFor("wageFloors")).contains("must have a wage floor in force on 2030-01-01");
        Page refusedProposal = admin.post("/staff/standards/" + code + "/versions/1/proposal", Map.of());
        assertThat(refusedProposal.status()).isEqualTo(422);
        // the propose button's refusal writes its day as the page writes days, not as the API states it
        assertThat(refusedProposal.body()).contains("must have a wage floor in force on Jan 1, 2030")
                .doesNotContain("2030-01-01");
        admin.get(path + "?lang=es");
        Page spanishProposal = admin.post("/staff/standards/" + code + "/versions/1/proposal?lang=es", Map.of());
        assertThat(spanishProposal.status()).isEqualTo(422);
        assertThat(spanishProposal.body()).contains("debe tener un salario mínimo vigente el 1 ene. 2030")
                .doesNotContain("2030-01-01", "must have a wage floor");
        admin.get(path + "?lang=en");
        assertThat(version(code, 1).path("adoption").path("status").asText()).isEqualTo("DRAFT");

        // a wage determination's rates bind only their classifications: no floor for every covered worker, as the
        // living-wage rubric holds them to, so still not proposed
        content.set("wageDeterminations", StandardBodies.version("2030-01-01").get("wageDeterminations"));
        assertThat(as(TestUsers.ADMIN).put("/api/standards/" + code + "/versions/1", content).status()).isEqualTo(200);
        Response determinationOnly = as(TestUsers.ADMIN).post("/api/standards/" + code + "/versions/1/proposal", Map.of());
        assertThat(determinationOnly.status()).as(determinationOnly.body()).isEqualTo(422);
        assertThat(determinationOnly.errorFor("wageFloors")).contains("must have a wage floor in force on 2030-01-01 for all "
                + "covered work", "its rubric holds every covered worker's lowest hourly wage to a floor, and a wage "
                + "determination's rates cover only their classifications");
        assertThat(version(code, 1).path("adoption").path("status").asText()).isEqualTo("DRAFT");

        // without the living-wage rubric (a prevailing-wage standard) the determination's rates are its floors: proposed
        ((com.fasterxml.jackson.databind.node.ArrayNode) content.get("rubric")).remove(0);
        assertThat(as(TestUsers.ADMIN).put("/api/standards/" + code + "/versions/1", content).status()).isEqualTo(200);
        Response proposed = as(TestUsers.ADMIN).post("/api/standards/" + code + "/versions/1/proposal", Map.of());
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
    }

    /**
     * Floors in name only do not make a living-wage version: a token rate, a floor for a classification no one has, a
     * floor that lapses after the first day, or a floor below the one of the adopted version it replaces; floors that
     * follow one another without a gap, each at least the one replaced, do.
     */
    @Test
    void aLivingWageVersionIsNotProposedOnFloorsInNameOnly() {
        String code = "TOKEN-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        com.fasterxml.jackson.databind.node.ObjectNode body = StandardBodies.newStandard(code);
        ((com.fasterxml.jackson.databind.node.ObjectNode) body.get("version")).putArray("wageDeterminations");
        assertThat(as(TestUsers.ADMIN).post("/api/standards", body).status()).isEqualTo(201);
        assertThat(as(TestUsers.ADMIN).post("/api/standards/" + code + "/versions/1/proposal", Map.of()).status())
                .isEqualTo(200);
        Response adopted = as(TestUsers.REVIEWER).post("/api/standards/" + code + "/versions/1/decision",
                Map.of("decision", "ADOPT", "comment", "Adopted for the floors test"));
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200); // version 1: $18.20 for all covered work

        // a token rate is refused when written, at the floor's rate
        Response token = as(TestUsers.ADMIN).post("/api/standards/" + code + "/versions",
                withFloors("[" + floor("0.01", "2030-01-01", null, "ALL_COVERED_WORK", null) + "]"));
        assertThat(token.status()).as(token.body()).isEqualTo(422);
        assertThat(token.errorFor("wageFloors[0].hourlyRate")).contains("must be at least $7.25 an hour, the federal "
                + "minimum wage (29 U.S.C. 206(a)(1)(C))");

        // a classification's floor only, a floor ending on the first day, a lower floor: saved as drafts, not proposed
        Map<String, String> refusals = new LinkedHashMap<>();
        refusals.put("must have a wage floor in force on 2030-01-01 for all covered work",
                "[" + floor("20.00", "2030-01-01", null, "CLASSIFICATION", "NOBODY") + "]");
        refusals.put("leaves covered work without a wage floor from 2030-01-02: the floors for all covered work must "
                + "follow one another without a gap", "[" + floor("20.00", "2030-01-01", "2030-01-01", "ALL_COVERED_WORK", null)
                + "]");
        refusals.put("leaves covered work without a wage floor from 2030-07-01", "[" + floor("19.00", "2030-01-01",
                "2030-06-30", "ALL_COVERED_WORK", null) + "," + floor("19.50", "2030-07-02", null, "ALL_COVERED_WORK", null) + "]");
        refusals.put("lowers the wage floor for all covered work on 2030-01-01 from $18.20, which version 1 (the version it "
                + "replaces) sets, to $18.00: a new version may not lower it",
                "[" + floor("18.00", "2030-01-01", null, "ALL_COVERED_WORK", null) + "]");
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            Response draft = as(TestUsers.ADMIN).post("/api/standards/" + code + "/versions", withFloors(refusal.getValue()));
            assertThat(draft.status()).as(draft.body()).isEqualTo(201);
            int n = draft.json().path("version").asInt();
            Response proposal = as(TestUsers.ADMIN).post("/api/standards/" + code + "/versions/" + n + "/proposal", Map.of());
            assertThat(proposal.status()).as(refusal.getKey()).isEqualTo(422);
            assertThat(proposal.errorFor("wageFloors")).contains(refusal.getKey());
            assertThat(version(code, n).path("adoption").path("status").asText()).isEqualTo("DRAFT");
        }

        // on the page too, in English and Spanish at the floors: a draft's only floor made to lapse, then lowered
        Response lapsing = as(TestUsers.ADMIN).post("/api/standards/" + code + "/versions",
                withFloors("[" + floor("19.00", "2030-01-01", null, "ALL_COVERED_WORK", null) + "]"));
        int n = lapsing.json().path("version").asInt();
        PageSession admin = signedIn(TestUsers.ADMIN);
        String path = "/staff/standards/" + code + "/versions/" + n + "/edit";
        Map<String, String> form = fields(admin.get(path).body());
        form.put("wageFloors[0].effectiveUntil", "2030-01-01");
        Page english = admin.post(path, form);
        assertThat(english.status()).as(english.body()).isEqualTo(422);
        assertThat(english.body()).contains("href=\"#wageFloors\"", "Wage floors: leaves covered work without a wage floor "
                + "from Jan 2, 2030");
        admin.get(path + "?lang=es");
        Page spanish = admin.post(path + "?lang=es", form);
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(spanish.body())).contains("Salarios mínimos: deja el "
                + "trabajo cubierto sin salario mínimo desde el 2 ene. 2030").doesNotContain("leaves covered work");
        form.put("wageFloors[0].effectiveUntil", "");
        form.put("wageFloors[0].hourlyRate", "18.00");
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(admin.post(path + "?lang=es", form).body()))
                .contains("Salarios mínimos: baja el salario mínimo para todo el trabajo cubierto el 1 ene. 2030 de $18.20, "
                        + "que fija la versión 1 (la versión a la que sustituye), a $18.00");
        // the fine cap below the daily fine, in Spanish words with the amount as money
        form.put("wageFloors[0].hourlyRate", "19.00");
        form.put("enforcement.fineCap", "1.00");
        form.put("enforcement.finePerViolationPerDay", "5.00");
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(admin.post(path + "?lang=es", form).body()))
                .contains("Tope de multas, en dólares: debe ser como mínimo la multa por infracción y día, $5.00")
                .doesNotContain("the fine per violation per day");
        admin.get(path + "?lang=en");
        assertThat(version(code, n).path("content").path("wageFloors").get(0).has("effectiveUntil")).isFalse();

        // floors that follow one another with no gap, none below version 1's: proposed
        Response good = as(TestUsers.ADMIN).post("/api/standards/" + code + "/versions", withFloors("[" + floor("19.00",
                "2030-01-01", "2030-06-30", "ALL_COVERED_WORK", null) + "," + floor("19.50", "2030-07-01", null,
                "ALL_COVERED_WORK", null) + "," + floor("7.25", "2030-01-01", null, "CLASSIFICATION", "Trainee") + "]"));
        assertThat(good.status()).as(good.body()).isEqualTo(201);
        Response proposed = as(TestUsers.ADMIN).post("/api/standards/" + code + "/versions/"
                + good.json().path("version").asInt() + "/proposal", Map.of());
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
    }

    /** A version from 2030-01-01 with no wage determination and the given floors (a JSON array). */
    private static com.fasterxml.jackson.databind.node.ObjectNode withFloors(String floors) {
        com.fasterxml.jackson.databind.node.ObjectNode v = StandardBodies.version("2030-01-01");
        v.putArray("wageDeterminations");
        try {
            v.set("wageFloors", org.highroad.support.Http.JSON.readTree(floors));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(floors, e);
        }
        return v;
    }

    private static String floor(String rate, String from, String until, String scope, String scopeValue) {
        return "{\"label\":\"Floor\",\"hourlyRate\":" + rate + ",\"effectiveFrom\":\"" + from + "\""
                + (until == null ? "" : ",\"effectiveUntil\":\"" + until + "\"") + ",\"scope\":\"" + scope + "\""
                + (scopeValue == null ? "" : ",\"scopeValue\":\"" + scopeValue + "\"")
                + ",\"source\":\"ORDINANCE\",\"citation\":\"Living wage ordinance\"}";
    }

    @Test
    void theDemoDataIsNamedAsAPersonReadsItWhereItsLoaderActed() {
        // the demo's presets are drafted and proposed by the demo data's loader (its id stays in the record)
        String path = "/staff/standards/BOSTON-STYLE-SERVICE-LIVING-WAGE/versions/1";
        assertThat(version("BOSTON-STYLE-SERVICE-LIVING-WAGE", 1).path("adoption").path("proposedBy").asText())
                .isEqualTo("demo-loader");
        PageSession admin = signedIn(TestUsers.ADMIN);
        Page english = admin.get(path);
        assertThat(english.status()).isEqualTo(200);
        assertThat(english.body()).contains("id=\"proposed-by\">Highroad demo data<").doesNotContain("demo-loader");
        Page spanish = admin.get(path + "?lang=es");
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(spanish.body()))
                .contains("id=\"proposed-by\">Datos de demostración de Highroad<").doesNotContain("demo-loader");
        // a tier table's labels in the page's language too (the construction preset's schedule-notice tiers)
        String tiers = org.springframework.web.util.HtmlUtils.htmlUnescape(
                admin.get("/staff/standards/BOSTON-STYLE-CONSTRUCTION/versions/1?lang=es").body());
        assertThat(tiers).contains("14 días o más", "de 7 a 13 días", "menos de 3 días")
                .doesNotContain("14 days or more", "7 to 13 days", "less than 3 days");
        admin.get(path + "?lang=en");
    }

    @Test
    void otherRolesAreRefusedEveryPageAndEveryPost() {
        String code = newStandard();
        for (String user : List.of(TestUsers.OFFICER, TestUsers.AUDITOR, TestUsers.STAFF, TestUsers.HARBOR)) {
            PageSession session = signedIn(user);
            assertThat(session.get("/staff/").body()).doesNotContain("href=\"/staff/standards\"");
            assertThat(session.get("/staff/standards").status()).as(user).isEqualTo(403);
            assertThat(session.get("/staff/standards/" + code + "/versions/1/edit").status()).as(user).isEqualTo(403);
            String base = "/staff/standards/" + code + "/versions/1";
            assertThat(session.post(base + "/copy", Map.of("formToken", "t-" + user)).status()).as(user).isEqualTo(403);
            assertThat(session.post(base + "/edit", Map.of("effectiveFrom", "2030-01-01")).status()).as(user).isEqualTo(403);
            assertThat(session.post(base + "/proposal", Map.of()).status()).as(user).isEqualTo(403);
            assertThat(session.post("/staff/standards/presets/wioa-ojt", Map.of("formToken", "p-" + user)).status())
                    .as(user).isEqualTo(403);
            if (!user.equals(TestUsers.HARBOR)) {
                // agency staff read the version, without an administrator's forms
                Page read = session.get(base);
                assertThat(read.status()).isEqualTo(200);
                assertThat(read.body()).doesNotContain("id=\"copy-form\"", "id=\"propose-form\"", "id=\"edit-draft\"");
            }
        }
        assertThat(versions(code)).hasSize(1);
        assertThat(version(code, 1).path("adoption").path("status").asText()).isEqualTo("DRAFT");
        assertThat(version(code, 1).path("content").path("effectiveFrom").asText()).isEqualTo("2025-07-01");

        // an administrator's post without the CSRF token is refused too
        PageSession admin = signedIn(TestUsers.ADMIN);
        assertThat(admin.postWithout("/staff/standards/" + code + "/versions/1/proposal", Map.of()).status()).isEqualTo(403);
        assertThat(version(code, 1).path("adoption").path("status").asText()).isEqualTo("DRAFT");
    }

    private static String row(String page, String code, int n) {
        Matcher row = Pattern.compile("<tr id=\"version-" + code + "-" + n + "\">(.*?)</tr>", Pattern.DOTALL).matcher(page);
        assertThat(row.find()).as("the row of version " + n).isTrue();
        return row.group(1);
    }

    private JsonNode version(String code, int n) {
        return as(TestUsers.ADMIN).get("/api/standards/" + code + "/versions/" + n).json();
    }

    private List<JsonNode> versions(String code) {
        List<JsonNode> all = new java.util.ArrayList<>();
        as(TestUsers.ADMIN).get("/api/standards/" + code + "/versions").json().forEach(all::add);
        return all;
    }

    private static String token(String page) {
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).as("the form's one-time token").isTrue();
        return m.group(1);
    }

    private static final Pattern INPUT = Pattern.compile("<input[^>]*?id=\"([^\"]+)\"[^>]*?>");
    private static final Pattern SELECTED = Pattern.compile(
            "<select[^>]*?name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL);

    /** The edit form's fields as a browser sends them: text inputs, ticked boxes, chosen options, the summary. */
    private static Map<String, String> fields(String page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(page);
        while (input.find()) {
            String tag = input.group(0);
            Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(tag);
            if (!name.find() || name.group(1).equals("_csrf")) {
                continue;
            }
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(tag);
            String v = value.find() ? value.group(1).replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"") : "";
            if (tag.contains("type=\"checkbox\"")) {
                if (tag.contains("checked")) {
                    fields.put(name.group(1), v);
                }
            } else {
                fields.put(name.group(1), v);
            }
        }
        Matcher select = SELECTED.matcher(page);
        while (select.find()) {
            Matcher chosen = Pattern.compile("<option value=\"([^\"]+)\" selected").matcher(select.group(2));
            Matcher first = Pattern.compile("<option value=\"([^\"]+)\"").matcher(select.group(2));
            fields.put(select.group(1), chosen.find() ? chosen.group(1) : first.find() ? first.group(1) : "");
        }
        Matcher summary = Pattern.compile("<textarea id=\"summary\" name=\"summary\"[^>]*>([^<]*)</textarea>").matcher(page);
        if (summary.find()) {
            fields.put("summary", summary.group(1));
        }
        return fields;
    }
}
