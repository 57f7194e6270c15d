package org.highroad.payroll.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.highroad.platform.pages.PageReasons;
import org.highroad.platform.pages.PageReasonsTest;
import org.junit.jupiter.api.Test;

/**
 * One row per worker, classification and week, and at most 168 hours a worker's week across rows: a repeated row is a
 * row error naming the row it repeats (not hours added to the first row's), while a worker with two classifications
 * keeps one row for each (WH-347; the sample's entry 4).
 */
class RepeatedRowsTest {

    static final String HEADER;
    static final String GARCIA;

    static {
        try {
            List<String> lines = Files.readAllLines(PayrollCsvReaderTest.SAMPLE);
            HEADER = lines.get(0);
            GARCIA = lines.get(1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Johnson (entry 4, worker 9012) in {@code classification}, 12 straight hours a day, and {@code otSat} overtime. */
    static String johnson(String classification, int otSat, String grossAllWork) {
        String gross = String.format(Locale.ROOT, "%.2f", 84 * 10.0 + otSat * 15.0);
        return "4,Johnson,Andre,,9012,J,," + classification + ",12,12,12,12,12,12,12,,,,,,," + (otSat == 0 ? "" : otSat)
                + ",10.00," + (otSat == 0 ? "" : "15.00") + ",0,0," + gross + "," + grossAllWork + ",0,0,0,0," + grossAllWork
                + ",,,,";
    }

    static ReadResult read(CollectingSink sink, String... rows) {
        String csv = HEADER + "\n" + String.join("\n", rows) + "\n";
        return PayrollCsvReaderTest.READER.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                PayrollCsvReaderTest.WEEK_ENDING, Limits.DEFAULT, sink);
    }

    @Test
    void threeIdenticalRowsAreRefusedNamingTheRowEachRepeatsNotAddedUpToOvertime() {
        CollectingSink sink = new CollectingSink();
        ReadResult result = read(sink, GARCIA, GARCIA, GARCIA);
        assertThat(result.errors()).extracting(RowError::row).containsExactly(2, 3);
        assertThat(result.errors()).extracting(RowError::reason).containsExactly(
                "repeats row 1: entry 1, Electrician, week ending 2025-03-08; give each worker one row per classification and "
                        + "week (a worker who worked in two classifications has one row for each)",
                "repeats row 1: entry 1, Electrician, week ending 2025-03-08; give each worker one row per classification and "
                        + "week (a worker who worked in two classifications has one row for each)");
        assertThat(result.toString()).as("the worker id is not echoed").doesNotContain("1234");
        assertThat(sink.rows).as("nothing of the file is kept").isEmpty();
        assertThat(sink.discards).isEqualTo(1);
    }

    @Test
    void theSameClassificationWrittenInAnotherCaseIsTheSameRow() {
        ReadResult result = read(new CollectingSink(), GARCIA, GARCIA.replace(",Electrician,", ",ELECTRICIAN ,"));
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.reason()).startsWith("repeats row 1: entry 1, ELECTRICIAN, week ending 2025-03-08");
        });
    }

    @Test
    void aWorkerWithTwoClassificationsKeepsOneRowForEachUpTo168Hours() {
        CollectingSink sink = new CollectingSink();
        ReadResult result = read(sink, GARCIA, johnson("Laborer Group 1", 0, "1680.00"),
                johnson("Operating Engineer Group 2", 0, "1680.00"));
        assertThat(result.errors()).isEmpty();
        assertThat(sink.rows).extracting(r -> r.week().classification()).containsExactly("Electrician", "Laborer Group 1",
                "Operating Engineer Group 2");
    }

    @Test
    void aWorkersWeekAbove168HoursAcrossRowsIsRefused() {
        CollectingSink sink = new CollectingSink();
        ReadResult result = read(sink, johnson("Laborer Group 1", 0, "1695.00"), GARCIA,
                johnson("Operating Engineer Group 2", 1, "1695.00"));
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.column()).isNull();
            assertThat(e.reason()).isEqualTo("entry 4 reports 169 hours in the week ending 2025-03-08, counting this row "
                    + "and the entry's rows from row 1; a week has 168 hours (7 × 24)");
        });
        assertThat(sink.rows).isEmpty();
    }

    @Test
    void onALongerPeriodTheSameRowInTwoWorkWeeksIsTwoRows() {
        PayrollPeriod twoWeeks = new PayrollPeriod(PayrollCsvReaderTest.WEEK_ENDING.minusDays(13),
                PayrollCsvReaderTest.WEEK_ENDING);
        String header = HEADER.replace("entry_number,", "entry_number,week_ending,");
        String first = GARCIA.replaceFirst("^1,", "1,2025-03-01,");
        String second = GARCIA.replaceFirst("^1,", "1,2025-03-08,");
        String csv = header + "\n" + first + "\n" + second + "\n" + second + "\n";
        ReadResult result = PayrollCsvReaderTest.READER.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                twoWeeks, Limits.DEFAULT, new CollectingSink());
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.reason()).startsWith("repeats row 2: entry 1, Electrician, week ending 2025-03-08");
        });
    }

    @Test
    void bothReasonsReadInSpanish() {
        PageReasons reasons = PageReasonsTest.reasons();
        Locale es = Locale.forLanguageTag("es");
        ReadResult repeated = read(new CollectingSink(), GARCIA, GARCIA);
        ReadResult over = read(new CollectingSink(), johnson("Laborer Group 1", 0, "1695.00"),
                johnson("Operating Engineer Group 2", 1, "1695.00"));
        assertThat(reasons.text(repeated.errors().get(0).reason(), es)).isEqualTo("repite la fila 1: entrada 1, Electrician, "
                + "semana que termina el 2025-03-08; dé a cada trabajador una fila por clasificación y semana (quien trabajó "
                + "en dos clasificaciones tiene una fila para cada una)");
        assertThat(reasons.text(over.errors().get(0).reason(), es)).isEqualTo("la entrada 4 declara 169 horas en la semana "
                + "que termina el 2025-03-08, contando esta fila y las filas de la entrada desde la fila 1; una semana tiene "
                + "168 horas (7 × 24)");
    }
}
