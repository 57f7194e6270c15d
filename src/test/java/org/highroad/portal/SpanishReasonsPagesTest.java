package org.highroad.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highroad.enforcement.CaseTest;
import org.highroad.support.Http;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * A contractor reading the portal in Spanish reads the modules' reasons in Spanish: a rejected upload's error at its row
 * and column, the same error on the rejected submission's page later, and a rule the no-work form breaks. The API
 * answers the same English reasons as before, whatever language the client asks for.
 */
class SpanishReasonsPagesTest extends CaseTest {

    private static final String NOT_A_NUMBER_ES = "no es un número: escriba dígitos con un punto decimal opcional, por "
            + "ejemplo 37.5 (sin símbolo de moneda, separador de miles, unidad ni exponente)";
    private static final String NOT_A_NUMBER_EN = "not a number: write digits with an optional decimal point, e.g. 37.5 "
            + "(no currency symbol, thousands separator, unit or exponent)";
    private static final String BAD = UNDERPAID.replace("55.00,,31.40", "fifty-five,,31.40");

    @Test
    void aRejectedUploadSaysWhatToFixInSpanishAtItsRowAndColumn() {
        long contract = contractWithStatement("Spanish reasons upload");
        weekHasEnded(WEEK);
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        assertThat(harbor.get("/portal/contracts/" + contract + "/payrolls/file?lang=es").body()).contains("lang=\"es\"");

        Page rejected = harbor.upload("/portal/contracts/" + contract + "/payrolls/file", Map.of("weekEnding", WEEK), "file",
                "week.csv", BAD, true);
        assertThat(rejected.status()).isEqualTo(422);
        Matcher row = Pattern.compile("<td class=\"num\">2</td>\\s*<td>rate_st</td>\\s*<td>([^<]*)</td>")
                .matcher(rejected.body());
        assertThat(row.find()).as(rejected.body()).isTrue();
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(row.group(1))).isEqualTo(NOT_A_NUMBER_ES);
        assertThat(rejected.body()).doesNotContain("not a number");

        // the rejection as kept: its page, read later, in Spanish too; in English as the module gave it
        JsonNode submissions = as(TestUsers.HARBOR).all("/api/contracts/" + contract + "/payrolls").json();
        long id = submissions.get(0).get("id").asLong();
        String kept = harbor.get("/portal/payrolls/" + id).body();
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(kept)).contains(NOT_A_NUMBER_ES);
        String english = harbor.get("/portal/payrolls/" + id + "?lang=en").body();
        assertThat(english).contains(NOT_A_NUMBER_EN).doesNotContain("no es un número");

        // the API answers the reason as before, to a client that asks for Spanish too
        Http.Response api = spanishClient("/api/contracts/" + contract + "/payrolls?weekEnding=" + WEEK, "text/csv",
                BAD.replace("Garcia", "Garcia-Lopez"));
        assertThat(api.status()).as(api.body()).isLessThan(500);
        assertThat(api.body()).contains(NOT_A_NUMBER_EN).doesNotContain("no es un número");
    }

    @Test
    void aRuleTheNoWorkFormBreaksReadsInSpanishAndTheApiProblemStaysEnglish() {
        long contract = executedContract("Spanish reasons no statement");
        weekHasEnded(WEEK);
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        harbor.get("/portal/contracts/" + contract + "/payrolls/file?lang=es");
        Page refused = harbor.post("/portal/contracts/" + contract + "/payrolls/no-work", Map.of("weekEnding", WEEK,
                "reason", "obra cerrada"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(refused.body())).contains("presente una Declaración de "
                + "Cumplimiento para el contrato " + contract + " antes de certificar una semana sin trabajo")
                .doesNotContain("before certifying a no-work week");

        Http.Response problem = spanishClient("/api/contracts/" + contract + "/payrolls/no-work?weekEnding=" + WEEK,
                "application/json", "{\"reason\":\"obra cerrada\"}");
        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.contentType()).startsWith("application/problem+json");
        assertThat(problem.errorFor("statement")).isEqualTo("file a Statement of Compliance for contract " + contract
                + " before certifying a no-work week;");
    }

    @Test
    void aPayrollWithoutAStatementSaysWhereToFileItInWordsInSpanishAndTheApiInEnglish() {
        long contract = executedContract("Spanish reasons payroll without statement");
        weekHasEnded(WEEK);
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        harbor.get("/portal/contracts/" + contract + "/payrolls/file?lang=es");
        Page rejected = harbor.upload("/portal/contracts/" + contract + "/payrolls/file", Map.of("weekEnding", WEEK), "file",
                "week.csv", UNDERPAID, true);
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(422);
        String page = org.springframework.web.util.HtmlUtils.htmlUnescape(rejected.body());
        assertThat(page).contains("no hay ninguna Declaración de Cumplimiento archivada para el contrato " + contract
                + ": envíe una con la nómina, o preséntela antes en la página Declaración de Cumplimiento del portal "
                + "(enlazada desde el Calendario de informes del contrato)");
        assertThat(page).as("the page that files it, linked beside the reason").containsPattern("<a class=\"statement-fix\" "
                + "href=\"/portal/contracts/" + contract + "/statement\">Presentar la Declaración de Cumplimiento</a>");
        assertThat(page).doesNotContain("compliance-statements").doesNotContain("is on file for contract");
        // the link leads to the contractor's statement form
        assertThat(harbor.get("/portal/contracts/" + contract + "/statement").status()).isEqualTo(200);

        Http.Response problem = spanishClient("/api/contracts/" + contract + "/payrolls?weekEnding=" + WEEK, "text/csv",
                UNDERPAID.replace("Garcia", "Garcia-Lopez"));
        assertThat(problem.status()).as(problem.body()).isEqualTo(422);
        assertThat(problem.contentType()).startsWith("application/problem+json");
        assertThat(problem.errorFor("statement")).isEqualTo("no Statement of Compliance is on file for contract " + contract
                + ": send one with the payroll, or file it first on the portal's Statement of Compliance page (linked from "
                + "the contract's Reporting calendar);");
    }

    @Test
    void aCaseResponseTheCaseRefusesSaysWhyInSpanish() {
        long caseId = openCase("Spanish reasons case");
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        assertThat(harbor.get("/portal/cases/" + caseId + "?lang=es").status()).isEqualTo(200);
        Page refused = org.highroad.support.PageForms.post(harbor, "/portal/cases/" + caseId + "/corrections", Map.of("submissionId", "999999"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        String page = org.springframework.web.util.HtmlUtils.htmlUnescape(refused.body());
        assertThat(page).contains("la nómina 999999 no es una de las nóminas de Harbor Builders LLC en el contrato de este caso")
                .doesNotContain("is not one of").doesNotContain("del proveedor");
        assertThat(page).as("at its field").containsPattern("id=\"submissionId-error\"[^>]*>[^<]*la nómina 999999");
    }

    /** Harbor's API client asking for Spanish (Accept-Language: es). */
    private Http.Response spanishClient(String path, String contentType, String body) {
        String basic = Base64.getEncoder().encodeToString((TestUsers.HARBOR + ":" + TestUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).header("Accept-Language", "es")
                .header("Accept", "application/json, application/problem+json").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new Http.Response(answer.statusCode(), answer.body(), answer.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
