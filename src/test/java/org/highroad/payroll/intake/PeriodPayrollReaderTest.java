package org.highroad.payroll.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.highroad.payroll.wages.DayHours;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A payroll of a period longer than a week, worked by hand on the monthly period March 2027: Monday 2027-03-01 to
 * Wednesday 2027-03-31. Its work weeks end on the Saturdays 03-06 (Sunday 02-28 is February's), 03-13, 03-20, 03-27
 * and 04-03 (Thursday 04-01 to Saturday 04-03 are April's). Each row is one worker, classification and work week, and
 * names its work week in {@code week_ending}; its day columns are that week's Sunday to Saturday.
 */
class PeriodPayrollReaderTest {

    static final PayrollPeriod MARCH = new PayrollPeriod(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31));
    static final List<String> COLUMNS = new ArrayList<>(PayrollCsvLayout.REQUIRED);

    static {
        COLUMNS.add(PayrollCsvLayout.WEEK_ENDING);
    }

    /** One electrician row at $50.00: {@code hours} are "day=hours" pairs, e.g. "mon=8 tue=8". */
    static String row(String weekEnding, String hours) {
        Map<String, String> cells = new LinkedHashMap<>();
        COLUMNS.forEach(c -> cells.put(c, ""));
        cells.putAll(Map.of("entry_number", "1", "last_name", "Garcia", "first_name", "Maria", "worker_id", "1234",
                "level", "J", "classification", "Electrician", "rate_st", "50.00", "fringe_credit_per_hour", "0",
                "cash_in_lieu_per_hour", "0"));
        cells.put("week_ending", weekEnding);
        BigDecimal total = BigDecimal.ZERO;
        for (String pair : hours.isBlank() ? new String[0] : hours.split(" ")) {
            String[] dh = pair.split("=");
            cells.put("st_" + dh[0], dh[1]);
            total = total.add(new BigDecimal(dh[1]));
        }
        String gross = total.multiply(new BigDecimal("50.00")).setScale(2).toPlainString();
        cells.putAll(Map.of("gross_this_project", gross, "gross_all_work", gross, "deductions_tax", "0",
                "deductions_fica", "0", "deductions_other", "0", "deductions_total", "0", "net_pay", gross));
        return String.join(",", cells.values());
    }

    static ReadResult read(PayrollPeriod period, List<String> columns, CollectingSink sink, String... rows) {
        String csv = String.join(",", columns) + "\n" + String.join("\n", rows) + "\n";
        return new PayrollCsvReader().read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), period,
                Limits.DEFAULT, sink);
    }

    @Test
    void eachRowsDaysAreTheDatesOfItsWorkWeekInsideThePeriod() {
        var sink = new CollectingSink();
        ReadResult result = read(MARCH, COLUMNS, sink,
                row("2027-03-06", "mon=8 tue=8 wed=8 thu=8 fri=8"),
                row("2027-04-03", "mon=8 tue=8 wed=8 thu=0"));

        assertThat(result.errors()).isEmpty();
        assertThat(sink.rows).hasSize(2);
        assertThat(sink.rows.get(0).week().days()).extracting(DayHours::date).containsExactly(
                LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 2), LocalDate.of(2027, 3, 3), LocalDate.of(2027, 3, 4),
                LocalDate.of(2027, 3, 5));
        // Thursday 04-01 is April's: its 0 is allowed, and it carries no day
        assertThat(sink.rows.get(1).week().days()).extracting(DayHours::date).containsExactly(
                LocalDate.of(2027, 3, 29), LocalDate.of(2027, 3, 30), LocalDate.of(2027, 3, 31));
    }

    @ParameterizedTest(name = "week_ending {0}, hours {1}: {2} refused, {3}")
    @CsvSource(delimiter = ';', value = {
            // a day of the next period: Thursday 2027-04-01
            "2027-04-03; mon=8 thu=8; st_thu; 2027-04-01 is outside the period 2027-03-01 to 2027-03-31",
            // a day of the period before: Sunday 2027-02-28
            "2027-03-06; sun=4 mon=8; st_sun; 2027-02-28 is outside the period 2027-03-01 to 2027-03-31",
            // no work week named
            "'';          mon=8; week_ending; required",
            // a Friday
            "2027-03-05; mon=8; week_ending; must be the Saturday ending the row's work week",
            // a work week wholly in April
            "2027-04-10; mon=8; week_ending; has no day in the period 2027-03-01 to 2027-03-31: its work weeks end from 2027-03-06 to 2027-04-03",
            // wholly in February
            "2027-02-27; mon=8; week_ending; has no day in the period",
            "03/06/2027; mon=8; week_ending; not a date: write YYYY-MM-DD"})
    void aRowOutsideThePeriodIsRefusedNamingTheColumn(String weekEnding, String hours, String column, String reason) {
        var sink = new CollectingSink();
        ReadResult result = read(MARCH, COLUMNS, sink, row(weekEnding, hours));

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(1);
            assertThat(e.column()).isEqualTo(column);
            assertThat(e.reason()).contains(reason);
        });
        assertThat(sink.rows).isEmpty();
    }

    @Test
    void aPeriodLongerThanAWeekNeedsTheWeekEndingColumn() {
        List<String> withoutIt = new ArrayList<>(PayrollCsvLayout.REQUIRED);
        var sink = new CollectingSink();
        String row = row("2027-03-06", "mon=8");
        ReadResult result = read(MARCH, withoutIt, sink, row.substring(0, row.lastIndexOf(',')));

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isZero();
            assertThat(e.column()).isEqualTo("week_ending");
            assertThat(e.reason()).startsWith("missing required column: the period 2027-03-01 to 2027-03-31 spans more than one work week");
        });
    }

    @Test
    void aWeeklyPayrollMayRepeatItsWeekEndingAndNothingElse() {
        PayrollPeriod week = PayrollPeriod.week(LocalDate.of(2027, 3, 6));
        var same = new CollectingSink();
        // a second classification: one row per worker, classification and week
        assertThat(read(week, COLUMNS, same, row("2027-03-06", "mon=8"), row("", "tue=8").replace(",Electrician,",
                ",Laborer,")).errors()).isEmpty();
        assertThat(same.rows).hasSize(2);

        var other = new CollectingSink();
        assertThat(read(week, COLUMNS, other, row("2027-03-13", "mon=8")).errors()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("week_ending");
            assertThat(e.reason()).isEqualTo("is 2027-03-13 but this payroll is for the week ending 2027-03-06; leave it "
                    + "blank or give 2027-03-06");
        });
    }
}
