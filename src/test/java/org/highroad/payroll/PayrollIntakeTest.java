package org.highroad.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import org.highroad.support.Http;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Certified payroll intake on an executed contract (Harbor prime, period 2027-01-04 to 2027-03-26, weeks ending on
 * Saturdays from 2027-01-09): accepted, the same file again, a correction, rejections that keep every error and no
 * rows, and who may submit.
 */
class PayrollIntakeTest extends PayrollTest {

    @Test
    void aContractorSubmitsAWeekThenTheSameFileAgainThenACorrection() {
        long contract = contractWithStatement("Payroll intake");
        String first = csv("60.00", "2400.00", ELECTRICIAN);
        Response accepted = post(TestUsers.HARBOR, contract, WEEK, first);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        long id = accepted.json().path("id").asLong();
        assertThat(accepted.json().path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.json().path("rowCount").asInt()).isEqualTo(1);
        assertThat(accepted.json().path("sha256").asText()).hasSize(64);
        assertThat(jdbc.queryForObject("select count(*) from payroll_row_day where submission_id = ?", Integer.class, id)).isEqualTo(5);

        Response again = post(TestUsers.HARBOR, contract, WEEK, first);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("duplicate").asBoolean()).isTrue();
        assertThat(again.json().path("id").asLong()).isEqualTo(id);

        Response correction = post(TestUsers.HARBOR, contract, WEEK, csv("61.00", "2440.00", ELECTRICIAN));
        assertThat(correction.status()).as(correction.body()).isEqualTo(201);
        assertThat(correction.json().path("supersedesId").asLong()).isEqualTo(id);
        assertThat(as(TestUsers.HARBOR).get("/api/payrolls/" + id).json().path("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payrolls").json()).hasSize(2);
        assertThat(as(TestUsers.NORTHSIDE).get("/api/payrolls/" + id).status()).isEqualTo(404);
    }

    @Test
    void aRejectedPayrollKeepsEveryErrorAndItsChecksumButNoRows() {
        long contract = contractWithStatement("Payroll rejections");
        String bad = HEADER + "\n1,Garcia,Maria,L,1234,J,," + ELECTRICIAN + ",,8,8,8,8,eight,,,,,,,,,60.00,,31.40,0,2400.00,2400.00,"
                + "300.00,183.60,0,483.60,1916.40,Y,2026-01-01,,\n"
                + "2,Lee,Ann,,123-45-6789,J,," + ELECTRICIAN + ",,8,,,,,,,,,,,,,60.00,,31.40,0,480.00,480.00,0,0,0,0,480.00,,,,\n";
        Response rejected = post(TestUsers.HARBOR, contract, WEEK, bad);
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(422);
        assertThat(rejected.contentType()).contains("problem+json");
        assertThat(rejected.body()).doesNotContain("123-45-6789");
        assertThat(rejected.json().path("errors").findValuesAsText("field")).contains("row 1, st_fri", "row 2, worker_id");
        long id = rejected.json().path("submission").path("id").asLong();
        JsonNode kept = as(TestUsers.HARBOR).get("/api/payrolls/" + id).json();
        assertThat(kept.path("status").asText()).isEqualTo("REJECTED");
        assertThat(kept.path("errorCount").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(kept.path("sha256").asText()).hasSize(64);
        assertThat(jdbc.queryForObject("select count(*) from payroll_row where submission_id = ?", Integer.class, id)).isZero();

        Response uncovered = post(TestUsers.HARBOR, contract, WEEK, csv("60.00", "2400.00", "ASTRONAUT"));
        assertThat(uncovered.status()).isEqualTo(422);
        assertThat(uncovered.json().path("errors").get(0).path("field").asText()).isEqualTo("row 1, classification");
        assertThat(uncovered.json().path("errors").get(0).path("reason").asText()).contains("conformance");
    }

    @Test
    void twoWorkersSharingAnIdentifyingNumberAreRefusedBeforeTheirHoursAreAddedTogether() {
        long contract = contractWithStatement("Payroll identities");
        String shared = HEADER + "\n" + row(1, "Garcia", "1234", "60.00", "2400.00", ELECTRICIAN) + "\n"
                + row(2, "Lee", "1234", "60.00", "2400.00", ELECTRICIAN) + "\n"
                + row(3, "Okafor", "5678", "60.00", "2400.00", ELECTRICIAN) + "\n"
                + row(3, "Okafor", "8765", "60.00", "2400.00", ELECTRICIAN) + "\n";
        Response refused = post(TestUsers.HARBOR, contract, WEEK, shared);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("worker_id", "worker_id");
        assertThat(refused.json().path("errors").findValuesAsText("reason")).anySatisfy(r -> assertThat(r)
                .contains("one identifying number is on 2 entries (1 to 2)").contains("employer id"))
                .anySatisfy(r -> assertThat(r).contains("entry 3 has rows with different identifying numbers"));
        assertThat(refused.body()).as("the answer names entries, not the numbers").doesNotContain("1234").doesNotContain("5678")
                .doesNotContain("8765");
        long id = refused.json().path("submission").path("id").asLong();
        assertThat(jdbc.queryForObject("select count(*) from payroll_row where submission_id = ?", Integer.class, id)).isZero();

        String apart = HEADER + "\n" + row(1, "Garcia", "1234", "60.00", "2400.00", ELECTRICIAN) + "\n"
                + row(2, "Lee", "4321", "60.00", "2400.00", ELECTRICIAN) + "\n";
        Response accepted = post(TestUsers.HARBOR, contract, WEEK, apart);
        assertThat(accepted.status()).as("an employer id tells them apart: " + accepted.body()).isEqualTo(201);
    }

    @Test
    void aPayrollMayAlsoComeAsAMultipartFileUpload() throws Exception {
        long contract = contractWithStatement("Payroll multipart");
        weekHasEnded(WEEK);
        String boundary = "----highroad" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"week.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv("60.00", "2400.00", ELECTRICIAN) + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/contracts/" + contract + "/payrolls?weekEnding=" + WEEK))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((TestUsers.HARBOR + ":" + TestUsers.PASSWORD).getBytes()))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(Http.JSON.readTree(r.body()).path("rowCount").asInt()).isEqualTo(1);
    }

    @Test
    void aWeekThatHasNotEndedIsRefusedNamingWeekEndingAndIsAcceptedFromTheDayAfter() {
        long contract = contractWithStatement("Week not ended");
        LocalDate weekEnding = LocalDate.parse(WEEK);
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.now(clock), weekEnding)));
        assertThat(LocalDate.now(clock)).as("today is the Saturday the week ends").isEqualTo(weekEnding);
        String path = "/api/contracts/" + contract + "/payrolls?weekEnding=";

        Response csv = sendToday(TestUsers.HARBOR, path + WEEK, "text/csv", csv("60.00", "2400.00", ELECTRICIAN));
        assertThat(csv.status()).as(csv.body()).isEqualTo(422);
        assertThat(csv.errorFor("weekEnding")).contains("has not ended");
        Response json = sendToday(TestUsers.HARBOR, path + WEEK, "application/json", "{\"rows\": []}");
        assertThat(json.status()).as(json.body()).isEqualTo(422);
        assertThat(json.errorFor("weekEnding")).contains("has not ended");
        Response noWork = as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/payrolls/no-work?weekEnding=2027-01-16",
                Map.of("reason", "not yet"));
        assertThat(noWork.status()).as(noWork.body()).isEqualTo(422);
        assertThat(noWork.errorFor("weekEnding")).contains("has not ended");
        assertThat(jdbc.queryForObject("select count(*) from payroll_submission where contract_id = ?", Integer.class, contract))
                .as("nothing is stored for a refused week").isZero();

        clock.advance(Duration.ofDays(1));
        Response dayAfter = sendToday(TestUsers.HARBOR, path + WEEK, "text/csv", csv("60.00", "2400.00", ELECTRICIAN));
        assertThat(dayAfter.status()).as(dayAfter.body()).isEqualTo(201);
    }

    @Test
    void onlyAContractorOnTheContractSubmitsAndOnlyForAnExpectedWeek() {
        long contract = contractWithStatement("Payroll permissions");
        String file = csv("60.00", "2400.00", ELECTRICIAN);
        Response notAWeek = post(TestUsers.HARBOR, contract, "2027-06-05", file);
        assertThat(notAWeek.status()).isEqualTo(422);
        assertThat(notAWeek.errorFor("weekEnding")).contains("payroll calendar");
        assertThat(post(TestUsers.NORTHSIDE, contract, WEEK, file).status()).as("not a party").isEqualTo(404);
        assertThat(post(TestUsers.OFFICER, contract, WEEK, file).status()).isEqualTo(403);
    }
}
