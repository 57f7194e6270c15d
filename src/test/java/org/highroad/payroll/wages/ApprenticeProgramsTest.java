package org.highroad.payroll.wages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.highroad.payroll.wages.WageCheckTest.CHECK;
import static org.highroad.payroll.wages.WageCheckTest.amounts;
import static org.highroad.payroll.wages.WageCheckTest.days;
import static org.highroad.payroll.wages.WageCheckTest.flat;
import static org.highroad.payroll.wages.WageCheckTest.journeyworker;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.highroad.payroll.wages.WorkerWeek.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Apprentices under a registered program (29 CFR 5.5(a)(4)(i), 29 CFR 5.2): the program's fringe per level, each
 * row's own registration, and a ratio that does not depend on row order. Worked by hand against a Carpenter
 * commitment of $30.00 base and $10.00 fringe, 40 hours (5 × 8) each.
 */
class ApprenticeProgramsTest {

    static final String REG = "CA-2025-0001";
    /** 1:1; level 1 at 50 % wage and 40 % fringe; level 2 at 60 % wage, no fringe set (the full fringe). */
    static final ApprenticeProgram JATC = new ApprenticeProgram("Carpenters JATC", "Carpenter", true, REG,
            BigDecimal.ONE, Map.of(1, new BigDecimal("50"), 2, new BigDecimal("60")), Map.of(1, new BigDecimal("40")));
    static final WorkerWeek J1 = journeyworker(1, "1111", "Carpenter", "8 8 8 8 8", new BigDecimal("30.00"), null,
            "10.00", "0");

    static WorkerWeek apprentice(int entry, String ref, int level, String rate, String fringe, String registration) {
        return new WorkerWeek(entry, ref, "Carpenter", Level.APPRENTICE, level, days("8 8 8 8 8"),
                new BigDecimal(rate), null, new BigDecimal(fringe), BigDecimal.ZERO, registration);
    }

    static CheckResult check(List<WorkerWeek> rows) {
        return CHECK.check(rows, List.of(JATC), WagePolicy.cwhssa(), flat("Carpenter", new BigDecimal("30.00"), "10.00"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a level-1 apprentice paid 40% of the $10 fringe ($4.00) owes nothing                        | 1 | 15.00 | 4.00  | CA-2025-0001 | ''",
            "a level-1 apprentice paid $3.50 fringe against $4.00 owes 40 h × $0.50                      | 1 | 15.00 | 3.50  | CA-2025-0001 | 2:FRINGE_SHORTFALL:20.00",
            "a level the program sets no fringe for owes the full $10: 40 h × $6                         | 2 | 18.00 | 4.00  | CA-2025-0001 | 2:FRINGE_SHORTFALL:240.00",
            "the registration is matched ignoring case and blanks                                      | 1 | 15.00 | 4.00  | ca-2025- 0001 | ''",
            "a row naming a registration not on file owes journey base 40 × $15 and full fringe 40 × $6 | 1 | 15.00 | 4.00  | NY-1999-0042 | 2:FRINGE_SHORTFALL:240.00 2:APPRENTICE_NOT_REGISTERED:600.00"})
    void anApprenticeIsOwedTheFringeItsRegisteredProgramSetsForItsLevel(String sentence, int level, String rate,
            String fringe, String registration, String expected) {
        var result = check(List.of(J1, apprentice(2, "2222", level, rate, fringe, registration)));

        assertThat(amounts(result)).isEqualTo(expected.isBlank() ? List.of() : List.of(expected.split(" ")));
    }

    @Test
    void anApprenticeOverTheRatioIsOwedTheJourneyBaseAndFringeWhateverTheRowOrder() {
        // 1 journeyworker × 1:1 admits one apprentice. Admitted from the highest level down: 3333 (level 2) is within
        // the ratio; 2222 (level 1, paid $15 and $4 fringe) is over it and owed 40 × ($30 − $15) = $600 base and
        // 40 × ($10 − $4) = $240 fringe, in every order of the rows and whatever entry numbers they carry.
        List<List<WorkerWeek>> orders = new ArrayList<>();
        for (int[] entries : new int[][] {{2, 3}, {3, 2}}) {
            List<WorkerWeek> rows = new ArrayList<>(List.of(J1,
                    apprentice(entries[0], "2222", 1, "15.00", "4.00", REG),
                    apprentice(entries[1], "3333", 2, "18.00", "10.00", REG)));
            orders.add(List.copyOf(rows));
            Collections.reverse(rows);
            orders.add(rows);
        }
        for (List<WorkerWeek> rows : orders) {
            var result = check(rows);
            assertThat(result.findings()).extracting(f -> f.workerRef() + ":" + f.kind() + ":" + f.amountOwed())
                    .containsExactlyInAnyOrder("2222:FRINGE_SHORTFALL:240.00", "2222:APPRENTICE_OVER_RATIO:600.00");
            assertThat(result.restitution()).singleElement().satisfies(r -> {
                assertThat(r.workerRef()).isEqualTo("2222");
                assertThat(r.total()).isEqualByComparingTo("840.00");
            });
            assertThat(result.findings()).filteredOn(f -> f.kind() == WageFinding.Kind.APPRENTICE_OVER_RATIO)
                    .allSatisfy(f -> assertThat(f.citation()).contains("29 CFR 5.5(a)(4)(i)"));
        }
    }

    @Test
    void anApprenticeNotRegisteredInTheProgramDoesNotTakeARatioPlace() {
        // 1:1 with one journeyworker: 4444 names a registration not on file, so it is owed the journey rate as not
        // registered and leaves the one place to 2222, who is paid the level-1 rate and fringe and owes nothing.
        var result = check(List.of(apprentice(2, "4444", 2, "30.00", "10.00", "XX-1"), J1,
                apprentice(3, "2222", 1, "15.00", "4.00", REG)));

        assertThat(result.findings()).extracting(f -> f.workerRef() + ":" + f.kind() + ":" + f.amountOwed())
                .containsExactly("4444:APPRENTICE_NOT_REGISTERED:0.00");
    }
}
