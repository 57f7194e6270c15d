package org.highroad.payroll.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The corpus of bad files under src/test/resources/payroll-csv: each is answered with a clear error naming the row and
 * column, and the sink is left with nothing. The non-UTF-8 file and the 10 MB cell are generated here.
 */
class PayrollCsvCorpusTest {

    static final LocalDate WEEK_ENDING = LocalDate.of(2025, 3, 8);
    static final Path CORPUS = Path.of("src/test/resources/payroll-csv");
    static final Path SAMPLE = Path.of("docs/examples/payroll-sample.csv");

    static Stream<Arguments> badFiles() {
        return Stream.of(
                bad("empty.csv", 0, null, "the file is empty"),
                bad("header-only.csv", 0, null, "no payroll rows: send a no-work statement"),
                bad("semicolon-delimited.csv", 0, null, "the delimiter must be a comma"),
                bad("tab-delimited.csv", 0, null, "the delimiter must be a comma"),
                bad("extra-column.csv", 0, "notes", "unknown column"),
                bad("missing-column.csv", 0, "rate_st", "missing required column"),
                bad("duplicate-column.csv", 0, "gender", "duplicate column"),
                bad("formula-cell.csv", 2, "first_name", "possible spreadsheet formula (CSV injection)"),
                bad("full-ssn.csv", 1, "worker_id", "looks like a full Social Security number"),
                bad("full-ssn-digits.csv", 2, "worker_id", "looks like a full Social Security number"),
                bad("negative-hours.csv", 1, "st_mon", "must not be negative"),
                bad("over-24.csv", 2, "st_mon", "st_mon + ot_mon = 25 hours on 2025-03-03; a day has 24"),
                bad("gross-mismatch.csv", 2, "gross_this_project", "does not match the hours and rates: expected "
                        + "2415.00"),
                bad("bad-number.csv", 1, "rate_st", "not a number"),
                bad("bad-date.csv", 1, "address_effective_from", "not a date: write YYYY-MM-DD"),
                bad("missing-field.csv", 2, "last_name", "required"),
                bad("ragged-row.csv", 1, null, "the row has 34 cells but the header has 37"),
                bad("long-last-name.csv", 1, "last_name", "is 101 characters long: at most 100 characters are kept"),
                bad("long-worker-id.csv", 1, "worker_id", "at most 20 characters are kept"),
                bad("long-gender.csv", 1, "gender", "at most 50 characters are kept"),
                bad("rate-too-large.csv", 1, "rate_st", "is larger than can be kept: at most 999999.99"),
                bad("fraction-of-a-cent.csv", 1, "rate_st", "write at most 2 decimals (cents)"),
                bad("hours-to-the-thousandth.csv", 1, "st_mon", "write at most 2 decimals (hundredths of an hour)"),
                bad("nul-in-name.csv", 1, "last_name", "contains a control character (U+0000)"),
                bad("line-break-in-name.csv", 1, "first_name", "contains a control character (U+000A)"),
                bad("ssn-in-name.csv", 1, "last_name", "looks like a full Social Security number"),
                bad("ssn-full-width.csv", 1, "worker_id", "looks like a full Social Security number"),
                bad("ssn-arabic-indic.csv", 1, "race_ethnicity", "looks like a full Social Security number"),
                bad("ssn-dots-in-classification.csv", 1, "classification", "looks like a full Social Security number"),
                Arguments.of("non-UTF-8 bytes (Latin-1 é in a name, generated)", (Supplier<InputStream>) () ->
                        new ByteArrayInputStream(concat(sample(0, 2), "1,Ren\u00e9e,".getBytes(StandardCharsets
                                .ISO_8859_1))), 2, "last_name", "the file is not valid UTF-8"),
                Arguments.of("a 10 MB cell (generated)", (Supplier<InputStream>) () -> new SequenceInputStream(
                        new ByteArrayInputStream(concat(sample(0, 2), "1,Garcia,".getBytes(StandardCharsets.UTF_8))),
                        new RepeatingInputStream((byte) 'x', 10L * 1024 * 1024)), 2, "first_name",
                        "the cell is longer than 10,000 characters"));
    }

    static Arguments bad(String file, int row, String column, String reason) {
        return Arguments.of(file, (Supplier<InputStream>) () -> open(CORPUS.resolve(file)), row, column, reason);
    }

    @ParameterizedTest(name = "{0} is refused at row {2}, column {3}: {4}")
    @MethodSource("badFiles")
    void aBadFileIsAnsweredWithAClearErrorAndNothingIsKept(String name, Supplier<InputStream> file, int row,
            String column, String reason) throws IOException {
        var sink = new CollectingSink();
        ReadResult result;
        try (InputStream in = file.get()) {
            result = new PayrollCsvReader().read(in, WEEK_ENDING, Limits.DEFAULT, sink);
        }

        assertThat(result.valid()).isFalse();
        assertThat(result.errors()).as(name).anySatisfy(e -> {
            assertThat(e.row()).isEqualTo(row);
            assertThat(e.column()).isEqualTo(column);
            assertThat(e.reason()).contains(reason);
        });
        assertThat(sink.discards).as("discard() called exactly once").isEqualTo(1);
        assertThat(sink.acceptedAfterDiscard).isZero();
        assertThat(sink.rows).as("nothing half-stored").isEmpty();
        assertThat(result.errors()).allSatisfy(e -> assertThat(e.reason()).doesNotContain("123-45-6789", "987654321",
                "=SUM", "$52.50", "11/01/2024", "6789", "\uff16\uff17\uff18\uff19", "\u0666\u0667\u0668\u0669", "GGGG"));
    }

    @ParameterizedTest(name = "{0} is read without error")
    @ValueSource(strings = {"with-bom.csv", "quoted-commas.csv", "upper-case-reordered.csv"})
    void aValidVariantOfTheLayoutIsAccepted(String file) throws IOException {
        var sink = new CollectingSink();
        ReadResult result;
        try (InputStream in = open(CORPUS.resolve(file))) {
            result = new PayrollCsvReader().read(in, WEEK_ENDING, Limits.DEFAULT, sink);
        }

        assertThat(result.errors()).isEmpty();
        assertThat(sink.rows).hasSize(result.rowsRead()).isNotEmpty();
        assertThat(sink.rows.get(0).week().entryNumber()).isEqualTo(1);
        assertThat(sink.rows.get(0).week().workerRef()).isEqualTo("1234");
    }

    @Test
    void quotedCommasStayInsideTheNameAndTheClassification() throws IOException {
        var sink = new CollectingSink();
        try (InputStream in = open(CORPUS.resolve("quoted-commas.csv"))) {
            new PayrollCsvReader().read(in, WEEK_ENDING, Limits.DEFAULT, sink);
        }

        assertThat(sink.rows).extracting(r -> r.name().lastName()).containsExactly("García, de la Cruz", "Nguyen");
        assertThat(sink.rows.get(1).week().classification()).isEqualTo("Laborer, Group 1");
    }

    @Test
    void theByteOrderMarkIsStrippedFromTheFirstColumnName() throws IOException {
        assertThat(Files.readAllBytes(CORPUS.resolve("with-bom.csv"))).startsWith(0xEF, 0xBB, 0xBF);
        var sink = new CollectingSink();
        try (InputStream in = open(CORPUS.resolve("with-bom.csv"))) {
            assertThat(new PayrollCsvReader().read(in, WEEK_ENDING, Limits.DEFAULT, sink).errors()).isEmpty();
        }
        assertThat(sink.rows).singleElement().extracting(r -> r.week().entryNumber()).isEqualTo(1);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    static InputStream open(Path p) {
        try {
            return Files.newInputStream(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines [from, to) of the sample, as UTF-8 bytes with line ends. */
    static byte[] sample(int from, int to) {
        try {
            List<String> lines = Files.readAllLines(SAMPLE).subList(from, to);
            return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** {@code count} copies of one byte, generated as read. */
    static final class RepeatingInputStream extends InputStream {
        private final byte b;
        private long left;

        RepeatingInputStream(byte b, long count) {
            this.b = b;
            this.left = count;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            Arrays.fill(buf, off, off + n, b);
            left -= n;
            return n;
        }
    }
}
