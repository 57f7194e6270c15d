package org.highroad.payroll.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.highroad.payroll.utilization.Residence;
import org.highroad.payroll.wages.DayHours;
import org.highroad.payroll.wages.WorkerWeek;
import org.junit.jupiter.api.Test;

class PayrollCsvReaderTest {

    static final LocalDate WEEK_ENDING = LocalDate.of(2025, 3, 8); // a Saturday
    static final LocalDate SUNDAY = LocalDate.of(2025, 3, 2);
    static final Path SAMPLE = Path.of("docs/examples/payroll-sample.csv");
    static final PayrollCsvReader READER = new PayrollCsvReader();

    static ReadResult read(String csv, CollectingSink sink) {
        return read(csv, Limits.DEFAULT, sink);
    }

    static ReadResult read(String csv, Limits limits, CollectingSink sink) {
        return READER.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), WEEK_ENDING, limits, sink);
    }

    static String header() throws IOException {
        return Files.readAllLines(SAMPLE).get(0) + "\n";
    }

    static String firstRow() throws IOException {
        return Files.readAllLines(SAMPLE).get(1) + "\n";
    }

    /** The sample's first row {@code n} times, each time as another entry (a repeated row would be an error). */
    static String entries(int n) throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int entry = 1; entry <= n; entry++) {
            rows.append(entry).append(firstRow().substring(1));
        }
        return rows.toString();
    }

    @Test
    void theDocumentedSampleIsReadIntoWorkerWeeksWithDatesFromTheWeekEnding() throws IOException {
        var sink = new CollectingSink();
        ReadResult result;
        try (InputStream in = Files.newInputStream(SAMPLE)) {
            result = READER.read(in, WEEK_ENDING, Limits.DEFAULT, sink);
        }

        assertThat(result.errors()).isEmpty();
        assertThat(result.valid()).isTrue();
        assertThat(result.rowsRead()).isEqualTo(6);
        assertThat(sink.discards).isZero();
        assertThat(sink.rows).extracting(ParsedRow::row).containsExactly(1, 2, 3, 4, 5, 6);

        ParsedRow garcia = sink.rows.get(0);
        WorkerWeek w = garcia.week();
        assertThat(w.entryNumber()).isEqualTo(1);
        assertThat(w.workerRef()).isEqualTo("1234");
        assertThat(w.classification()).isEqualTo("Electrician");
        assertThat(w.level()).isEqualTo(WorkerWeek.Level.JOURNEYWORKER);
        assertThat(w.apprenticeLevel()).isNull();
        assertThat(w.days()).containsExactly(
                new DayHours(SUNDAY.plusDays(1), new BigDecimal("8"), BigDecimal.ZERO),
                new DayHours(SUNDAY.plusDays(2), new BigDecimal("8"), BigDecimal.ZERO),
                new DayHours(SUNDAY.plusDays(3), new BigDecimal("8"), BigDecimal.ZERO),
                new DayHours(SUNDAY.plusDays(4), new BigDecimal("8"), BigDecimal.ZERO),
                new DayHours(SUNDAY.plusDays(5), new BigDecimal("8"), BigDecimal.ZERO),
                new DayHours(WEEK_ENDING, BigDecimal.ZERO, new BigDecimal("4")));
        assertThat(w.straightRate()).isEqualByComparingTo("52.50");
        assertThat(w.overtimeRate()).isEqualByComparingTo("78.75");
        assertThat(w.fringeCreditPerHour()).isEqualByComparingTo("28.40");
        assertThat(w.cashInLieuPerHour()).isEqualByComparingTo("0");
        assertThat(garcia.name()).isEqualTo(new ParsedRow.WorkerName("Garcia", "Maria", "L"));
        assertThat(garcia.pay().grossThisProject()).isEqualByComparingTo("2415.00");
        assertThat(garcia.pay().deductionsTotal()).isEqualByComparingTo("499.75");
        assertThat(garcia.pay().netPay()).isEqualByComparingTo("1915.25");
        assertThat(garcia.extensions().residence()).contains(new Residence(true, LocalDate.of(2024, 11, 1)));
        assertThat(garcia.extensions().raceEthnicity()).isEqualTo("Hispanic or Latino");
        assertThat(garcia.extensions().gender()).isEqualTo("Female");

        ParsedRow oneil = sink.rows.get(1);
        assertThat(oneil.name().lastName()).isEqualTo("O'Neil, Jr.");
        assertThat(oneil.name().middleInitial()).isNull();
        assertThat(oneil.week().level()).isEqualTo(WorkerWeek.Level.APPRENTICE);
        assertThat(oneil.week().apprenticeLevel()).isEqualTo(3);
        assertThat(oneil.week().overtimeRate()).isNull();
        assertThat(oneil.extensions().residence()).as("resident without a date: from the Sunday of the week")
                .contains(new Residence(false, SUNDAY));

        ParsedRow nguyen = sink.rows.get(2);
        assertThat(nguyen.week().workerRef()).isEqualTo("E-0042");
        assertThat(nguyen.week().cashInLieuPerHour()).isEqualByComparingTo("3.25");
        assertThat(nguyen.week().days()).hasSize(5).last()
                .isEqualTo(new DayHours(SUNDAY.plusDays(5), new BigDecimal("8"), new BigDecimal("2")));
        assertThat(nguyen.extensions().residence()).contains(new Residence(true, LocalDate.of(2025, 3, 5)));

        assertThat(sink.rows.get(3).week().entryNumber()).isEqualTo(sink.rows.get(4).week().entryNumber());
        assertThat(sink.rows.get(4).week().classification()).isEqualTo("Operating Engineer Group 2");
        assertThat(sink.rows.get(3).extensions()).isEqualTo(new ParsedRow.Extensions(null, null, null, null));
        assertThat(sink.rows.get(3).extensions().residence()).isEmpty();
    }

    @Test
    void everyErrorOfEveryRowIsReportedInOneRead() throws IOException {
        String[] cells = firstRow().strip().split(",", -1);
        cells[1] = "";            // last_name
        cells[5] = "X";           // level
        cells[9] = "eight";       // st_mon
        String second = String.join(",", cells) + "\n";
        var sink = new CollectingSink();

        ReadResult result = read(header() + firstRow() + second + second, sink);

        assertThat(result.rowsRead()).isEqualTo(3);
        assertThat(result.errors()).extracting(RowError::row, RowError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "last_name"), org.assertj.core.groups.Tuple.tuple(2, "level"),
                org.assertj.core.groups.Tuple.tuple(2, "st_mon"), org.assertj.core.groups.Tuple.tuple(3, "last_name"),
                org.assertj.core.groups.Tuple.tuple(3, "level"), org.assertj.core.groups.Tuple.tuple(3, "st_mon"));
        assertThat(sink.discards).isEqualTo(1);
        assertThat(sink.acceptedAfterDiscard).isZero();
        assertThat(sink.rows).isEmpty();
    }

    @Test
    void aFullSocialSecurityNumberIsNeverEchoedInAnyError() throws IOException {
        String row = firstRow().replace(",1234,", ",123-45-6789,").replace(",Female", ",123456789");
        var sink = new CollectingSink();

        ReadResult result = read(header() + row, sink);

        assertThat(result.errors()).extracting(RowError::column).containsExactly("worker_id", "gender");
        assertThat(result.errors()).allSatisfy(e -> assertThat(e.toString())
                .doesNotContain("6789").doesNotContain("123456789").contains("full Social Security number"));
    }

    @Test
    void aLeadingMinusIsAFormulaInANameButANegativeNumberInHours() throws IOException {
        String row = firstRow().replace(",Maria,", ",-Maria,").replace(",,8,8,", ",,-8,8,");
        ReadResult result = read(header() + row, new CollectingSink());

        assertThat(result.errors()).extracting(RowError::column, RowError::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("first_name", "starts with '-': refused as a possible "
                        + "spreadsheet formula (CSV injection); remove the leading character"),
                org.assertj.core.groups.Tuple.tuple("st_mon", "must not be negative"));
    }

    @Test
    void overtimeHoursWithoutAnOvertimeRateAreRefused() throws IOException {
        String row = firstRow().replace(",52.50,78.75,", ",52.50,,");
        ReadResult result = read(header() + row, new CollectingSink());

        assertThat(result.errors()).singleElement().extracting(RowError::column).isEqualTo("rate_ot");
    }

    @Test
    void grossWithinOneCentOfTheHoursTimesRatesIsAccepted() throws IOException {
        String row = firstRow().replace(",2415.00,2415.00,", ",2415.01,2415.01,").replace(",1915.25,", ",1915.26,");
        ReadResult result = read(header() + row, new CollectingSink());

        assertThat(result.errors()).isEmpty();
    }

    @Test
    void deductionsAndNetPayMustAddUp() throws IOException {
        String row = firstRow().replace(",499.75,1915.25,", ",499.70,1915.25,");
        ReadResult result = read(header() + row, new CollectingSink());

        assertThat(result.errors()).extracting(RowError::column).containsExactly("deductions_total", "net_pay");
    }

    @Test
    void anApprenticeLevelOnAJourneyworkerRowIsRefused() throws IOException {
        String row = firstRow().replace(",J,,", ",J,2,");
        ReadResult result = read(header() + row, new CollectingSink());

        assertThat(result.errors()).singleElement().extracting(RowError::column).isEqualTo("apprentice_level");
    }

    @Test
    void blankLinesAreSkippedButKeepTheRowNumbersOfTheFile() throws IOException {
        String bad = firstRow().replace(",Garcia,", ",,");
        var sink = new CollectingSink();

        ReadResult result = read(header() + firstRow() + "\n,,,\n" + bad, sink);

        assertThat(result.rowsRead()).isEqualTo(2);
        assertThat(result.errors()).singleElement().extracting(RowError::row).isEqualTo(4);
    }

    @Test
    void theErrorListIsCappedAndSaysSo() throws IOException {
        String bad = firstRow().replace(",Garcia,", ",,");
        ReadResult result = read(header() + bad.repeat(20), new Limits(1_000_000, 100, 1_000, 5), new CollectingSink());

        assertThat(result.errors()).hasSize(6);
        assertThat(result.errors().get(5).reason()).contains("too many errors: only the first 5 are listed");
        assertThat(result.rowsRead()).isEqualTo(6);
    }

    @Test
    void moreRowsThanTheLimitStopTheReading() throws IOException {
        var sink = new CollectingSink();
        ReadResult result = read(header() + entries(5), new Limits(1_000_000, 100, 3, 10), sink);

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(4);
            assertThat(e.reason()).contains("more than 3 payroll rows");
        });
        assertThat(sink.rows).isEmpty();
        assertThat(sink.discards).isEqualTo(1);
    }

    @Test
    void aFileOverTheByteLimitStopsWithAClearError() throws IOException {
        var sink = new CollectingSink();
        ReadResult result = read(header() + entries(1_000), new Limits(20_000, 100, 10_000, 10), sink);

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.reason()).contains("larger than the limit of 20000 bytes");
            assertThat(e.row()).isBetween(40, 120);
        });
        assertThat(sink.rows).isEmpty();
    }

    @Test
    void aWeekEndingThatIsNotASaturdayIsRefusedBeforeReading() throws IOException {
        ReadResult result = READER.read(new ByteArrayInputStream((header() + firstRow()).getBytes(StandardCharsets.UTF_8)),
                LocalDate.of(2025, 3, 7), Limits.DEFAULT, new CollectingSink());

        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("week_ending");
            assertThat(e.reason()).contains("must be a Saturday");
        });
    }

    @Test
    void anExceptionFromTheSinkReachesTheCaller() throws IOException {
        RowSink failing = row -> {
            throw new IllegalStateException("database down");
        };
        var in = new ByteArrayInputStream((header() + firstRow()).getBytes(StandardCharsets.UTF_8));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> READER.read(in, WEEK_ENDING, Limits.DEFAULT, failing))
                .hasMessage("database down");
    }

    @Test
    void theLayoutListsEveryColumnOnce() {
        assertThat(PayrollCsvLayout.ALL).hasSize(39).doesNotHaveDuplicates();
        assertThat(PayrollCsvLayout.REQUIRED).hasSize(31).doesNotContain("middle_initial", "gender");
        assertThat(List.copyOf(PayrollCsvLayout.ALL).subList(8, 15))
                .containsExactly("st_sun", "st_mon", "st_tue", "st_wed", "st_thu", "st_fri", "st_sat");
    }
}
