package org.highroad.payroll.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a map can be wrong, each named by the field of the map at fault. */
class ColumnMapCheckTest {

    static ColumnMap good() {
        return MappedCsvAsCanonicalTest.european(List.of("Abteilung"));
    }

    static ColumnMap with(ColumnMap m, UnaryOperator<List<ColumnMap.Column>> columns) {
        return new ColumnMap(m.name(), m.days(), m.delimiter(), m.dateFormat(), m.number(), columns.apply(new ArrayList<>(m.columns())),
                m.ignore(), m.values(), m.perDay());
    }

    static Stream<Arguments> badMaps() {
        ColumnMap g = good();
        Map<String, Map<String, String>> badLevel = new LinkedHashMap<>(g.values());
        badLevel.put("level", Map.of("Geselle", "JOURNEYMAN"));
        Map<String, Map<String, String>> gender = new LinkedHashMap<>(g.values());
        gender.put("gender", Map.of("w", "Female"));
        Map<String, Map<String, String>> twice = new LinkedHashMap<>(g.values());
        twice.put("resident", Map.of("Ja", "Y", "JA", "Y"));
        Map<String, Map<String, String>> formula = new LinkedHashMap<>(g.values());
        formula.put("classification", Map.of("Elektriker", "=HYPERLINK()"));
        return Stream.of(
                Arguments.of("no name", new ColumnMap(" ", g.days(), g.delimiter(), g.dateFormat(), g.number(), g.columns(),
                        g.ignore(), g.values(), g.perDay()), "name"),
                Arguments.of("a colon delimiter", new ColumnMap(g.name(), g.days(), ":", g.dateFormat(), g.number(), g.columns(),
                        g.ignore(), g.values(), g.perDay()), "delimiter"),
                Arguments.of("a time pattern", new ColumnMap(g.name(), g.days(), g.delimiter(), "HH:mm", g.number(), g.columns(),
                        g.ignore(), g.values(), g.perDay()), "dateFormat"),
                Arguments.of("a month and year only", new ColumnMap(g.name(), g.days(), g.delimiter(), "MM/yyyy", g.number(),
                        g.columns(), g.ignore(), g.values(), g.perDay()), "dateFormat"),
                Arguments.of("a semicolon decimal", new ColumnMap(g.name(), g.days(), g.delimiter(), g.dateFormat(),
                        new ColumnMap.NumberFormat(";", "", ""), g.columns(), g.ignore(), g.values(), g.perDay()),
                        "number.decimalSeparator"),
                Arguments.of("thousands like decimals", new ColumnMap(g.name(), g.days(), g.delimiter(), g.dateFormat(),
                        new ColumnMap.NumberFormat(",", ",", ""), g.columns(), g.ignore(), g.values(), g.perDay()),
                        "number.thousandsSeparator"),
                Arguments.of("a digit as currency", new ColumnMap(g.name(), g.days(), g.delimiter(), g.dateFormat(),
                        new ColumnMap.NumberFormat(".", "", "U5D"), g.columns(), g.ignore(), g.values(), g.perDay()),
                        "number.currencySymbol"),
                Arguments.of("an unknown field", with(g, c -> {
                    c.set(1, new ColumnMap.Column("Name", "surname"));
                    return c;
                }), "columns[1].target"),
                Arguments.of("a required field fed by nothing", with(g, c -> {
                    c.remove(3); // Ausweis -> worker_id
                    return c;
                }), "columns"),
                Arguments.of("a file column read twice", with(g, c -> {
                    c.add(new ColumnMap.Column("NAME", "middle_initial"));
                    return c;
                }), "columns[23].source"),
                Arguments.of("a full SSN as a header", with(g, c -> {
                    c.add(new ColumnMap.Column("123-45-6789", "middle_initial"));
                    return c;
                }), "columns[23].source"),
                Arguments.of("two columns for a text field", with(g, c -> {
                    c.add(new ColumnMap.Column("Nachname", "last_name"));
                    return c;
                }), "columns[23].target"),
                Arguments.of("a day column with days as rows", new ColumnMap(g.name(), ColumnMap.Days.ROWS, g.delimiter(),
                        g.dateFormat(), g.number(), g.columns(), g.ignore(), g.values(), g.perDay()), "columns[6].target"),
                Arguments.of("work_date with days as columns", with(g, c -> {
                    c.add(new ColumnMap.Column("Datum", "work_date"));
                    return c;
                }), "columns[23].target"),
                Arguments.of("an ignored column that is read", new ColumnMap(g.name(), g.days(), g.delimiter(), g.dateFormat(),
                        g.number(), g.columns(), List.of("nr"), g.values(), g.perDay()), "ignore[0]"),
                Arguments.of("a level that is not J or RA", new ColumnMap(g.name(), g.days(), g.delimiter(), g.dateFormat(),
                        g.number(), g.columns(), g.ignore(), badLevel, g.perDay()), "values.level"),
                Arguments.of("a value map for a field without codes", new ColumnMap(g.name(), g.days(), g.delimiter(),
                        g.dateFormat(), g.number(), g.columns(), g.ignore(), gender, g.perDay()), "values.gender"),
                Arguments.of("a file value listed twice", new ColumnMap(g.name(), g.days(), g.delimiter(), g.dateFormat(),
                        g.number(), g.columns(), g.ignore(), twice, g.perDay()), "values.resident"),
                Arguments.of("a classification read as a formula", new ColumnMap(g.name(), g.days(), g.delimiter(),
                        g.dateFormat(), g.number(), g.columns(), g.ignore(), formula, g.perDay()), "values.classification"),
                Arguments.of("perDay with days as columns", new ColumnMap(g.name(), g.days(), g.delimiter(), g.dateFormat(),
                        g.number(), g.columns(), g.ignore(), g.values(), List.of("gross_this_project")), "perDay[0]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badMaps")
    void aBadMapIsRefusedNamingTheField(String what, ColumnMap map, String field) {
        assertThat(ColumnMapCheck.problems(map)).extracting(ColumnMapCheck.Problem::field).contains(field);
    }

    @Test
    void theMapsOfTheExamplesAndTheBuiltInMapAreGood() {
        assertThat(ColumnMapCheck.problems(good())).isEmpty();
        assertThat(ColumnMapCheck.problems(MappedCsvAsCanonicalTest.daily(List.of("gross_this_project")))).isEmpty();
        assertThat(ColumnMapCheck.problems(BuiltInMaps.wh347Rev2008())).isEmpty();
    }

    @Test
    void everyFieldOfTheLayoutCanBeFedSoAColumnTheLayoutGainsIsMappableAtOnce() {
        assertThat(ColumnMapCheck.targets(false)).containsAll(PayrollCsvLayout.ALL);
        assertThat(ColumnMapCheck.targets(true)).contains("work_date", "hours_straight", "hours_overtime")
                .doesNotContain("st_mon", "ot_sat");
    }
}
