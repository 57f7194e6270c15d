package org.highroad.payroll.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.highroad.platform.pages.PageReasons;
import org.highroad.platform.pages.PageReasonsTest;
import org.junit.jupiter.api.Test;

/**
 * Every reason the payroll CSV reader gives (the corpus of bad files and one mistake of each other kind, made on the
 * sample) has its code: a Spanish page reads it in Spanish. A reason added to the reader without its code fails here.
 */
class PayrollCsvReasonsInSpanishTest {

    static final Locale ES = Locale.forLanguageTag("es");
    static final LocalDate WEEK_ENDING = PayrollCsvCorpusTest.WEEK_ENDING;
    static final String HEADER;
    static final String GARCIA;
    static final String ONEIL;

    static {
        try {
            List<String> lines = Files.readAllLines(PayrollCsvCorpusTest.SAMPLE);
            HEADER = lines.get(0);
            GARCIA = lines.get(1);
            ONEIL = lines.get(2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyReasonOfTheReaderReadsInSpanish() throws IOException {
        List<RowError> errors = new ArrayList<>();
        try (Stream<Path> corpus = Files.list(PayrollCsvCorpusTest.CORPUS)) {
            for (Path file : corpus.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                errors.addAll(read(Files.readAllBytes(file), WEEK_ENDING, Limits.DEFAULT));
            }
        }
        List<String[]> mistakes = List.of(
                new String[] {"level", "X"}, new String[] {"resident", "maybe"},
                new String[] {"address_effective_from", "2025-03-09"}, new String[] {"address_effective_from", "soon"},
                new String[] {"entry_number", "0"}, new String[] {"entry_number", "one"},
                new String[] {"apprentice_level", "3"}, new String[] {"rate_ot", ""},
                new String[] {"ot_sat", "1.5"}, new String[] {"gross_all_work", "2000.00"},
                new String[] {"deductions_total", "1.00"}, new String[] {"net_pay", "1.00"},
                new String[] {"last_name", "=SUM(A1)"}, new String[] {"worker_id", "123-45-6789"},
                new String[] {"rate_st", "-1"}, new String[] {"rate_st", "52.505"}, new String[] {"classification", ""});
        for (String[] m : mistakes) {
            String row = m[0].equals("rate_ot") ? with(with(GARCIA, "ot_sat", "2"), "rate_ot", "") : with(GARCIA, m[0], m[1]);
            errors.addAll(read(csv(HEADER, row), WEEK_ENDING, Limits.DEFAULT));
        }
        errors.addAll(read(csv(HEADER, with(GARCIA, "apprentice_level", "100")), WEEK_ENDING, Limits.DEFAULT));
        errors.addAll(read(csv(HEADER.replace("entry_number,", "entry_number,week_ending,"),
                GARCIA.replaceFirst("^1,", "1,2025-03-15,")), WEEK_ENDING, Limits.DEFAULT));
        errors.addAll(read(csv(HEADER + ",", GARCIA + ","), WEEK_ENDING, Limits.DEFAULT));
        errors.addAll(read(csv(HEADER + ",x\u0001y", GARCIA + ","), WEEK_ENDING, Limits.DEFAULT));
        errors.addAll(read(csv(HEADER, GARCIA, ONEIL), WEEK_ENDING, new Limits(64L * 1024 * 1024, 10_000, 1, 1_000)));
        errors.addAll(read(csv(HEADER, with(GARCIA, "level", "X"), with(ONEIL, "level", "X")), WEEK_ENDING,
                new Limits(64L * 1024 * 1024, 10_000, 250_000, 1)));
        errors.addAll(read(csv(HEADER, GARCIA, ONEIL), WEEK_ENDING, new Limits(HEADER.length() + 10, 10_000, 250_000, 1_000)));
        errors.addAll(read(csv(HEADER, GARCIA), WEEK_ENDING.minusDays(1), Limits.DEFAULT));
        // a two-week period: rows name their work week
        PayrollPeriod twoWeeks = new PayrollPeriod(WEEK_ENDING.minusDays(13), WEEK_ENDING);
        errors.addAll(read(csv(HEADER, GARCIA), twoWeeks));
        String weekly = HEADER.replace("entry_number,", "entry_number,week_ending,");
        errors.addAll(read(csv(weekly, GARCIA.replaceFirst("^1,", "1,2025-03-07,")), twoWeeks));
        errors.addAll(read(csv(weekly, GARCIA.replaceFirst("^1,", "1,2025-03-22,")), twoWeeks));
        errors.addAll(read(csv(weekly, GARCIA.replaceFirst("^1,", "1,2025-02-22,")), twoWeeks));

        PageReasons reasons = PageReasonsTest.reasons();
        assertThat(errors).hasSizeGreaterThan(45);
        List<String> unknown = errors.stream().map(RowError::reason).filter(r -> reasons.codeOf(r) == null).distinct().toList();
        assertThat(unknown).as("reasons without a code").isEmpty();
        for (RowError e : errors) {
            String spanish = reasons.text(e.reason(), ES);
            assertThat(spanish).as("%s in Spanish", e.reason()).isNotBlank().isNotEqualTo(e.reason());
        }
        assertThat(errors.stream().map(e -> reasons.codeOf(e.reason())).distinct().count()).as("codes met")
                .isGreaterThan(35);
    }

    private static List<RowError> read(byte[] content, LocalDate weekEnding, Limits limits) {
        InputStream in = new ByteArrayInputStream(content);
        return new PayrollCsvReader().read(in, weekEnding, limits, new CollectingSink()).errors();
    }

    private static List<RowError> read(byte[] content, PayrollPeriod period) {
        return new PayrollCsvReader().read(new ByteArrayInputStream(content), period, Limits.DEFAULT, new CollectingSink())
                .errors();
    }

    private static byte[] csv(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The sample's first row with {@code column} set to {@code value} (the row has no quoted cell). */
    static String with(String row, String column, String value) {
        List<String> columns = List.of(HEADER.split(",", -1));
        String[] cells = row.split(",", -1);
        cells[columns.indexOf(column)] = value;
        return String.join(",", cells);
    }
}
