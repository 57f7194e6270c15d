package org.highroad.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.highroad.enforcement.CaseTest;
import org.highroad.support.Http.Response;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/**
 * The Statement of Compliance page speaks to a contractor in words: what it keeps as on file (an apprenticeship program)
 * and what the contractor does to change it, never "the API"; and its error summary names the field of each reason, a
 * plan by its line, in the page's words rather than the validator's defaults, in English and Spanish.
 */
class StatementPageWordsTest extends CaseTest {

    private long contractWithProgram(String title) {
        long contract = executedContract(title);
        Map<String, Object> program = new HashMap<>(Map.of("name", "IBEW JATC", "classification", ELECTRICIAN,
                "registered", true, "registrationNumber", "CA-2019-0042", "apprenticesPerJourneyworker", "1"));
        program.put("percentOfJourneyRateByLevel", Map.of("1", "50"));
        Response filed = as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/compliance-statements",
                statement(List.of(program)));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return contract;
    }

    @Test
    void whatTheFormKeepsIsExplainedInWordsNotByNamingTheApi() {
        long contract = contractWithProgram("Statement words");
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        String english = HtmlUtils.htmlUnescape(harbor.get("/portal/contracts/" + contract + "/statement").body());
        assertThat(english).contains("IBEW JATC", "id=\"carried-how\"", "Kept as on file, unchanged by this form:",
                "file the whole statement from your payroll or compliance software",
                "ask the agency’s labor compliance officer for this contract").doesNotContain("API");
        String spanish = HtmlUtils.htmlUnescape(harbor.get("/portal/contracts/" + contract + "/statement?lang=es").body());
        assertThat(spanish).contains("IBEW JATC", "Se conservan como constan", "desde su software de nómina o de cumplimiento",
                "responsable de cumplimiento laboral de la agencia").doesNotContain("API", "Kept as on file");
    }

    @Test
    void theErrorSummaryNamesEachReasonsFieldAndPlanLine() {
        long contract = contractWithProgram("Statement error summary");
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        harbor.get("/portal/contracts/" + contract + "/statement");
        Map<String, String> wrong = Map.of("planCount", "2", "signatoryName", "Dana Harbor", "signatoryTitle", "T".repeat(300),
                "plan0-name", "IBEW Local 103 Health & Pension", "plan0-hourlyCredit", "-5", "plan1-name", "",
                "plan1-hourlyCredit", "3", "action", "file");
        Page refused = harbor.post("/portal/contracts/" + contract + "/statement", wrong);
        assertThat(refused.status()).isEqualTo(422);
        String english = HtmlUtils.htmlUnescape(refused.body());
        assertThat(english).contains("href=\"#signatoryTitle\">Their title: write at most 200 characters</a>",
                "href=\"#plan0-hourlyCredit\">Plan 1: dollars per hour worked: must not be negative: write 0 or more dollars "
                        + "per hour</a>", "href=\"#plan1-name\">Plan 2: name: required</a>")
                .doesNotContain("size must be between", "greater than or equal", "must not be blank");

        harbor.get("/portal/contracts/" + contract + "/statement?lang=es");
        String spanish = HtmlUtils.htmlUnescape(harbor.post("/portal/contracts/" + contract + "/statement", wrong).body());
        assertThat(spanish).contains("href=\"#signatoryTitle\">Su cargo: escriba 200 caracteres como máximo</a>",
                "href=\"#plan0-hourlyCredit\">Plan 1: dólares por hora trabajada: no puede ser negativo",
                "href=\"#plan1-name\">Plan 2: nombre: obligatorio</a>");
        assertThat(as(TestUsers.HARBOR).get("/api/contracts/" + contract + "/compliance-statements").json().size())
                .as("only the statement of the fixture").isEqualTo(1);
    }

    /** A plan's credit per hour is read as every money field is (no exponent form) and at most $1,000.00 an hour. */
    @Test
    void aCreditPerHourInTheExponentFormOrAboveTheBoundIsRefusedAtTheField() {
        long contract = contractWithProgram("Statement credit read as money");
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        harbor.get("/portal/contracts/" + contract + "/statement?lang=en");
        for (String[] typed : new String[][] {{"1e3", "write the credit per hour in dollars and cents"},
                {"2e1", "write the credit per hour in dollars and cents"}, {"3.14E+1", "write the credit per hour in dollars and cents"},
                {"99999", "at most $1,000.00 an hour"}, {"1000.01", "at most $1,000.00 an hour"},
                {"31.405", "in whole cents"}}) {
            Page refused = harbor.post("/portal/contracts/" + contract + "/statement", Map.of("planCount", "1",
                    "signatoryName", "Dana Harbor", "signatoryTitle", "Payroll Manager", "plan0-name", "Health fund",
                    "plan0-hourlyCredit", typed[0], "action", "file"));
            assertThat(refused.status()).as(typed[0]).isEqualTo(422);
            assertThat(HtmlUtils.htmlUnescape(refused.body())).as(typed[0]).contains("href=\"#plan0-hourlyCredit\"", typed[1]);
        }
        harbor.get("/portal/contracts/" + contract + "/statement?lang=es");
        Page es = harbor.post("/portal/contracts/" + contract + "/statement", Map.of("planCount", "1",
                "signatoryName", "Dana Harbor", "signatoryTitle", "Payroll Manager", "plan0-name", "Health fund",
                "plan0-hourlyCredit", "99999", "action", "file"));
        assertThat(HtmlUtils.htmlUnescape(es.body())).contains("como máximo $1,000.00 por hora");
        assertThat(as(TestUsers.HARBOR).get("/api/contracts/" + contract + "/compliance-statements").json().size())
                .as("only the statement of the fixture").isEqualTo(1);
    }

    @Test
    void aDoubleClickOnFileTheUpdatedStatementFilesOneStatement() throws Exception {
        long contract = contractWithProgram("Statement double click");
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        String form = harbor.get("/portal/contracts/" + contract + "/statement").body();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"").matcher(form);
        assertThat(token.find()).as("the form carries a one-time token").isTrue();
        Map<String, String> update = Map.of("planCount", "1", "signatoryName", "Dana Harbor", "signatoryTitle", "President",
                "plan0-name", "Health fund", "plan0-hourlyCredit", "12.00", "action", "file", "formToken", token.group(1));
        List<Page> answers = org.highroad.support.AtOnce.atOnce(List.of(
                () -> harbor.post("/portal/contracts/" + contract + "/statement", update),
                () -> harbor.post("/portal/contracts/" + contract + "/statement", update)));
        assertThat(answers).allSatisfy(a -> {
            assertThat(a.status()).as(a.body()).isEqualTo(302);
            assertThat(a.location()).endsWith("/statement?filed");
        });
        assertThat(as(TestUsers.HARBOR).get("/api/contracts/" + contract + "/compliance-statements").json().size())
                .as("the fixture's and one from the form").isEqualTo(2);
        // the same form sent again later (Back, send): still the one statement
        assertThat(harbor.post("/portal/contracts/" + contract + "/statement", update).status()).isEqualTo(302);
        assertThat(as(TestUsers.HARBOR).get("/api/contracts/" + contract + "/compliance-statements").json().size()).isEqualTo(2);
        // a new form is a new statement
        String next = harbor.get("/portal/contracts/" + contract + "/statement").body();
        java.util.regex.Matcher again = java.util.regex.Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"").matcher(next);
        assertThat(again.find()).isTrue();
        assertThat(again.group(1)).isNotEqualTo(token.group(1));
        Map<String, String> another = new HashMap<>(update);
        another.put("formToken", again.group(1));
        assertThat(harbor.post("/portal/contracts/" + contract + "/statement", another).status()).isEqualTo(302);
        assertThat(as(TestUsers.HARBOR).get("/api/contracts/" + contract + "/compliance-statements").json().size()).isEqualTo(3);
    }
}
