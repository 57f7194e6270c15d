package org.highroad.payroll;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The payroll figures an operator's Prometheus reads move with what contractors file: a week past its due date is
 * overdue until its payroll is in, an underpaid payroll is accepted and flagged with its findings open, a file with
 * errors is a rejected submission.
 */
class PayrollGaugesTest extends PayrollTest {

    private double gauge(String series) {
        String scrape;
        try {
            scrape = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((TestUsers.ADMIN + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
        assertThat(line.find()).as(series + " in\n" + scrape).isTrue();
        return Double.parseDouble(line.group(1));
    }

    @Test
    void overdueFlaggedRejectedAndFindingsFollowWhatIsFiled() {
        long contract = contractWithStatement("Gauges");
        LocalDate twoMonthsLater = LocalDate.parse(WEEK).plusMonths(2);
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.now(clock), twoMonthsLater)));
        double overdue = gauge("highroad_payroll_periods_overdue{application=\"highroad\"}");
        double accepted = gauge("highroad_payroll_submissions{application=\"highroad\",status=\"ACCEPTED\"}");
        double rejected = gauge("highroad_payroll_submissions{application=\"highroad\",status=\"REJECTED\"}");
        double flagged = gauge("highroad_payroll_flagged{application=\"highroad\"}");
        double open = gauge("highroad_payroll_findings{application=\"highroad\",status=\"OPEN\"}");
        assertThat(overdue).as("this contract's weeks up to two months after its first are overdue").isGreaterThanOrEqualTo(8);

        Response bad = post(TestUsers.HARBOR, contract, WEEK, HEADER + "\n1,Garcia,Maria,L,1234,J,," + ELECTRICIAN
                + ",,8,8,8,8,eight,,,,,,,,,60.00,,31.40,0,2400.00,2400.00,300.00,183.60,0,483.60,1916.40,Y,2026-01-01,,\n");
        assertThat(bad.status()).as(bad.body()).isEqualTo(422);
        assertThat(gauge("highroad_payroll_submissions{application=\"highroad\",status=\"REJECTED\"}")).isEqualTo(rejected + 1);
        assertThat(gauge("highroad_payroll_periods_overdue{application=\"highroad\"}")).as("a rejected file is not a report")
                .isEqualTo(overdue);

        Response underpaid = post(TestUsers.HARBOR, contract, WEEK, csv("20.00", "800.00", ELECTRICIAN));
        assertThat(underpaid.status()).as(underpaid.body()).isEqualTo(201);
        int findings = 0;
        for (var f : as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings").json()) {
            if (f.path("status").asText().equals("OPEN") && f.path("submissionId").asLong() == underpaid.json().path("id").asLong()) {
                findings++;
            }
        }
        assertThat(findings).as("an electrician paid $20.00 an hour is underpaid").isPositive();
        assertThat(gauge("highroad_payroll_submissions{application=\"highroad\",status=\"ACCEPTED\"}")).isEqualTo(accepted + 1);
        assertThat(gauge("highroad_payroll_flagged{application=\"highroad\"}")).isEqualTo(flagged + 1);
        assertThat(gauge("highroad_payroll_findings{application=\"highroad\",status=\"OPEN\"}")).isEqualTo(open + findings);
        assertThat(gauge("highroad_payroll_periods_overdue{application=\"highroad\"}")).as("the week is in, late")
                .isEqualTo(overdue - 1);
    }
}
