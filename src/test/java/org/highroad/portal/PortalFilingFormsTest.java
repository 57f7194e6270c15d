package org.highroad.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.highroad.enforcement.CaseTest;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The Statement of Compliance filed and updated in the portal's form, and a payroll entered in the rows form: both
 * through the same services as the API (the statement on file as {@code /api/contracts/{id}/compliance-statements}
 * reads it; the rows stored as a raw CSV submission and checked as an upload), each mistake shown at its field, nothing
 * filed without the CSRF token, and another contractor finding neither form (404, nothing filed).
 */
class PortalFilingFormsTest extends CaseTest {

    @Test
    void theStatementIsFiledInTheFormThenUpdatedWithItsHistory() {
        long contract = executedContract("Portal statement");
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        Page empty = harbor.get("/portal/contracts/" + contract + "/statement");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("id=\"statement-missing\"", "for=\"plan0-name\"", "for=\"signatoryName\"");

        Page wrong = harbor.post("/portal/contracts/" + contract + "/statement", Map.of("planCount", "2", "signatoryName", "",
                "signatoryTitle", "Payroll Manager", "plan0-name", "IBEW Local 103 Health & Pension", "plan0-hourlyCredit",
                "thirty", "plan1-name", "", "plan1-hourlyCredit", "2.00", "action", "file"));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body()).contains("href=\"#signatoryName\"", "href=\"#plan0-hourlyCredit\"", "href=\"#plan1-name\"",
                "id=\"plan0-hourlyCredit-error\"", "aria-invalid=\"true\"", "value=\"thirty\"");
        assertThat(as(TestUsers.HARBOR).get("/api/contracts/" + contract + "/compliance-statements").json().size()).isZero();

        Page added = harbor.post("/portal/contracts/" + contract + "/statement", Map.of("planCount", "2", "signatoryName",
                "Dana Harbor", "plan0-name", "kept while lines are added", "action", "add"));
        assertThat(added.status()).isEqualTo(200);
        assertThat(added.body()).contains("id=\"plan3-name\"", "value=\"kept while lines are added\"", "value=\"Dana Harbor\"");

        Page filed = harbor.post("/portal/contracts/" + contract + "/statement", Map.of("planCount", "2", "signatoryName",
                "Dana Harbor", "signatoryTitle", "Payroll Manager", "plan0-name", "IBEW Local 103 Health & Pension",
                "plan0-hourlyCredit", "31.40", "plan1-name", "", "plan1-hourlyCredit", "", "action", "file"));
        assertThat(filed.status()).as(filed.body()).isEqualTo(302);
        JsonNode onFile = as(TestUsers.HARBOR).get("/api/contracts/" + contract + "/compliance-statements").json();
        assertThat(onFile.size()).isEqualTo(1);
        assertThat(onFile.get(0).path("statement").path("signatoryName").asText()).isEqualTo("Dana Harbor");
        assertThat(onFile.get(0).path("statement").path("fringePlans").get(0).path("hourlyCredit").decimalValue())
                .isEqualByComparingTo("31.40");

        Page prefilled = harbor.get("/portal/contracts/" + contract + "/statement?filed");
        assertThat(prefilled.body()).contains("id=\"statement-filed\"", "id=\"statement-in-force\"", "value=\"31.40\"",
                "File the updated statement");
        Page updated = harbor.post("/portal/contracts/" + contract + "/statement", Map.of("planCount", "3", "signatoryName",
                "Dana Harbor", "signatoryTitle", "Chief Financial Officer", "plan0-name", "IBEW Local 103 Health & Pension",
                "plan0-hourlyCredit", "32.10", "action", "file"));
        assertThat(updated.status()).isEqualTo(302);
        JsonNode both = as(TestUsers.HARBOR).get("/api/contracts/" + contract + "/compliance-statements").json();
        assertThat(both.size()).as("the earlier one stays").isEqualTo(2);
        assertThat(both.get(1).path("statement").path("signatoryTitle").asText()).isEqualTo("Chief Financial Officer");
        Page history = harbor.get("/portal/contracts/" + contract + "/statement");
        assertThat(history.body()).contains("Chief Financial Officer", "Payroll Manager", "In force", "Replaced", "$32.10");
        assertThat(harbor.get("/portal/contracts/" + contract + "/statement?lang=es").body())
                .contains("Declaración de Cumplimiento", "En vigor");
    }

    @Test
    void anotherContractorFindsNeitherFormAndNothingIsFiledWithoutTheToken() {
        long contract = contractWithStatement("Portal forms isolation");
        weekHasEnded(WEEK);
        PageSession northside = new PageSession(port);
        northside.signIn(TestUsers.NORTHSIDE, TestUsers.PASSWORD);
        northside.get("/portal/");
        assertThat(northside.get("/portal/contracts/" + contract + "/statement").status()).isEqualTo(404);
        assertThat(northside.get("/portal/contracts/" + contract + "/payrolls/rows").status()).isEqualTo(404);
        Page statement = northside.post("/portal/contracts/" + contract + "/statement", Map.of("planCount", "0",
                "signatoryName", "", "action", "file"));
        assertThat(statement.status()).isEqualTo(404);
        assertThat(statement.body()).doesNotContain("Portal forms isolation", "Dana Harbor");
        Page rows = northside.post("/portal/contracts/" + contract + "/payrolls/rows", garcia(WEEK, "60.00"));
        assertThat(rows.status()).isEqualTo(404);
        assertThat(rows.body()).doesNotContain("Portal forms isolation", WEEK);

        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        harbor.get("/portal/contracts/" + contract + "/payrolls/rows");
        assertThat(harbor.postWithout("/portal/contracts/" + contract + "/payrolls/rows", garcia(WEEK, "60.00")).status())
                .isEqualTo(403);
        assertThat(harbor.postWithout("/portal/contracts/" + contract + "/statement", Map.of("planCount", "0",
                "signatoryName", "X", "signatoryTitle", "Y", "action", "file")).status()).isEqualTo(403);
        assertThat(as(TestUsers.HARBOR).all("/api/contracts/" + contract + "/payrolls").json().size()).isZero();
        assertThat(as(TestUsers.HARBOR).get("/api/contracts/" + contract + "/compliance-statements").json().size())
                .as("only the statement of the fixture").isEqualTo(1);
    }

    @Test
    void rowsEnteredInTheFormAreStoredAsTheRawCsvAndCheckedAsAnUpload() {
        long contract = contractWithStatement("Portal rows");
        weekHasEnded(WEEK);
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        Page form = harbor.get("/portal/contracts/" + contract + "/payrolls/rows");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"r2-last_name\"", "for=\"r0-st_mon\"").doesNotContain("id=\"r3-last_name\"");
        Page more = harbor.post("/portal/contracts/" + contract + "/payrolls/rows", Map.of("weekEnding", WEEK, "rowCount", "3",
                "r0-last_name", "Garcia", "action", "add"));
        assertThat(more.status()).isEqualTo(200);
        assertThat(more.body()).contains("id=\"r5-last_name\"", "value=\"Garcia\"");

        // block 2 has a rate that is no number: the reader's error for row 2, column rate_st, shown at that field
        Map<String, String> bad = garcia(WEEK, "60.00");
        bad.putAll(block(1, "Lee", "5678", "fifty-five", "2200.00"));
        Page rejected = harbor.post("/portal/contracts/" + contract + "/payrolls/rows", bad);
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(422);
        assertThat(rejected.body()).contains("id=\"r1-rate_st-error\"", "href=\"#r1-rate_st\"", "value=\"fifty-five\"")
                .doesNotContain("id=\"r0-rate_st-error\"");
        // the summary says which worker's block and which field, then the reason; the count in words
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(rejected.body()))
                .containsPattern("href=\"#r1-rate_st\">Worker 2, [^<:]+: [^<]+</a>")
                .containsPattern("It has (1 error, shown at its field below|\\d+ errors, each shown at its field below)")
                .doesNotContain("error(s)");
        JsonNode kept = as(TestUsers.HARBOR).all("/api/contracts/" + contract + "/payrolls").json();
        assertThat(kept.size()).isEqualTo(1);
        assertThat(kept.get(0).path("status").asText()).isEqualTo("REJECTED");
        assertThat(kept.get(0).path("errors").get(0).path("row").asInt()).isEqualTo(2);

        Map<String, String> good = garcia(WEEK, "60.00");
        good.putAll(block(1, "Lee", "5678", "55.00", "2200.00"));
        Page accepted = harbor.post("/portal/contracts/" + contract + "/payrolls/rows", good);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(302);
        String path = accepted.location().replaceFirst("^https?://[^/]+", "");
        // Lee: 40 hours at $55.00 where $60.00 is committed, $5.00 × 40 = $200.00
        assertThat(harbor.get(path).body()).contains("$200.00", "Base rate below the committed wage");
        String raw = harbor.get(path + "/file").body();
        assertThat(raw).startsWith("entry_number,last_name,first_name,middle_initial,worker_id,level,apprentice_level,classification,st_sun")
                .contains("\"Lee\"", "\"55.00\"");
        assertThat(raw.lines().count()).as("header and the three blocks, the empty one as blank cells").isEqualTo(4);
    }

    @Test
    void aCorrectiveActionPlanAndACorrectionPayrollAreSentFromTheCasePage() {
        long contract = contractWithStatement("Portal case responses");
        long otherContract = contractWithStatement("Portal case responses, another contract");
        assertThat(post(TestUsers.HARBOR, contract, WEEK, UNDERPAID).status()).isEqualTo(201);
        long caseId = caseOf(contract).path("id").asLong();
        reviewAll(caseId, java.util.Set.of("UNDERPAID_BASE"));
        assertThat(post(TestUsers.HARBOR, otherContract, WEEK, csv("60.00", "2400.00", ELECTRICIAN)).status()).isEqualTo(201);
        long otherPayroll = as(TestUsers.HARBOR).all("/api/contracts/" + otherContract + "/payrolls").json().get(0).path("id").asLong();

        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        Page casePage = harbor.get("/portal/cases/" + caseId);
        assertThat(casePage.body()).contains("for=\"planText\"", "for=\"submissionId\"");
        Page noText = org.highroad.support.PageForms.post(harbor, "/portal/cases/" + caseId + "/plans", Map.of("planText", "  "));
        assertThat(noText.status()).isEqualTo(422);
        assertThat(noText.body()).contains("href=\"#planText\"", "id=\"planText-error\"", "aria-invalid=\"true\"");
        Page notOfTheCase = org.highroad.support.PageForms.post(harbor, "/portal/cases/" + caseId + "/corrections", Map.of("submissionId", String.valueOf(otherPayroll)));
        assertThat(notOfTheCase.status()).as("a payroll of another contract is no correction of this case").isEqualTo(422);
        assertThat(notOfTheCase.body()).contains("href=\"#submissionId\"", "id=\"submissionId-error\"");
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/responses").json().size()).isZero();

        PageSession northside = new PageSession(port);
        northside.signIn(TestUsers.NORTHSIDE, TestUsers.PASSWORD);
        northside.get("/portal/cases");
        assertThat(org.highroad.support.PageForms.post(northside, "/portal/cases/" + caseId + "/plans", Map.of("planText", "not theirs")).status()).isEqualTo(404);
        assertThat(org.highroad.support.PageForms.post(northside, "/portal/cases/" + caseId + "/plans", Map.of("planText", "")).status()).isEqualTo(404);
        assertThat(harbor.postWithout("/portal/cases/" + caseId + "/plans", Map.of("planText", "no token")).status()).isEqualTo(403);
        assertThat(as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/responses").json().size()).isZero();

        Page plan = org.highroad.support.PageForms.post(harbor, "/portal/cases/" + caseId + "/plans", Map.of("planText", "Rates set from the contract's wage table each week."));
        assertThat(plan.status()).as(plan.body()).isEqualTo(302);
        assertThat(post(TestUsers.HARBOR, contract, WEEK, HEADER + "\n" + row(1, "Garcia", "1234", "60.00",
                "2400.00", ELECTRICIAN) + "\n" + row(2, "Lee", "5678", "60.00", "2400.00", ELECTRICIAN) + "\n").status()).isEqualTo(201);
        long correction = -1;
        for (JsonNode s : as(TestUsers.HARBOR).all("/api/contracts/" + contract + "/payrolls").json()) {
            correction = Math.max(correction, s.path("id").asLong());
        }
        assertThat(harbor.get("/portal/cases/" + caseId).body()).contains("<option value=\"" + correction + "\"");
        Page corrected = org.highroad.support.PageForms.post(harbor, "/portal/cases/" + caseId + "/corrections", Map.of("submissionId", String.valueOf(correction)));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(302);
        JsonNode answers = as(TestUsers.AUDITOR).get("/api/cases/" + caseId + "/responses").json();
        assertThat(answers.findValuesAsText("kind")).containsExactly("CORRECTIVE_ACTION_PLAN", "CORRECTION_PAYROLL");
        assertThat(answers.get(0).path("text").asText()).isEqualTo("Rates set from the contract's wage table each week.");
        assertThat(answers.get(1).path("submissionId").asLong()).isEqualTo(correction);
        assertThat(harbor.get("/portal/cases/" + caseId + "?responded").body()).contains("id=\"responded\"",
                "Rates set from the contract&#39;s wage table each week.", "/portal/payrolls/" + correction);
    }

    @Test
    void aPageRefusedIsAPageInTheReadersLanguageAndTheApiKeepsItsProblemDetails() {
        PageSession auditor = new PageSession(port);
        auditor.signIn(TestUsers.AUDITOR, TestUsers.PASSWORD);
        Page refused = auditor.get("/portal/");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("<h1 id=\"forbidden\">Not allowed</h1>", "your role does not open this page");
        Page spanish = auditor.get("/portal/cases?lang=es");
        assertThat(spanish.status()).isEqualTo(403);
        assertThat(spanish.body()).contains("lang=\"es\"", "No permitido");

        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        harbor.get("/portal/");
        Page noToken = harbor.postWithout("/portal/cases/1/plans", Map.of("planText", "x"));
        assertThat(noToken.status()).isEqualTo(403);
        assertThat(noToken.body()).contains("id=\"forbidden-csrf\"", "nothing was saved");

        org.highroad.support.Http.Response api = as(TestUsers.AUDITOR).post("/api/contracts/1/payrolls/no-work?weekEnding=" + WEEK,
                Map.of("reason", "x"));
        assertThat(api.status()).isEqualTo(403);
        assertThat(api.body()).contains("\"status\":403").doesNotContain("<html");
    }

    /** Garcia in block 0, 8 hours Monday to Friday at {@code rate} with $31.40 to plans, for the period {@code week}. */
    private static Map<String, String> garcia(String week, String rate) {
        Map<String, String> f = new HashMap<>(Map.of("weekEnding", week, "rowCount", "3", "action", "file"));
        f.putAll(block(0, "Garcia", "1234", rate, "2400.00"));
        return f;
    }

    private static Map<String, String> block(int i, String lastName, String workerId, String rate, String gross) {
        Map<String, String> f = new HashMap<>();
        String r = "r" + i + "-";
        f.put(r + "entry_number", String.valueOf(i + 1));
        f.put(r + "last_name", lastName);
        f.put(r + "first_name", "Maria");
        f.put(r + "worker_id", workerId);
        f.put(r + "level", "J");
        f.put(r + "classification", ELECTRICIAN);
        for (String d : new String[] {"mon", "tue", "wed", "thu", "fri"}) {
            f.put(r + "st_" + d, "8");
        }
        f.put(r + "rate_st", rate);
        f.put(r + "fringe_credit_per_hour", "31.40");
        f.put(r + "cash_in_lieu_per_hour", "0");
        f.put(r + "gross_this_project", gross);
        f.put(r + "gross_all_work", gross);
        f.put(r + "deductions_tax", "300.00");
        f.put(r + "deductions_fica", "183.60");
        f.put(r + "deductions_other", "0");
        f.put(r + "deductions_total", "483.60");
        f.put(r + "net_pay", new java.math.BigDecimal(gross).subtract(new java.math.BigDecimal("483.60")).toPlainString());
        f.put(r + "resident", "Y");
        return f;
    }
}
