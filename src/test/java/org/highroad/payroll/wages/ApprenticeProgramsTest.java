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

    static WorkerWeek apprenticeOn(int entry, String ref, int level, String days, String rate, String fringe) {
        return new WorkerWeek(entry, ref, "Carpenter", Level.APPRENTICE, level, days(days),
                new BigDecimal(rate), null, new BigDecimal(fringe), BigDecimal.ZERO, REG);
    }

    /**
     * The ratio is counted each day among the journeyworkers and apprentices on the job that day (29 CFR 5.5(a)(4)(i)),
     * 1:1 here, admitting each day from the highest level down. 2222 is level 1 paid $15.00 and $4.00 fringe (its
     * level's 50 % and 40 %); 3333 is level 2 paid $18.00 and the full $10.00 fringe. Over the ratio, an hour is owed
     * $30 − $15 = $15 base and $10 − $4 = $6 fringe for 2222, $30 − $18 = $12 base for 3333. Worked by hand:
     * <ol>
     * <li>journeyworker Mon–Wed, both apprentices all week: Mon–Wed 3333 is admitted and 2222 over (24 h); Thu–Fri no
     * journeyworker, both over (16 h each): 2222 40 h × $15 = $600 and 40 h × $6 = $240; 3333 16 h × $12 = $192.
     * A ratio counted over the week (1 journeyworker, 2 apprentices) would owe 3333 nothing.</li>
     * <li>journeyworker all week, 2222 Mon–Wed and 3333 Thu–Fri: one apprentice a day, nobody over. Counted over the
     * week, 2222 would be over for its 24 h.</li>
     * <li>journeyworker Mon only, 2222 Tue–Fri: over its 32 h: 32 × $15 = $480 and 32 × $6 = $192.</li>
     * </ol>
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "journeyworker Mon-Wed, both apprentices all week | 8 8 8 0 0 | 8 8 8 8 8 | 8 8 8 8 8 | 2222:APPRENTICE_OVER_RATIO:600.00 2222:FRINGE_SHORTFALL:240.00 3333:APPRENTICE_OVER_RATIO:192.00",
            "apprentices on different days never over         | 8 8 8 8 8 | 8 8 8 0 0 | 0 0 0 8 8 | ''",
            "no journeyworker on the apprentice's days         | 8 0 0 0 0 | 0 8 8 8 8 | 0 0 0 0 0 | 2222:APPRENTICE_OVER_RATIO:480.00 2222:FRINGE_SHORTFALL:192.00"})
    void whoIsOverTheRatioIsDecidedEachDayWhateverTheRowOrder(String sentence, String journeyDays, String days2222,
            String days3333, String expected) {
        WorkerWeek journey = journeyworker(1, "1111", "Carpenter", journeyDays, new BigDecimal("30.00"), null, "10.00", "0");
        List<WorkerWeek> rows = new ArrayList<>(List.of(journey, apprenticeOn(2, "2222", 1, days2222, "15.00", "4.00"),
                apprenticeOn(3, "3333", 2, days3333, "18.00", "10.00")));
        rows.removeIf(r -> r.days().stream().allMatch(d -> d.totalHours().signum() == 0));
        for (int turn = 0; turn < 2; turn++) {
            var result = check(rows);
            assertThat(result.findings()).extracting(f -> f.workerRef() + ":" + f.kind() + ":" + f.amountOwed())
                    .containsExactlyInAnyOrderElementsOf(expected.isBlank() ? List.of() : List.of(expected.split(" ")));
            result.findings().stream().filter(f -> f.kind() == WageFinding.Kind.APPRENTICE_OVER_RATIO)
                    .forEach(f -> assertThat(f.detail()).contains("over the ratio on", "admitted each day"));
            Collections.reverse(rows);
        }
    }

    /**
     * A blank registration (29 CFR 5.5(a)(4)(i): an apprentice must be individually registered in a registered
     * program). Where the payroll's layout asks each apprentice's registration, a row naming none shows no program on
     * file: 40 h × ($30 − $15) = $600 base and 40 h × ($10 − $4) = $240 fringe. A layout that never asked it (the Rev.
     * 2008 form) takes the row as registered in the classification's registered program: nothing owed.
     */
    @ParameterizedTest(name = "layout names registrations: {0}")
    @CsvSource(delimiter = '|', value = {
            "true  | 2:FRINGE_SHORTFALL:240.00 2:APPRENTICE_NOT_REGISTERED:600.00",
            "false | ''"})
    void aBlankRegistrationNamesNoProgramWhereThePayrollAsksEachApprenticesRegistration(boolean named, String expected) {
        List<WorkerWeek> rows = List.of(J1, apprentice(2, "2222", 1, "15.00", "4.00", "  "));
        var result = CHECK.check(rows, List.of(JATC), WagePolicy.cwhssa(), flat("Carpenter", new BigDecimal("30.00"), "10.00"),
                ApprenticeCensus.of(rows).registrationsNamed(named));

        assertThat(amounts(result)).isEqualTo(expected.isBlank() ? List.of() : List.of(expected.split(" ")));
        if (named) {
            assertThat(result.findings()).filteredOn(f -> f.kind() == WageFinding.Kind.APPRENTICE_NOT_REGISTERED)
                    .singleElement().satisfies(f -> assertThat(f.detail()).contains("names no program registration"));
        }
    }

    static final String WD = "MA20250001 Mod 2, CARP0001-002: apprentices' fringe per period";
    /** 1:1; level 1 at 50 % wage, fringe $3.50 an hour as the determination sets it for apprentices of that period. */
    static final ApprenticeProgram WD_FRINGE = new ApprenticeProgram("Carpenters JATC", "Carpenter", true, REG, BigDecimal.ONE,
            Map.of(1, new BigDecimal("50")), Map.of(), Map.of(1, new BigDecimal("3.50")), WD);

    /**
     * The apprentice fringe the wage determination sets per level (29 CFR 5.5(a)(4)(i)), not only the program's
     * percentage: level 1 owes $3.50 an hour. Worked by hand, 40 h: paid $3.50, nothing; paid $3.00, 40 × $0.50 = $20.00;
     * over nothing of the ratio. The finding cites the determination beside the regulation.
     */
    @ParameterizedTest(name = "fringe paid {0}")
    @CsvSource(delimiter = '|', value = {"3.50 | ''", "3.00 | 2:FRINGE_SHORTFALL:20.00", "0.00 | 2:FRINGE_SHORTFALL:140.00"})
    void anApprenticeIsOwedTheFringeTheDeterminationSetsForItsLevelCitingIt(String fringe, String expected) {
        var result = CHECK.check(List.of(J1, apprentice(2, "2222", 1, "15.00", fringe, REG)), List.of(WD_FRINGE),
                WagePolicy.cwhssa(), flat("Carpenter", new BigDecimal("30.00"), "10.00"));

        assertThat(amounts(result)).isEqualTo(expected.isBlank() ? List.of() : List.of(expected.split(" ")));
        result.findings().forEach(f -> assertThat(f.citation()).contains("29 CFR 5.5(a)(1)", WD));
        result.findings().forEach(f -> assertThat(f.detail()).contains("apprentice fringe the wage determination sets for level 1"));
    }

    /**
     * An apprentice's percentage never goes below a wage that binds every covered worker (an ordinance's or living
     * wage's floor for all covered work, a services bid's lowest hourly wage for every covered worker). Carpenter
     * committed at $30.00, level 1 at 50 % = $15.00, paid $15.00. Worked by hand, 40 h:
     * <ol>
     * <li>no such floor: nothing owed;</li>
     * <li>a $20.00 floor for every worker: the apprentice is owed $20.00, 40 × $5.00 = $200.00;</li>
     * <li>a $12.00 floor, below the apprentice rate: nothing owed.</li>
     * </ol>
     */
    @ParameterizedTest(name = "floor for every worker {0}")
    @CsvSource(delimiter = '|', value = {"'' | ''", "20.00 | 2:UNDERPAID_BASE:200.00", "12.00 | ''"})
    void anApprenticesPercentageNeverGoesBelowTheWageForEveryCoveredWorker(String floor, String expected) {
        BigDecimal everyWorker = floor.isBlank() ? null : new BigDecimal(floor);
        RuleLookup rules = (c, d) -> new org.highroad.contracts.WageRule(1L, 1, c, d, new BigDecimal("30.00"),
                new BigDecimal("10.00"), "the prevailing rate", "contract 1 version 1, clause WAGES", null, everyWorker);
        var result = CHECK.check(List.of(J1, apprentice(2, "2222", 1, "15.00", "4.00", REG)), List.of(JATC),
                WagePolicy.cwhssa(), rules);

        assertThat(amounts(result)).isEqualTo(expected.isBlank() ? List.of() : List.of(expected.split(" ")));
        result.findings().forEach(f -> assertThat(f.detail()).contains("raised to the wage for every covered worker"));
    }
}
