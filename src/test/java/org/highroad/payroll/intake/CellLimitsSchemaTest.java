package org.highroad.payroll.intake;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.highroad.payroll.statement.StatementOfCompliance;
import org.highroad.payroll.statement.StatementOfCompliance.ApprenticeshipProgram;
import org.highroad.payroll.statement.StatementOfCompliance.FringePlan;
import org.highroad.payroll.statement.StatementText;
import org.highroad.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The limits the reader checks cells against ({@link PayrollCsvLayout#TEXT}, {@link PayrollCsvLayout#NUMBERS}), the
 * bounds of an error ({@link RowError}) and the bounds of a Statement of Compliance are those of the database columns
 * they are kept in, read from INFORMATION_SCHEMA, so a migration cannot change one without the other. Run on H2 here
 * and on PostgreSQL by {@link CellLimitsSchemaPostgresTest}.
 */
class CellLimitsSchemaTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    /** character_maximum_length, numeric_precision, numeric_scale of {@code table.column}, lower case. */
    record ColumnType(String dataType, Integer length, Integer precision, Integer scale) {
    }

    ColumnType column(String qualified) {
        String[] parts = qualified.split("\\.");
        List<ColumnType> found = jdbc.query("select data_type, character_maximum_length, numeric_precision, numeric_scale "
                + "from information_schema.columns where lower(table_name) = ? and lower(column_name) = ?",
                (rs, n) -> new ColumnType(rs.getString(1).toLowerCase(Locale.ROOT), (Integer) number(rs.getObject(2)),
                        (Integer) number(rs.getObject(3)), (Integer) number(rs.getObject(4))), parts[0], parts[1]);
        assertThat(found).as(qualified).hasSize(1);
        return found.get(0);
    }

    private static Object number(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    @Test
    void everyTextColumnOfThePayrollHoldsExactlyWhatItsRowColumnHoldsAndEveryCopyAtLeastAsMuch() {
        PayrollCsvLayout.TEXT.forEach((name, limit) -> {
            for (int i = 0; i < limit.keptIn().size(); i++) {
                ColumnType kept = column(limit.keptIn().get(i));
                assertThat(kept.dataType()).as(limit.keptIn().get(i)).isEqualTo("character varying");
                if (i == 0) {
                    assertThat(kept.length()).as(name + " in " + limit.keptIn().get(i)).isEqualTo(limit.maxLength());
                } else {
                    assertThat(kept.length()).as(name + " copied to " + limit.keptIn().get(i))
                            .isGreaterThanOrEqualTo(limit.maxLength());
                }
            }
        });
    }

    @Test
    void everyNumberColumnOfThePayrollHasThePrecisionAndScaleOfItsColumn() {
        PayrollCsvLayout.NUMBERS.forEach((name, limit) -> limit.keptIn().forEach(kept -> {
            ColumnType type = column(kept);
            assertThat(type.dataType()).as(kept).isEqualTo("numeric");
            assertThat(type.precision()).as(name + " in " + kept).isEqualTo(limit.precision());
            assertThat(type.scale()).as(name + " in " + kept).isEqualTo(limit.scale());
        }));
    }

    @Test
    void everyTextAndNumberColumnOfAStoredRowHasALimitInTheLayout() {
        Set<String> limited = new HashSet<>();
        PayrollCsvLayout.TEXT.values().forEach(l -> limited.addAll(l.keptIn().stream().limit(1).toList()));
        PayrollCsvLayout.NUMBERS.values().forEach(l -> limited.addAll(l.keptIn()));
        Set<String> stored = new HashSet<>(jdbc.queryForList("select lower(table_name) || '.' || lower(column_name) from "
                + "information_schema.columns where lower(table_name) in ('payroll_row', 'payroll_row_day') and "
                + "lower(data_type) in ('character varying', 'numeric')", String.class));

        stored.remove("payroll_row.level"); // written from J or RA as JOURNEYWORKER or APPRENTICE, not as typed
        assertThat(limited).containsExactlyInAnyOrderElementsOf(stored);
    }

    @Test
    void anErrorFitsWhereTheErrorsOfARejectedPayrollAreKept() {
        assertThat(column("payroll_error.column_name").length()).isEqualTo(RowError.MAX_COLUMN);
        assertThat(column("payroll_error.reason").length()).isEqualTo(RowError.MAX_REASON);
    }

    /** Each member of the statement that is kept, with its column. */
    static final List<Object[]> STATEMENT = List.of(
            new Object[] {StatementOfCompliance.class, "signatoryName", "compliance_statement.signatory_name"},
            new Object[] {StatementOfCompliance.class, "signatoryTitle", "compliance_statement.signatory_title"},
            new Object[] {StatementOfCompliance.class, "exceptions", "compliance_statement.exceptions"},
            new Object[] {FringePlan.class, "name", "compliance_statement_plan.plan_name"},
            new Object[] {FringePlan.class, "hourlyCredit", "compliance_statement_plan.hourly_credit"},
            new Object[] {FringePlan.class, "contribution", "compliance_statement_plan.contribution"},
            new Object[] {FringePlan.class, "annualHoursAllWork", "compliance_statement_plan.annual_hours_all_work"},
            new Object[] {FringePlan.class, "workerRef", "compliance_statement_plan.worker_ref"},
            new Object[] {ApprenticeshipProgram.class, "name", "compliance_statement_program.program_name"},
            new Object[] {ApprenticeshipProgram.class, "classification", "compliance_statement_program.classification"},
            new Object[] {ApprenticeshipProgram.class, "registrationNumber",
                    "compliance_statement_program.registration_number"},
            new Object[] {ApprenticeshipProgram.class, "registeredWith", "compliance_statement_program.registered_with"},
            new Object[] {ApprenticeshipProgram.class, "fringeSource", "compliance_statement_program.fringe_source"},
            new Object[] {ApprenticeshipProgram.class, "apprenticesPerJourneyworker",
                    "compliance_statement_program.apprentices_per_journey"});

    @Test
    void everyMemberOfAStatementOfComplianceFitsItsColumn() throws NoSuchFieldException {
        for (Object[] member : STATEMENT) {
            Field field = ((Class<?>) member[0]).getDeclaredField((String) member[1]);
            ColumnType type = column((String) member[2]);
            if (field.getType() == String.class) {
                assertThat(field.getAnnotation(Size.class).max()).as(member[2].toString()).isEqualTo(type.length());
            } else {
                Digits digits = field.getAnnotation(Digits.class);
                assertThat(digits.fraction()).as(member[2].toString()).isEqualTo(type.scale());
                assertThat(digits.integer()).as(member[2].toString()).isLessThanOrEqualTo(type.precision() - type.scale());
            }
        }
        ColumnType percent = column("compliance_statement_level.percent_of_journey");
        assertThat(Map.of("precision", percent.precision(), "scale", percent.scale()))
                .as("percentOfJourneyRateByLevel values are @Digits(integer = 3, fraction = 2)")
                .isEqualTo(Map.of("precision", 5, "scale", 2));
    }

    @Test
    void everyTextOfAStatementOfComplianceIsCheckedLikeAPayrollCell() {
        for (Class<?> type : List.of(StatementOfCompliance.class, FringePlan.class, ApprenticeshipProgram.class)) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getType() == String.class) {
                    assertThat(declared(type, c.getName()).getAnnotation(StatementText.class))
                            .as(type.getSimpleName() + "." + c.getName()).isNotNull();
                    assertThat(STATEMENT).as(type.getSimpleName() + "." + c.getName() + " has its column listed")
                            .anySatisfy(m -> assertThat(m[0] == type && m[1].equals(c.getName())).isTrue());
                }
            }
        }
    }

    private static Field declared(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
