package org.highroad.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.highroad.support.Http;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every cell of a certified payroll is checked against what can be stored before anything is written: a value too
 * long or too large for its column, more decimals than it keeps, a control character, a full Social Security number
 * in any form and in any text (29 CFR 5.5(a)(3)(ii)(A): only an identifying number such as the last four digits) is
 * a 422 naming row, column and reason, on a CSV file and on a JSON body alike, and the submission ends REJECTED with
 * no rows, never RECEIVED for a retry that would fail again. The same contract runs on PostgreSQL
 * ({@link PayrollCellsPostgresTest}).
 */
class PayrollCellsTest extends PayrollTest {

    /** One contract per database for the whole class: rejected submissions leave nothing that disturbs the next. */
    private static final Map<Class<?>, Long> CONTRACTS = new ConcurrentHashMap<>();

    private long contract() {
        return CONTRACTS.computeIfAbsent(getClass(), k -> contractWithStatement("Payroll cells " + k.getSimpleName()));
    }

    /** A valid row: one electrician, 8 hours Monday to Friday at $60.00 with $31.40 to plans. */
    static Map<String, String> goodRow() {
        Map<String, String> row = new LinkedHashMap<>();
        String[] names = HEADER.split(",");
        String[] values = row(1, "Garcia", "1234", "60.00", "2400.00", ELECTRICIAN).split(",", -1);
        for (int i = 0; i < names.length; i++) {
            row.put(names[i], values[i]);
        }
        return row;
    }

    static Map<String, String> with(String... columnsAndValues) {
        Map<String, String> row = goodRow();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return row;
    }

    static Arguments cell(String what, Map<String, String> row, String column, String reason) {
        return Arguments.of(what, row, column, reason);
    }

    static Stream<Arguments> cellsThatCannotBeStored() {
        return Stream.of(
                cell("a last name of 150 characters", with("last_name", "G".repeat(150)), "last_name", "at most 100 characters"),
                cell("a first name of 101 characters", with("first_name", "M".repeat(101)), "first_name", "at most 100 characters"),
                cell("a worker id of 21 characters", with("worker_id", "EMP-" + "X".repeat(17)), "worker_id", "at most 20 characters"),
                cell("a classification of 201 characters", with("classification", "E".repeat(201)), "classification",
                        "at most 200 characters"),
                cell("a race or ethnicity of 101 characters", with("race_ethnicity", "r".repeat(101)), "race_ethnicity",
                        "at most 100 characters"),
                cell("a gender of 51 characters", with("gender", "g".repeat(51)), "gender", "at most 50 characters"),
                cell("a straight rate of a million dollars (gross to match)", with("rate_st", "1000000.00",
                        "gross_this_project", "40000000.00", "gross_all_work", "40000000.00", "net_pay", "39999516.40"),
                        "rate_st", "at most 999999.99"),
                cell("a fringe credit of a million dollars an hour", with("fringe_credit_per_hour", "1000000"),
                        "fringe_credit_per_hour", "at most 999999.99"),
                cell("a straight rate with a fraction of a cent (gross to match)", with("rate_st", "60.005",
                        "gross_this_project", "2400.20", "gross_all_work", "2400.20", "net_pay", "1916.60"), "rate_st",
                        "at most 2 decimals"),
                cell("hours to the thousandth (gross to match)", with("st_mon", "7.125", "gross_this_project", "2347.50",
                        "gross_all_work", "2347.50", "net_pay", "1863.90"), "st_mon", "at most 2 decimals"),
                cell("a NUL character in a name", with("last_name", "Gar\u0000cia"), "last_name", "control character (U+0000)"),
                cell("a bell character in a classification", with("classification", ELECTRICIAN + "\u0007"),
                        "classification", "control character (U+0007)"),
                cell("a line break inside a first name", with("first_name", "Ma\nria"), "first_name",
                        "control character (U+000A)"),
                cell("a tab inside a gender", with("gender", "Fe\tmale"), "gender", "control character (U+0009)"),
                cell("an escape character in a worker id", with("worker_id", "12\u001B34"), "worker_id",
                        "control character (U+001B)"));
    }

    static Stream<Arguments> fullSocialSecurityNumbers() {
        String ssn = "full Social Security number";
        return Stream.of(
                cell("hyphens with text around, in a last name", with("last_name", "SSN 123-45-6789"), "last_name", ssn),
                cell("spaces, in a first name", with("first_name", "Maria 123 45 6789"), "first_name", ssn),
                cell("dots, in a classification", with("classification", ELECTRICIAN + " 123.45.6789"), "classification", ssn),
                cell("slashes, in a middle initial", with("middle_initial", "123/45/6789"), "middle_initial", ssn),
                cell("en dashes, in a gender", with("gender", "123\u201345\u20136789"), "gender", ssn),
                cell("nine digits after letters, in a worker id", with("worker_id", "ID123456789"), "worker_id", ssn),
                cell("full-width digits, in a worker id", with("worker_id", "\uFF11\uFF12\uFF13-\uFF14\uFF15-\uFF16\uFF17\uFF18\uFF19"),
                        "worker_id", ssn),
                cell("Arabic-Indic digits, in a race or ethnicity", with("race_ethnicity",
                        "\u0661\u0662\u0663-\u0664\u0665-\u0666\u0667\u0668\u0669"), "race_ethnicity", ssn),
                cell("spaced hyphens and a no-break space, in a last name", with("last_name", "Garcia 123 - 45 -\u00A06789"),
                        "last_name", ssn));
    }

    @ParameterizedTest(name = "CSV: {0} is refused on {2}")
    @MethodSource({"cellsThatCannotBeStored", "fullSocialSecurityNumbers"})
    void aCsvCellThatCannotBeStoredIsRefusedWithItsRowColumnAndReason(String what, Map<String, String> row,
            String column, String reason) {
        Response refused = post(TestUsers.HARBOR, contract(), WEEK, csvOf(row));

        assertRejected(refused, "row 1, " + column, reason);
    }

    @ParameterizedTest(name = "JSON: {0} is refused on {2}")
    @MethodSource({"cellsThatCannotBeStored", "fullSocialSecurityNumbers"})
    void aJsonCellThatCannotBeStoredIsRefusedWithItsRowColumnAndReason(String what, Map<String, String> row,
            String column, String reason) {
        Response refused = postJson(Map.of("rows", List.of(row)));

        assertRejected(refused, "row 1, " + column, reason);
    }

    @Test
    void anUnpairedSurrogateInAJsonCellIsRefusedRatherThanStoredAsAQuestionMark() {
        String body = json(Map.of("rows", List.of(with("last_name", "Garcia LONE")))).replace("LONE", "\\ud800");

        Response refused = send(TestUsers.HARBOR, payrolls(), "application/json", body);

        assertRejected(refused, "row 1, last_name", "not valid text");
    }

    @Test
    void aJsonBodyThatIsNotJsonIsRefusedWithoutRepeatingWhatItHolds() {
        String body = "{\"rows\":[{\"last_name\": SSN123456789}]}";

        Response refused = send(TestUsers.HARBOR, payrolls(), "application/json", body);

        assertRejected(refused, "row 1", "not valid JSON");
        assertThat(refused.body()).doesNotContain("123456789");
    }

    @Test
    void aColumnGivenTwiceInOneJsonRowIsRefusedRatherThanTheLaterValueWinning() {
        String body = json(Map.of("rows", List.of(goodRow()))).replaceFirst("\\[\\{\"", "[{\"rate_st\":\"1.00\",\"");

        Response refused = send(TestUsers.HARBOR, payrolls(), "application/json", body);

        assertRejected(refused, "row 1", "names a member twice");
    }

    @Test
    void aSecondRowsMemberAfterTheFirstIsRefusedRatherThanIgnored() {
        String rows = json(List.of(goodRow()));
        String body = "{\"rows\":" + rows + ",\"rows\":" + rows + "}";

        Response refused = send(TestUsers.HARBOR, payrolls(), "application/json", body);

        assertRejected(refused, "row 1", "names a member twice");
    }

    @Test
    void aStatementThatNamesAMemberTwiceIsRefusedWithThePayrollNotSkipped() {
        String statement = json(statement(List.of()));
        String twice = statement.replaceFirst("\\{", "{\"signatoryName\":\"Someone Else\",");
        int filed = statementsOnFile();

        Response refused = send(TestUsers.HARBOR, payrolls(), "application/json",
                "{\"statement\":" + twice + ",\"rows\":" + json(List.of(goodRow())) + "}");

        assertRejected(refused, "statement", "names a member twice");
        assertThat(statementsOnFile()).as("no statement filed").isEqualTo(filed);
    }

    @Test
    void aJsonKeyThatIsNotAColumnIsNotRepeatedWhenItLooksLikeASocialSecurityNumber() {
        Map<String, String> row = goodRow();
        row.put("ssn123456789", "x");

        Response refused = postJson(Map.of("rows", List.of(row)));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).doesNotContain("123456789");
        assertThat(refused.json().path("errors").findValuesAsText("reason")).anySatisfy(r -> assertThat(r)
                .contains("not a column"));
    }

    @Test
    void aStatementErrorDeepInsideTheStatementIsStoredWithAFieldTheErrorListCanHold() {
        Map<String, Object> program = new LinkedHashMap<>(Map.of("name", "IBEW JATC", "classification", ELECTRICIAN,
                "registered", true, "registrationNumber", "CA-2019-0042", "apprenticesPerJourneyworker", "1"));
        program.put("percentOfJourneyRateByLevel", Map.of("13", "50"));
        List<Map<String, Object>> programs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            programs.add(program);
        }

        Response refused = postJson(Map.of("statement", statement(programs), "rows", List.of(goodRow())));

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().path("submission").path("status").asText()).isEqualTo("REJECTED");
        List<String> fields = refused.json().path("errors").findValuesAsText("field");
        assertThat(fields).hasSize(12).allSatisfy(f -> assertThat(f).startsWith("statement.apprenticeshipPrograms[")
                .hasSizeLessThanOrEqualTo(60));
        assertThat(refused.json().path("errors").get(11).path("field").asText())
                .isEqualTo("statement.apprenticeshipPrograms[11]");
        assertThat(refused.json().path("errors").get(11).path("reason").asText())
                .isEqualTo("percentOfJourneyRateByLevel[13]: the key must be less than or equal to 12");
        assertNothingKept(refused);
    }

    static Stream<Arguments> statementTexts() {
        return Stream.of(
                Arguments.of("signatoryName", "Dana Harbor 123-45-6789", "full Social Security number"),
                Arguments.of("signatoryTitle", "Payroll\u0000Manager", "U+0000"),
                Arguments.of("exceptions", "Worker Garcia (SSN \uFF11\uFF12\uFF13 \uFF14\uFF15 \uFF16\uFF17\uFF18\uFF19) "
                        + "was paid late.", "full Social Security number"));
    }

    @ParameterizedTest(name = "a statement whose {0} holds {2} is refused with the payroll")
    @MethodSource("statementTexts")
    void aStatementSentWithAPayrollIsCheckedLikeTheCells(String member, String value, String reason) {
        Map<String, Object> statement = new LinkedHashMap<>(statement(List.of()));
        statement.put(member, value);
        int filed = statementsOnFile();

        Response json = postJson(Map.of("statement", statement, "rows", List.of(goodRow())));
        assertRejected(json, "statement." + member, reason);

        // a payroll file of its own: the same file again would be answered with its earlier submission
        Response multipart = postMultipart(csvOf(with("first_name", "Maria " + member)), json(statement));
        if (value.indexOf('\u0000') >= 0) {
            // a statement part is read as the API reads any JSON, where NUL is refused before the payroll is received
            assertThat(multipart.status()).as(multipart.body()).isEqualTo(400);
            assertThat(multipart.errorFor(member)).contains(reason);
        } else {
            assertRejected(multipart, "statement." + member, reason);
        }

        Response alone = as(TestUsers.HARBOR).post("/api/contracts/" + contract() + "/compliance-statements", statement);
        // a NUL cannot be read into any JSON body (400); a number that is an SSN breaks the statement's rule (422)
        assertThat(alone.status()).as(alone.body()).isEqualTo(value.indexOf('\u0000') >= 0 ? 400 : 422);
        assertThat(alone.errorFor(member)).contains(reason);
        assertThat(withoutTimesAndNumbers(alone.body())).doesNotContain("6789", "\uFF16\uFF17\uFF18\uFF19", "\\u0000");
        assertThat(statementsOnFile()).as("no statement filed").isEqualTo(filed);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private void assertRejected(Response refused, String field, String reason) {
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().path("errors")).as(refused.body()).anySatisfy(e -> {
            assertThat(e.path("field").asText()).isEqualTo(field);
            assertThat(e.path("reason").asText()).contains(reason);
        });
        assertThat(withoutTimesAndNumbers(refused.body())).as("the number is never repeated").doesNotContain("6789", "\uFF16\uFF17\uFF18\uFF19",
                "\u0666\u0667\u0668\u0669");
        assertNothingKept(refused);
    }

    /**
     * The answer without its timestamps and JSON numbers (ids, counts), which may contain the digits 6789 by chance
     * (a {@code submittedAt} of 09:44:12.367899Z): what is checked is every text the answer repeats.
     */
    private static String withoutTimesAndNumbers(String body) {
        return body.replaceAll("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z", "").replaceAll(":\\s*-?\\d+(\\.\\d+)?", ":0");
    }

    private void assertNothingKept(Response refused) {
        JsonNode submission = refused.json().path("submission");
        assertThat(submission.path("status").asText()).isEqualTo("REJECTED");
        long id = submission.path("id").asLong();
        JsonNode kept = as(TestUsers.HARBOR).get("/api/payrolls/" + id).json();
        assertThat(kept.path("status").asText()).isEqualTo("REJECTED");
        assertThat(kept.path("errorCount").asInt()).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from payroll_row where submission_id = ?", Integer.class, id)).isZero();
        assertThat(jdbc.queryForList("select reason from payroll_error where submission_id = ?", String.class, id))
                .noneSatisfy(r -> assertThat(r).contains("6789"));
    }

    private int statementsOnFile() {
        return jdbc.queryForObject("select count(*) from compliance_statement where contract_id = ?", Integer.class, contract());
    }

    private String payrolls() {
        return "/api/contracts/" + contract() + "/payrolls?weekEnding=" + WEEK;
    }

    private Response postJson(Object body) {
        return send(TestUsers.HARBOR, payrolls(), "application/json", json(body));
    }

    static String json(Object body) {
        try {
            return Http.JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The header and one row, every cell in double quotes (so commas and line breaks stay inside it). */
    static String csvOf(Map<String, String> row) {
        StringBuilder csv = new StringBuilder(String.join(",", row.keySet())).append('\n');
        csv.append(String.join(",", row.values().stream().map(v -> "\"" + v.replace("\"", "\"\"") + "\"").toList()));
        return csv.append('\n').toString();
    }

    private Response postMultipart(String csv, String statementJson) {
        String boundary = "----highroad" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"week.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"statement\"\r\nContent-Type: application/json\r\n\r\n"
                + statementJson + "\r\n--" + boundary + "--\r\n";
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:"
                    + port + payrolls())).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Accept", "application/json, application/problem+json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((TestUsers.HARBOR + ":"
                            + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
