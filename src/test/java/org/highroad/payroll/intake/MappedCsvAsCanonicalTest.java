package org.highroad.payroll.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.highroad.payroll.wages.DayHours;
import org.highroad.payroll.wages.WorkerWeek;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A contractor's own export read with a column map, then checked as the canonical layout. Figures are worked by hand in
 * each test: one electrician, 8 hours Monday to Friday at $60.00 = $2,400.00; tax $300.00, FICA $183.60.
 */
class MappedCsvAsCanonicalTest {

    static final LocalDate WEEK_ENDING = LocalDate.of(2025, 3, 8); // Saturday; Sunday is 2025-03-02
    static final PayrollCsvReader READER = new PayrollCsvReader();

    /** Reads {@code file} with {@code map}: the canonical rows, and every error in the file's terms. */
    record Read(List<ParsedRow> rows, List<RowError> errors, MappedCsvAsCanonical mapped, ReadResult result) {
        List<String> reasons() {
            return errors.stream().map(RowError::toString).toList();
        }
    }

    static Read read(ColumnMap map, String file) {
        return read(map, file, PayrollPeriod.week(WEEK_ENDING));
    }

    static Read read(ColumnMap map, String file, PayrollPeriod period) {
        assertThat(ColumnMapCheck.problems(map)).as("the map itself is valid").isEmpty();
        var mapped = new MappedCsvAsCanonical(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), map,
                period, Limits.DEFAULT);
        var sink = new CollectingSink();
        ReadResult result = READER.read(mapped, period, Limits.DEFAULT, sink);
        return new Read(sink.rows, mapped.errors(result), mapped, result);
    }

    static ColumnMap.Column col(String source, String target) {
        return new ColumnMap.Column(source, target);
    }

    /** A European export: semicolons, decimal commas, euro signs, German dates and codes, two "other" deductions. */
    static ColumnMap european(List<String> ignore) {
        List<ColumnMap.Column> columns = new ArrayList<>(List.of(col("Nr", "entry_number"), col("Name", "last_name"),
                col("Vorname", "first_name"), col("Ausweis", "worker_id"), col("Stufe", "level"),
                col("Gewerk", "classification"), col("Mo", "st_mon"), col("Di", "st_tue"), col("Mi", "st_wed"),
                col("Do", "st_thu"), col("Fr", "st_fri"), col("Lohn", "rate_st"), col("Zulage", "fringe_credit_per_hour"),
                col("Brutto", "gross_this_project"), col("Brutto gesamt", "gross_all_work"), col("Steuer", "deductions_tax"),
                col("Sozial", "deductions_fica"), col("Gewerkschaft", "deductions_other"), col("Pfändung", "deductions_other"),
                col("Abzüge", "deductions_total"), col("Netto", "net_pay"), col("Ortsansässig", "resident"),
                col("Seit", "address_effective_from")));
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        values.put("level", Map.of("Geselle", "J", "Lehrling", "RA"));
        values.put("resident", Map.of("Ja", "Y", "Nein", "N"));
        values.put("classification", Map.of("Elektriker", "ELECTRICIAN (hyp.)"));
        return new ColumnMap("Lohnbuchhaltung", ColumnMap.Days.COLUMNS, ";", "dd.MM.yyyy",
                new ColumnMap.NumberFormat(",", ".", "€"), columns, ignore, values, List.of());
    }

    static final String EUROPEAN_HEADER = "Nr;Name;Vorname;Ausweis;Stufe;Gewerk;Mo;Di;Mi;Do;Fr;Lohn;Zulage;Brutto;"
            + "Brutto gesamt;Steuer;Sozial;Gewerkschaft;Pfändung;Abzüge;Netto;Ortsansässig;Seit";

    // 2,400.00 − (300.00 + 183.60 + 20.00 + 30.00 = 533.60) = 1,866.40
    static final String EUROPEAN_ROW = "1;Garcia;Maria;1234;Geselle;Elektriker;8;8;8;8;8;60,00 €;31,40 €;2.400,00 €;"
            + "2.400,00 €;300,00;183,60;20,00;30,00;533,60;1.866,40 €;Ja;01.02.2025";

    @Test
    void anExportWithItsOwnNamesFormatsAndCodesIsReadAsTheCanonicalRow() {
        Read read = read(european(List.of()), EUROPEAN_HEADER + "\n" + EUROPEAN_ROW + "\n");

        assertThat(read.errors()).isEmpty();
        assertThat(read.rows()).hasSize(1);
        ParsedRow row = read.rows().get(0);
        WorkerWeek w = row.week();
        assertThat(w.entryNumber()).isEqualTo(1);
        assertThat(w.level()).isEqualTo(WorkerWeek.Level.JOURNEYWORKER);
        assertThat(w.classification()).isEqualTo("ELECTRICIAN (hyp.)");
        assertThat(w.days()).extracting(DayHours::date).containsExactly(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4),
                LocalDate.of(2025, 3, 5), LocalDate.of(2025, 3, 6), LocalDate.of(2025, 3, 7));
        assertThat(w.straightRate()).isEqualByComparingTo("60.00");
        assertThat(w.fringeCreditPerHour()).isEqualByComparingTo("31.40");
        assertThat(row.pay().grossThisProject()).isEqualByComparingTo("2400.00");
        assertThat(row.pay().deductionsOther()).as("Gewerkschaft 20,00 + Pfändung 30,00").isEqualByComparingTo("50.00");
        assertThat(row.pay().netPay()).isEqualByComparingTo("1866.40");
        assertThat(row.extensions().resident()).isTrue();
        assertThat(row.extensions().addressEffectiveFrom()).isEqualTo(LocalDate.of(2025, 2, 1));
    }

    @Test
    void aColumnTheMapNeitherReadsNorIgnoresIsRefusedAndAnIgnoredOneIsListed() {
        String file = EUROPEAN_HEADER + ";Kostenstelle;Abteilung\n" + EUROPEAN_ROW + ";4711;Bau\n";

        Read refused = read(european(List.of("Abteilung")), file);
        assertThat(refused.errors()).extracting(RowError::row, RowError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, "Kostenstelle"));
        assertThat(refused.errors().get(0).reason()).contains("neither reads nor ignores");
        assertThat(refused.mapped().unmappedColumns()).containsExactly("Kostenstelle");
        assertThat(refused.mapped().ignoredColumns()).containsExactly("Abteilung");

        Read accepted = read(european(List.of("abteilung", "KOSTENSTELLE")), file);
        assertThat(accepted.errors()).isEmpty();
        assertThat(accepted.rows()).hasSize(1);
    }

    @Test
    void aCodeTheMapDoesNotListIsAnErrorNamingRowColumnAndKindButNotTheValue() {
        String file = EUROPEAN_HEADER + "\n" + EUROPEAN_ROW + "\n"
                + EUROPEAN_ROW.replace("1;Garcia", "2;Lopez").replace("Geselle", "123-45-6789")
                        .replace("Elektriker", "Maurer").replace("1234", "987-65-4321") + "\n";

        Read read = read(european(List.of()), file);

        assertThat(read.reasons()).containsExactlyInAnyOrder(
                "row 2, Ausweis: " + StorableText.FULL_SSN + "; give the last four digits or an employer id (field worker_id)",
                "row 2, Stufe: a level value the map does not list (the value is not shown): add it to the map's values.level"
                        + " (field level)",
                "row 2, Gewerk: a classification value the map does not list (the value is not shown): add it to the map's "
                        + "values.classification (field classification)");
        assertThat(String.join("\n", read.reasons())).doesNotContain("6789", "4321", "Maurer");
    }

    @ParameterizedTest(name = "{3} with decimal {0} thousands [{1}] currency {2} -> {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        ",|.|€|1.234,50 €|1234.50",
        ",|.|€|€ 1.234,50|1234.50",
        ".|,|$|$1,234.50|1234.50",
        ".|,|$|-$5.00|-5.00",
        ".|,|$|1234.50|1234.50",
        ".|||1234.5|1234.5",
        ".|||.5|.5",
        ",|\" \"||1 234,5|1234.5",
        ",|\" \"||1\u00A0234,5|1234.5",
        ".|'|CHF|CHF 1'234.50|1234.50",
        ",|.||1,234.50|ERROR",
        ".|,||12,34|ERROR",
        ".|,||1,2345|ERROR",
        ".|||1e3|ERROR",
        ".|||12 h|ERROR",
        ".|||$12|ERROR",
        ",|.|€|12.5|ERROR",
    })
    void numbersAreReadInTheMapsFormat(String decimal, String thousands, String symbol, String cell, String expected) {
        ColumnMap map = new ColumnMap("n", null, null, null, new ColumnMap.NumberFormat(decimal, thousands == null ? "" : thousands,
                symbol == null ? "" : symbol), List.of(col("a", "rate_st")), List.of(), Map.of(), List.of());
        var mapped = new MappedCsvAsCanonical(InputStream.nullInputStream(), map, WEEK_ENDING, Limits.DEFAULT);

        String plain = mapped.plainNumber(cell);

        assertThat(plain == null ? "ERROR" : plain).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} as {0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "MM/dd/yyyy|03/04/2025|2025-03-04",
        "M/d/yyyy|3/4/2025|2025-03-04",
        "dd.MM.yyyy|04.03.2025|2025-03-04",
        "yyyy-MM-dd|2025-03-04|2025-03-04",
        "MM/dd/yyyy|02/30/2025|ERROR",
        "MM/dd/yyyy|2025-03-04|ERROR",
        "dd.MM.yyyy|4.3.2025|ERROR",
    })
    void datesAreReadInTheMapsFormat(String pattern, String cell, String expected) {
        ColumnMap map = european(List.of());
        map = new ColumnMap(map.name(), map.days(), map.delimiter(), pattern, map.number(), map.columns(), map.ignore(),
                map.values(), map.perDay());
        Read read = read(map, EUROPEAN_HEADER + "\n" + EUROPEAN_ROW.replace("01.02.2025", cell) + "\n");

        if (expected.equals("ERROR")) {
            assertThat(read.reasons()).containsExactly("row 1, Seit: not a date as the map writes them (" + pattern
                    + ") (field address_effective_from)");
        } else {
            assertThat(read.errors()).isEmpty();
            assertThat(read.rows().get(0).extensions().addressEffectiveFrom()).isEqualTo(LocalDate.parse(expected));
        }
    }

    @Test
    void aCanonicalCheckIsToldByTheFilesRowAndColumn() {
        // gross 2.500,00 is not 5 × 8 × 60,00 = 2.400,00
        String file = EUROPEAN_HEADER + "\n\n" + EUROPEAN_ROW.replace("2.400,00 €;2.400,00 €", "2.500,00 €;2.500,00 €")
                .replace("1.866,40", "1.966,40") + "\n";

        Read read = read(european(List.of()), file);

        assertThat(read.errors()).hasSize(1);
        RowError e = read.errors().get(0);
        assertThat(e.row()).as("the blank line counts, as in a canonical file").isEqualTo(2);
        assertThat(e.column()).isEqualTo("Brutto");
        assertThat(e.reason()).endsWith("(field gross_this_project)");
    }

    static ColumnMap daily(List<String> perDay) {
        List<ColumnMap.Column> columns = List.of(col("Emp", "entry_number"), col("Last", "last_name"), col("First", "first_name"),
                col("ID", "worker_id"), col("Type", "level"), col("Craft", "classification"), col("Date", "work_date"),
                col("Reg", "hours_straight"), col("OT", "hours_overtime"), col("Rate", "rate_st"), col("OT Rate", "rate_ot"),
                col("Fringe", "fringe_credit_per_hour"), col("Gross", "gross_this_project"), col("Gross All", "gross_all_work"),
                col("Tax", "deductions_tax"), col("FICA", "deductions_fica"), col("Other", "deductions_other"),
                col("Total Ded", "deductions_total"), col("Net", "net_pay"));
        return new ColumnMap("Daily timecards", ColumnMap.Days.ROWS, ",", "MM/dd/yyyy", new ColumnMap.NumberFormat(".", ",", "$"),
                columns, List.of(), Map.of("level", Map.of("Journeyman", "J", "Apprentice", "RA")), perDay);
    }

    static final String DAILY_HEADER = "Emp,Last,First,ID,Type,Craft,Date,Reg,OT,Rate,OT Rate,Fringe,Gross,Gross All,Tax,FICA,"
            + "Other,Total Ded,Net";

    /** Garcia's week per day: Monday 4 + 4 hours (two rows), Tuesday to Friday 8, Saturday 2 overtime at $90.00. */
    static String garciaDays(String weekly) {
        String[] dates = {"03/03/2025", "03/03/2025", "03/04/2025", "03/05/2025", "03/06/2025", "03/07/2025", "03/08/2025"};
        String[] reg = {"4", "4", "8", "8", "8", "8", ""};
        String[] ot = {"", "", "", "", "", "", "2"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < dates.length; i++) {
            b.append("1,Garcia,Maria,1234,Journeyman,ELECTRICIAN (hyp.),").append(dates[i]).append(',').append(reg[i]).append(',')
                    .append(ot[i]).append(",$60.00,$90.00,31.40,").append(weekly).append('\n');
        }
        return b.toString();
    }

    // 40 × 60.00 + 2 × 90.00 = 2,580.00; deductions 300.00 + 183.60 = 483.60; net 2,096.40
    static final String GARCIA_WEEK = "\"$2,580.00\",\"$2,580.00\",300.00,183.60,0,483.60,\"$2,096.40\"";

    @Test
    void daysAsRowsAreGroupedIntoTheWorkersWeek() {
        String lee = "2,Lee,Ann,5678,Apprentice,ELECTRICIAN (hyp.),03/04/2025,8,,36.00,,18.84,288.00,288.00,20.00,22.03,0,42.03,245.97\n";
        Read read = read(daily(List.of()), DAILY_HEADER + "\n" + garciaDays(GARCIA_WEEK) + lee);

        assertThat(read.errors()).isEmpty();
        assertThat(read.rows()).hasSize(2);
        WorkerWeek garcia = read.rows().get(0).week();
        assertThat(garcia.days()).containsExactly(
                new DayHours(LocalDate.of(2025, 3, 3), new BigDecimal("8"), BigDecimal.ZERO),
                new DayHours(LocalDate.of(2025, 3, 4), new BigDecimal("8"), BigDecimal.ZERO),
                new DayHours(LocalDate.of(2025, 3, 5), new BigDecimal("8"), BigDecimal.ZERO),
                new DayHours(LocalDate.of(2025, 3, 6), new BigDecimal("8"), BigDecimal.ZERO),
                new DayHours(LocalDate.of(2025, 3, 7), new BigDecimal("8"), BigDecimal.ZERO),
                new DayHours(LocalDate.of(2025, 3, 8), BigDecimal.ZERO, new BigDecimal("2")));
        assertThat(read.rows().get(0).pay().grossThisProject()).isEqualByComparingTo("2580.00");
        assertThat(read.rows().get(1).week().level()).isEqualTo(WorkerWeek.Level.APPRENTICE);
        assertThat(read.mapped().sourceRow(1)).isEqualTo(1);
        assertThat(read.mapped().sourceRow(2)).as("Lee's row follows Garcia's seven").isEqualTo(8);
    }

    @Test
    void withDaysAsRowsAnAmountGivenPerDayIsAddedUpWhenTheMapSaysSo() {
        // gross per day: 4 × 60 = 240 twice, 480 four times, 2 × 90 = 180: 240 + 240 + 4 × 480 + 180 = 2,580.00
        String[] gross = {"240.00", "240.00", "480.00", "480.00", "480.00", "480.00", "180.00"};
        String[] lines = garciaDays("X,\"$2,580.00\",300.00,183.60,0,483.60,\"$2,096.40\"").split("\n");
        StringBuilder file = new StringBuilder(DAILY_HEADER + "\n");
        for (int i = 0; i < lines.length; i++) {
            file.append(lines[i].replace(",X,", "," + gross[i] + ",")).append('\n');
        }

        Read summed = read(daily(List.of("gross_this_project")), file.toString());
        assertThat(summed.errors()).isEmpty();
        assertThat(summed.rows().get(0).pay().grossThisProject()).isEqualByComparingTo("2580.00");

        Read notSummed = read(daily(List.of()), file.toString());
        assertThat(notSummed.reasons()).anySatisfy(r -> assertThat(r).startsWith("row 3, Gross: differs from this worker's "
                + "first row of the week (row 1)").contains("perDay"));
    }

    @Test
    void withDaysAsRowsADayOutsideTheWeekAndAWorkerWhoseRowsAreNotTogetherAreRefused() {
        String lee = "2,Lee,Ann,5678,Apprentice,ELECTRICIAN (hyp.),03/04/2025,8,,36.00,,18.84,288.00,288.00,20.00,22.03,0,42.03,245.97\n";
        String[] garcia = garciaDays(GARCIA_WEEK).split("\n");
        String file = DAILY_HEADER + "\n" + garcia[0] + "\n" + lee + String.join("\n", List.of(garcia).subList(1, 7)) + "\n"
                + garcia[1].replace("03/03/2025", "03/09/2025") + "\n";

        Read read = read(daily(List.of()), file);

        assertThat(read.reasons()).contains(
                "row 3, Emp: this worker's rows of the week go on here after other workers' rows: sort the export by worker, "
                        + "so that each worker's rows are together (field entry_number)",
                "row 9, Date: is not a day of the payroll week (2025-03-02 to 2025-03-08) (field work_date)");
    }

    /**
     * A monthly period, March 2025 (Saturday 1st to Monday 31st): Garcia's days are grouped per work week, each week
     * its own row with its Saturday as week_ending, so overtime is counted in each week. Week of 3-8: 4 + 4 Monday,
     * 8 Tuesday to Friday, 2 overtime Saturday; week of 3-15: 8 on Monday 3-10 alone, its own totals 8 × 60 = 480.00.
     * A day of April is outside the period.
     */
    @Test
    void withDaysAsRowsOverAPeriodLongerThanAWeekEachWorkWeekIsItsOwnRow() {
        PayrollPeriod march = new PayrollPeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));
        String secondWeek = "1,Garcia,Maria,1234,Journeyman,ELECTRICIAN (hyp.),03/10/2025,8,,$60.00,$90.00,31.40,"
                + "480.00,480.00,60.00,36.72,0,96.72,383.28\n";
        String file = DAILY_HEADER + "\n" + garciaDays(GARCIA_WEEK) + secondWeek;

        Read read = read(daily(List.of()), file, march);

        assertThat(read.errors()).isEmpty();
        assertThat(read.rows()).hasSize(2);
        assertThat(read.rows().get(0).week().days()).hasSize(6).first()
                .isEqualTo(new DayHours(LocalDate.of(2025, 3, 3), new BigDecimal("8"), BigDecimal.ZERO));
        assertThat(read.rows().get(0).pay().grossThisProject()).isEqualByComparingTo("2580.00");
        assertThat(read.rows().get(1).week().days())
                .containsExactly(new DayHours(LocalDate.of(2025, 3, 10), new BigDecimal("8"), BigDecimal.ZERO));
        assertThat(read.rows().get(1).pay().grossThisProject()).isEqualByComparingTo("480.00");
        assertThat(read.mapped().sourceRow(2)).as("the second week begins on the file's eighth row").isEqualTo(8);

        Read april = read(daily(List.of()), file + secondWeek.replace("03/10/2025", "04/01/2025"), march);
        assertThat(april.reasons()).contains(
                "row 9, Date: is not a day of the payroll period (2025-03-01 to 2025-03-31) (field work_date)");
    }

    @Test
    void thePreviewShowsTheFirstRowsAsReadWithoutARefusedCell() {
        String file = EUROPEAN_HEADER + "\n" + EUROPEAN_ROW + "\n" + EUROPEAN_ROW.replace("1;Garcia", "2;Lopez")
                .replace("1234", "123-45-6789") + "\n";

        Read read = read(european(List.of()), file);

        List<MappedCsvAsCanonical.PreviewRow> rows = read.mapped().preview(read.result());
        assertThat(rows).extracting(MappedCsvAsCanonical.PreviewRow::row).containsExactly(1, 2);
        assertThat(rows.get(0).fields()).containsEntry("worker_id", "1234").containsEntry("rate_st", "60,00".replace(',', '.'))
                .containsEntry("level", "J").containsEntry("deductions_other", "50.00");
        assertThat(rows.get(1).fields()).containsEntry("worker_id", null).containsEntry("last_name", "Lopez");
        assertThat(rows.toString()).doesNotContain("6789");
    }

    @Test
    void theRev2008Wh347SampleIsReadWithTheBuiltInMap() throws Exception {
        Read read;
        try (InputStream in = Files.newInputStream(Path.of("docs/examples/payroll-wh347-2008.csv"))) {
            var mapped = new MappedCsvAsCanonical(in, BuiltInMaps.wh347Rev2008(), WEEK_ENDING, Limits.DEFAULT);
            var sink = new CollectingSink();
            ReadResult result = READER.read(mapped, WEEK_ENDING, Limits.DEFAULT, sink);
            read = new Read(sink.rows, mapped.errors(result), mapped, result);
        }

        assertThat(ColumnMapCheck.problems(BuiltInMaps.wh347Rev2008())).isEmpty();
        assertThat(read.errors()).isEmpty();
        assertThat(read.mapped().ignoredColumns()).containsExactly("Withholding Exemptions", "Total Hours S", "Total Hours O");
        assertThat(read.rows()).hasSize(2);
        ParsedRow garcia = read.rows().get(0);
        assertThat(garcia.week().level()).isEqualTo(WorkerWeek.Level.JOURNEYWORKER);
        assertThat(garcia.pay().grossThisProject()).isEqualByComparingTo("2580.00");
        assertThat(read.rows().get(1).week().level()).isEqualTo(WorkerWeek.Level.APPRENTICE);
    }

    @Test
    void aFileMissingAColumnTheMapReadsStopsAtTheHeader() {
        String file = EUROPEAN_HEADER.replace(";Seit", "") + "\n" + EUROPEAN_ROW.replace(";01.02.2025", "") + "\n";

        Read read = read(european(List.of()), file);

        assertThat(read.mapped().stoppedEarly()).isTrue();
        assertThat(read.reasons()).containsExactly("row 0, Seit: the map reads this column but the file has no such header");
    }
}
