package org.highroad.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.highroad.support.Http.Response;
import org.highroad.support.PageSession;
import org.highroad.support.PageSession.Page;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/**
 * One row per worker, classification and week, at most 168 hours a worker's week: a file repeating a worker's row is
 * refused naming the rows, not summed into overtime owed by the contractor (before, Garcia's row three times read as
 * 120 hours and a $2,400.00 overtime finding); a worker in two classifications keeps a row for each. The API, the portal's
 * file page and its rows form say it alike, the pages in Spanish too.
 */
class RepeatedPayrollRowsTest extends PayrollTest {

    private static final String GARCIA = row(1, "Garcia", "1234", "60.00", "2400.00", ELECTRICIAN);
    private static final String REPEATED_ES = "repite la fila 1: entrada 1, " + ELECTRICIAN + ", semana que termina el "
            + WEEK + "; dé a cada trabajador una fila por clasificación y semana";

    /** Garcia, 12 straight hours every day of the week in {@code classification}, {@code otSat} overtime on Saturday. */
    private static String twelveADay(String classification, String rate, String rateOt, int otSat, String grossAllWork) {
        String gross = new java.math.BigDecimal(rate).multiply(java.math.BigDecimal.valueOf(84))
                .add(new java.math.BigDecimal(rateOt).multiply(java.math.BigDecimal.valueOf(otSat))).setScale(2).toPlainString();
        return "1,Garcia,Maria,L,1234,J,," + classification + ",12,12,12,12,12,12,12,,,,,,," + (otSat == 0 ? "" : otSat) + ","
                + rate + "," + rateOt + ",31.40,0," + gross + "," + grossAllWork + ",0,0,0,0," + grossAllWork
                + ",Y,2026-01-01,Hispanic or Latino,Female";
    }

    @Test
    void threeIdenticalRowsAreRefusedNamingTheRowsAndRaiseNoOvertimeFinding() {
        long contract = contractWithStatement("Repeated rows");
        Response refused = post(TestUsers.HARBOR, contract, WEEK, HEADER + "\n" + GARCIA + "\n" + GARCIA + "\n" + GARCIA + "\n");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).contains("problem+json");
        assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("row 2", "row 3");
        assertThat(refused.json().path("errors").findValuesAsText("reason")).allSatisfy(r -> assertThat(r)
                .startsWith("repeats row 1: entry 1, " + ELECTRICIAN + ", week ending " + WEEK));
        assertThat(refused.body()).as("the worker's number is not echoed").doesNotContain("1234");
        long id = refused.json().path("submission").path("id").asLong();
        assertThat(as(TestUsers.HARBOR).get("/api/payrolls/" + id).json().path("status").asText()).isEqualTo("REJECTED");
        assertThat(jdbc.queryForObject("select count(*) from payroll_row where submission_id = ?", Integer.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from payroll_submission where contract_id = ? and status = 'ACCEPTED'",
                Integer.class, contract)).as("no payroll in force, so no overtime finding").isZero();

        Response once = post(TestUsers.HARBOR, contract, WEEK, HEADER + "\n" + GARCIA + "\n");
        assertThat(once.status()).as("the row once: " + once.body()).isEqualTo(201);
    }

    @Test
    void aWorkerInTwoClassificationsIsAcceptedUpTo168HoursAndRefusedAbove() {
        long contract = contractWithStatement("Two classifications");
        String within = HEADER + "\n" + twelveADay(ELECTRICIAN, "60.00", "90.00", 0, "8820.00") + "\n"
                + twelveADay(LABORER, "45.00", "67.50", 0, "8820.00") + "\n";
        String above = HEADER + "\n" + twelveADay(ELECTRICIAN, "60.00", "90.00", 0, "8887.50") + "\n"
                + twelveADay(LABORER, "45.00", "67.50", 1, "8887.50") + "\n";

        Response refused = post(TestUsers.HARBOR, contract, WEEK, above);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactly("row 2");
        assertThat(refused.json().path("errors").findValuesAsText("reason")).containsExactly("entry 1 reports 169 hours in "
                + "the week ending " + WEEK + ", counting this row and the entry's rows from row 1; a week has 168 hours (7 × 24)");

        Response accepted = post(TestUsers.HARBOR, contract, WEEK, within);
        assertThat(accepted.status()).as("one row per classification: " + accepted.body()).isEqualTo(201);
        assertThat(accepted.json().path("rowCount").asInt()).isEqualTo(2);
    }

    @Test
    void theFilePageAndTheRowsFormRefuseARepeatedRowInSpanish() {
        long contract = contractWithStatement("Repeated rows pages");
        weekHasEnded(WEEK);
        PageSession harbor = new PageSession(port);
        harbor.signIn(TestUsers.HARBOR, TestUsers.PASSWORD);
        harbor.get("/portal/contracts/" + contract + "/payrolls/file?lang=es");
        Page file = harbor.upload("/portal/contracts/" + contract + "/payrolls/file", Map.of("weekEnding", WEEK), "file",
                "week.csv", HEADER + "\n" + GARCIA + "\n" + GARCIA + "\n", true);
        assertThat(file.status()).isEqualTo(422);
        assertThat(HtmlUtils.htmlUnescape(file.body())).contains(REPEATED_ES).doesNotContain("repeats row");

        harbor.get("/portal/contracts/" + contract + "/payrolls/rows?lang=es");
        Map<String, String> form = new HashMap<>(Map.of("weekEnding", WEEK, "rowCount", "2", "action", "file"));
        form.putAll(block(0));
        form.putAll(block(1));
        Page rows = harbor.post("/portal/contracts/" + contract + "/payrolls/rows", form);
        assertThat(rows.status()).isEqualTo(422);
        assertThat(HtmlUtils.htmlUnescape(rows.body())).contains(REPEATED_ES).contains("href=\"#r1-last_name\"")
                .doesNotContain("repeats row");
        assertThat(as(TestUsers.HARBOR).all("/api/contracts/" + contract + "/payrolls").json()).allSatisfy(s -> assertThat(
                s.path("status").asText()).isEqualTo("REJECTED"));
    }

    /** Garcia's week as typed into block {@code i} of the rows form. */
    private static Map<String, String> block(int i) {
        Map<String, String> f = new HashMap<>();
        String r = "r" + i + "-";
        f.putAll(Map.of(r + "entry_number", "1", r + "last_name", "Garcia", r + "first_name", "Maria", r + "worker_id", "1234",
                r + "level", "J", r + "classification", ELECTRICIAN, r + "rate_st", "60.00", r + "fringe_credit_per_hour", "31.40",
                r + "cash_in_lieu_per_hour", "0", r + "gross_this_project", "2400.00"));
        for (String d : new String[] {"mon", "tue", "wed", "thu", "fri"}) {
            f.put(r + "st_" + d, "8");
        }
        f.putAll(Map.of(r + "gross_all_work", "2400.00", r + "deductions_tax", "300.00", r + "deductions_fica", "183.60",
                r + "deductions_other", "0", r + "deductions_total", "483.60", r + "net_pay", "1916.40"));
        return f;
    }
}
