package org.highroad.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.highroad.procurement.ProcurementTest;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Payroll on an executed contract: Harbor is the prime (period 2027-01-04 to 2027-03-26, weeks ending on Saturdays
 * from 2027-01-09, each due 7 days later), committed to $60.00 + $31.40 for electricians and $45.00 + $26.85 for
 * laborers, and 51/40/12/20 % shares of hours for residents, people of color, women and apprentices.
 */
public abstract class PayrollTest extends ProcurementTest {

    protected static final String HEADER = "entry_number,last_name,first_name,middle_initial,worker_id,level,apprentice_level,"
            + "classification,st_sun,st_mon,st_tue,st_wed,st_thu,st_fri,st_sat,ot_sun,ot_mon,ot_tue,ot_wed,ot_thu,ot_fri,ot_sat,"
            + "rate_st,rate_ot,fringe_credit_per_hour,cash_in_lieu_per_hour,gross_this_project,gross_all_work,deductions_tax,"
            + "deductions_fica,deductions_other,deductions_total,net_pay,resident,address_effective_from,race_ethnicity,gender";
    protected static final String WEEK = "2027-01-09";

    @Autowired
    protected JdbcTemplate jdbc;

    protected long executedContract(String title) {
        return executedContract(title, "2027-01-04", "2027-03-26", null);
    }

    /**
     * The quarterly tests' contract: Harbor's, 2027-01-04 to 2027-04-20, reporting QUARTERLY (settled in legal review),
     * the electrician's committed base raised to $62.00 from 2027-02-15, inside the first quarter.
     */
    protected long executedQuarterlyWithARaise(String title) {
        long id = executedContract(title, "2027-01-04", "2027-04-20", "QUARTERLY");
        Response amended = as(TestUsers.OFFICER).post("/api/contracts/" + id + "/amendments", Map.of("effectiveFrom", "2027-02-15",
                "reason", "raise inside the quarter", "wageOffers", List.of(Map.of("classification", ELECTRICIAN,
                        "baseRate", 62.00, "fringeRate", 31.40))));
        assertThat(amended.status()).as(amended.body()).isEqualTo(200);
        return id;
    }

    /** An executed contract for the period given, reporting at {@code cadence} (the standard's, weekly, when null). */
    protected long executedContract(String title, String periodStart, String periodEnd, String cadence) {
        long solicitation = publishedSolicitation(title);
        long bid = submit(TestUsers.HARBOR, solicitation, strongBid("1100000"));
        deadlinePasses(solicitation);
        review(bid, "CONFIRM", "verified", 5);
        Response award = as(TestUsers.OFFICER).post("/api/solicitations/" + solicitation + "/award", Map.of("bidId", bid,
                "reason", "top"));
        assertThat(award.status()).as("the award of bid %d: %s", bid, award.body()).isEqualTo(200);
        Jobs.runDue(management);
        long id = -1;
        for (JsonNode c : as(TestUsers.OFFICER).all("/api/contracts").json()) {
            if (c.path("bidId").asLong() == bid) {
                id = c.path("id").asLong();
            }
        }
        assertThat(id).as("the contract of bid %d once the award's jobs ran (failed jobs: %s)", bid,
                management.createJobQuery().withException().list().stream().map(j -> j.getId() + " " + j.getExceptionMessage())
                        .toList()).isPositive();
        Map<String, Object> draft = new HashMap<>(Map.of("title", title, "value", 1100000, "periodStart", periodStart,
                "periodEnd", periodEnd));
        if (cadence != null) {
            draft.put("reportingCadence", cadence);
        }
        Response revised = as(TestUsers.OFFICER).put("/api/contracts/" + id + "/draft", draft);
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        as(TestUsers.OFFICER).post("/api/contracts/" + id + "/legal-review", Map.of("decision", "APPROVE", "reason", "ok"));
        as(TestUsers.HARBOR).post("/api/contracts/" + id + "/acceptance", Map.of("decision", "ACCEPT", "reason", "ok"));
        return id;
    }

    /** An executed contract with Harbor's Statement of Compliance on file (no apprenticeship program). */
    protected long contractWithStatement(String title) {
        long id = executedContract(title);
        Response filed = as(TestUsers.HARBOR).post("/api/contracts/" + id + "/compliance-statements", statement(List.of()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return id;
    }

    protected static Map<String, Object> statement(List<Map<String, Object>> programs) {
        return Map.of("signatoryName", "Dana Harbor", "signatoryTitle", "Payroll Manager",
                "fringePlans", List.of(Map.of("name", "IBEW Local 103 Health & Pension", "hourlyCredit", "31.40")),
                "apprenticeshipPrograms", programs);
    }

    /** One electrician, 8 hours Monday to Friday at {@code rateSt} with $31.40 to plans. */
    protected static String csv(String rateSt, String gross, String classification) {
        return HEADER + "\n" + row(1, "Garcia", "1234", rateSt, gross, classification) + "\n";
    }

    protected static String row(int entry, String lastName, String workerId, String rateSt, String gross, String classification) {
        return entry + "," + lastName + ",Maria,L," + workerId + ",J,," + classification + ",,8,8,8,8,8,,,,,,,,,"
                + rateSt + ",,31.40,0," + gross + "," + gross + ",300.00,183.60,0,483.60," + net(gross)
                + ",Y,2026-01-01,Hispanic or Latino,Female";
    }

    /**
     * Garcia's row of a payroll listed per work week: {@code days} are the hours Sunday to Saturday of the work week
     * ending {@code weekEnding}, all straight time, at $60.00.
     */
    protected static String week(String weekEnding, String... days) {
        BigDecimal hours = BigDecimal.ZERO;
        for (String d : days) {
            hours = hours.add(d.isEmpty() ? BigDecimal.ZERO : new BigDecimal(d));
        }
        String gross = hours.multiply(new BigDecimal("60.00")).setScale(2).toPlainString();
        return "1,Garcia,Maria,L,1234,J,," + ELECTRICIAN + "," + String.join(",", days) + ",,,,,,,,60.00,90.00,31.40,0,"
                + gross + "," + gross + ",300.00,183.60,0,483.60," + net(gross) + ",Y,2026-01-01,Hispanic or Latino,Female,"
                + weekEnding;
    }

    /** A payroll of a period longer than a week: the rows of {@link #week}, each naming its work week. */
    protected static String perWorkWeek(String... rows) {
        return HEADER + ",week_ending\n" + String.join("\n", rows) + "\n";
    }

    protected static String net(String gross) {
        return new BigDecimal(gross).subtract(new BigDecimal("483.60")).toPlainString();
    }

    protected Response post(String user, long contract, String week, String body) {
        return send(user, "/api/contracts/" + contract + "/payrolls?weekEnding=" + week, "text/csv", body);
    }

    /** A no-work statement for the week, sent once the week has ended. */
    protected Response noWork(String user, long contract, String week, String reason) {
        weekHasEnded(week);
        return as(user).post("/api/contracts/" + contract + "/payrolls/no-work?weekEnding=" + week, Map.of("reason", reason));
    }

    /**
     * A payroll is certified after its week has ended (29 CFR 5.5(a)(3)(ii)): "today", the application clock, moves to
     * the day after {@code week} unless it is already later. The clock is reset after each test.
     */
    protected void weekHasEnded(String week) {
        LocalDate dayAfter = LocalDate.parse(week).plusDays(1);
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(dayAfter)) {
            clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(today, dayAfter)));
        }
    }

    /**
     * Sends as a contractor would: a payroll or no-work statement for a week ({@code ...payrolls...?weekEnding=}) is
     * sent once that week has ended ({@link #weekHasEnded}); {@link #sendToday} sends on the clock's current day.
     */
    protected Response send(String user, String path, String contentType, String body) {
        Matcher week = PAYROLL_WEEK.matcher(path);
        if (week.find()) {
            weekHasEnded(week.group(1));
        }
        return sendToday(user, path, contentType, body);
    }

    private static final Pattern PAYROLL_WEEK = Pattern.compile("/payrolls(?:/no-work)?\\?weekEnding=(\\d{4}-\\d{2}-\\d{2})");

    protected Response sendToday(String user, String path, String contentType, String body) {
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", contentType).header("Accept", "application/json, application/problem+json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestUsers.PASSWORD).getBytes()))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
