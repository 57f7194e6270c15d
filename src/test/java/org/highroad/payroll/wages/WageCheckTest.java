package org.highroad.payroll.wages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.highroad.contracts.WageRule;
import org.highroad.payroll.wages.WageFinding.Kind;
import org.highroad.payroll.wages.WorkerWeek.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Wage math on a certified payroll, hand-computed. The week starts Monday 2025-03-03; a day spec such as
 * {@code "8/2 8 0/8"} means Monday 8 h straight + 2 h overtime, Tuesday 8 h straight, Wednesday 8 h overtime.
 */
class WageCheckTest {

    static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
    static final String CLAUSE = "Contract HR-1 §7.2";
    static final WageCheck CHECK = new WageCheck();

    // ---- straight time -------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "straight time paid exactly at the committed base owes nothing,  8 8 8 8 8,          20.00, 20.00, 0.00",
            "straight time paid above the committed base owes nothing,       8 8 8 8 8,          20.00, 25.00, 0.00",
            "a cent below the base for 40 hours owes $0.40,                  8 8 8 8 8,          20.00, 19.99, 0.40",
            "two dollars below the base for 37.5 hours owes $75.00,          7.5 7.5 7.5 7.5 7.5, 20.00, 18.00, 75.00"})
    void straightTimeIsPaidAtLeastTheCommittedBase(String sentence, String spec, BigDecimal base, BigDecimal paid,
            BigDecimal owed) {
        var result = CHECK.check(List.of(journeyworker(1, "1234", "Carpenter", spec, paid, null, "0", "0")), List.of(),
                WagePolicy.cwhssa(), flat("Carpenter", base, "0"));

        assertThat(baseOwed(result, 1)).isEqualByComparingTo(owed);
        assertThat(amounts(result)).isEqualTo(owed.signum() == 0 ? List.of() : List.of("1:UNDERPAID_BASE:" + owed));
        if (owed.signum() > 0) {
            assertThat(result.findings().get(0).citation()).contains(CLAUSE).contains("29 CFR 5.5(a)(1)");
            assertThat(result.findings().get(0).detail()).contains("ref 1234").contains(paid.toPlainString());
        }
    }

    // ---- overtime ------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "overtime paid at 1.5 times the base owes nothing,                             8 8 8 8 8 0/8,   , 30.00, NONE, 0.00",
            "overtime paid at $28 instead of $30 owes 8 h × $2 = $16.00,                  8 8 8 8 8 0/8,   , 28.00, UNDERPAID_OVERTIME, 16.00",
            "48 hours all reported as straight time at $20 owe 8 h × $10 = $80.00,         8 8 8 8 8 8,     ,      , OVERTIME_NOT_PAID_AS_OVERTIME, 80.00",
            "four 12-hour days as straight time owe the last 8 hours of Thursday: $80.00,  12 12 12 12,     ,      , OVERTIME_NOT_PAID_AS_OVERTIME, 80.00",
            "overtime labelled on Monday instead of Friday is credited and owes nothing,   8/8 8 8 8 8,     , 30.00, NONE, 0.00",
            "10-hour days with daily overtime after 8 paid 2 h OT a day at 1.5x owe nothing, 8/2 8/2 8/2 8/2, 8, 30.00, NONE, 0.00",
            "10-hour days with daily overtime after 8 all as straight time owe 8 h × $10,  10 10 10 10,     8,      , OVERTIME_NOT_PAID_AS_OVERTIME, 80.00",
            "daily overtime paid at $25 instead of $30 owes 8 h × $5 = $40.00,             8/2 8/2 8/2 8/2, 8, 25.00, UNDERPAID_OVERTIME, 40.00",
            "five 10-hour days: daily 10 h and weekly 10 h are not pyramided: $100.00,     10 10 10 10 10,  8,      , OVERTIME_NOT_PAID_AS_OVERTIME, 100.00",
            "58 hours with daily 8: weekly 18 h beats daily 10 h: 18 h × $10 = $180.00,    10 10 10 10 10 8, 8,     , OVERTIME_NOT_PAID_AS_OVERTIME, 180.00"})
    void premiumHoursArePaidAtLeastOneAndAHalfTimesTheBase(String sentence, String spec, BigDecimal dailyAfter,
            BigDecimal otRate, String kind, BigDecimal owed) {
        var policy = new WagePolicy(new BigDecimal("40"), dailyAfter, new BigDecimal("1.5"));
        var result = CHECK.check(List.of(journeyworker(1, "1234", "Carpenter", spec, new BigDecimal("20.00"), otRate,
                "0", "0")), List.of(), policy, flat("Carpenter", new BigDecimal("20.00"), "0"));

        assertThat(restitution(result, 1).map(Restitution::overtime).orElse(BigDecimal.ZERO))
                .isEqualByComparingTo(owed);
        assertThat(baseOwed(result, 1)).isEqualByComparingTo("0");
        assertThat(amounts(result)).isEqualTo(kind.equals("NONE") ? List.of() : List.of("1:" + kind + ":" + owed));
        if (!kind.equals("NONE")) {
            assertThat(result.findings().get(0).citation()).contains("40 U.S.C. 3702").contains(CLAUSE);
        }
    }

    @Test
    void weeklyOvertimeCountsEveryRowOfTheSameWorkerAndFallsOnTheLastHoursOfTheWeek() {
        // 32 h as Carpenter Mon-Thu, then 16 h as Laborer Fri-Sat: the 8 premium hours are Saturday's, as Laborer
        var carpenter = journeyworker(7, "4321", "Carpenter", "8 8 8 8", new BigDecimal("20.00"), null, "0", "0");
        var laborer = new WorkerWeek(7, "4321", "Laborer", Level.JOURNEYWORKER, null, days("0 0 0 0 8 8"),
                new BigDecimal("15.00"), null, BigDecimal.ZERO, BigDecimal.ZERO);
        RuleLookup rules = (c, d) -> rule(c, d, c.equals("Carpenter") ? "20.00" : "15.00", "0");

        var result = CHECK.check(List.of(carpenter, laborer), List.of(), WagePolicy.cwhssa(), rules);

        assertThat(amounts(result)).containsExactly("7:OVERTIME_NOT_PAID_AS_OVERTIME:60.00");
        assertThat(result.findings().get(0).classification()).isEqualTo("Laborer");
        assertThat(result.findings().get(0).date()).isEqualTo(MONDAY.plusDays(5));
        assertThat(result.restitution()).singleElement()
                .satisfies(r -> assertThat(r.classification()).isEqualTo("Laborer"));
    }

    // ---- fringe --------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "plan credit $3 and cash $2 together meet a $5 fringe exactly,          8 8 8 8 8,           3.00, 2.00, 0.00",
            "cash in lieu alone meets the fringe,                                 8 8 8 8 8,           0.00, 5.00, 0.00",
            "short $0.01 an hour over 37.5 hours owes $0.375 = $0.38 HALF_UP,      7.5 7.5 7.5 7.5 7.5, 3.00, 1.99, 0.38",
            "no fringe at all for 40 hours owes 40 × $5 = $200.00,                8 8 8 8 8,           0.00, 0.00, 200.00",
            "with overtime the fringe is owed per hour and not multiplied: 48 × $5, 8 8 8 8 8 0/8,       0.00, 0.00, 240.00",
            "with overtime a $1 fringe shortfall is 48 h × $1 = $48.00,            8 8 8 8 8 0/8,       4.00, 0.00, 48.00"})
    void fringeIsMetPerHourWorkedByPlanCreditAndCashTogether(String sentence, String spec, String credit,
            String cash, BigDecimal owed) {
        var result = CHECK.check(List.of(journeyworker(1, "1234", "Carpenter", spec, new BigDecimal("20.00"),
                new BigDecimal("30.00"), credit, cash)), List.of(), WagePolicy.cwhssa(),
                flat("Carpenter", new BigDecimal("20.00"), "5.00"));

        assertThat(restitution(result, 1).map(Restitution::fringe).orElse(BigDecimal.ZERO)).isEqualByComparingTo(owed);
        assertThat(amounts(result)).isEqualTo(owed.signum() == 0 ? List.of() : List.of("1:FRINGE_SHORTFALL:" + owed));
    }

    // ---- apprentices ---------------------------------------------------------------------------------------------

    static Stream<Arguments> apprenticeCases() {
        var registered = new ApprenticeProgram("Carpenters JATC", "Carpenter", true, BigDecimal.ONE,
                Map.of(1, new BigDecimal("50"), 2, new BigDecimal("60")));
        var unregistered = new ApprenticeProgram("Shop program", "Carpenter", false, BigDecimal.ONE,
                Map.of(1, new BigDecimal("50")));
        var j1 = journeyworker(1, "1111", "Carpenter", "8 8 8 8 8", new BigDecimal("30.00"), null, "0", "0");
        return Stream.of(
                Arguments.of("a registered level-1 apprentice paid 50% of the base with a journeyworker owes nothing",
                        "30.00", List.of(j1, apprentice(2, "2222", 1, "15.00")), List.of(registered), List.of(),
                        List.of()),
                Arguments.of("a registered level-1 apprentice paid $14 against 50% of $30 owes 40 h × $1",
                        "30.00", List.of(j1, apprentice(2, "2222", 1, "14.00")), List.of(registered),
                        List.of("2:UNDERPAID_BASE:40.00"), List.of("2:40.00")),
                Arguments.of("50% of $30.55 rounds HALF_UP to $15.28, so $15.27 owes 40 h × $0.01",
                        "30.55", List.of(journeyworker(1, "1111", "Carpenter", "8 8 8 8 8", new BigDecimal("30.55"),
                                null, "0", "0"), apprentice(2, "2222", 1, "15.27")), List.of(registered),
                        List.of("2:UNDERPAID_BASE:0.40"), List.of("2:0.40")),
                Arguments.of("an apprentice in an unregistered program paid the apprentice rate is owed the journey rate",
                        "30.00", List.of(j1, apprentice(2, "2222", 1, "15.00")), List.of(unregistered),
                        List.of("2:APPRENTICE_NOT_REGISTERED:600.00"), List.of("2:600.00")),
                Arguments.of("an apprentice with no program on the statement is owed the journey rate",
                        "30.00", List.of(apprentice(2, "2222", 1, "15.00")), List.of(),
                        List.of("2:APPRENTICE_NOT_REGISTERED:600.00"), List.of("2:600.00")),
                Arguments.of("two apprentices with one journeyworker at 1:1: the lower level is owed the journey rate",
                        "30.00", List.of(j1, apprentice(2, "2222", 1, "15.00"), apprentice(3, "3333", 2, "18.00")),
                        List.of(registered), List.of("2:APPRENTICE_OVER_RATIO:600.00"), List.of("2:600.00")),
                Arguments.of("an unregistered apprentice already paid the journey rate is still a finding, owing $0",
                        "30.00", List.of(apprentice(2, "2222", 1, "30.00")), List.of(unregistered),
                        List.of("2:APPRENTICE_NOT_REGISTERED:0.00"), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apprenticeCases")
    void apprenticesArePaidTheirProgramRateOnlyWhenRegisteredAndWithinRatio(String sentence, String base,
            List<WorkerWeek> rows, List<ApprenticeProgram> programs, List<String> findings, List<String> totals) {
        var result = CHECK.check(rows, programs, WagePolicy.cwhssa(), flat("Carpenter", new BigDecimal(base), "0"));

        assertThat(amounts(result)).isEqualTo(findings);
        assertThat(result.restitution()).extracting(r -> r.entryNumber() + ":" + r.total()).isEqualTo(totals);
        result.findings().stream().filter(f -> f.kind().name().startsWith("APPRENTICE"))
                .forEach(f -> assertThat(f.citation()).contains("29 CFR 5.5(a)(4)(i)"));
    }

    // ---- a floor that changes mid-week ---------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "paid $17.55 all week while the floor rises to $18.20 on Wednesday owes 3 × 8 h × $0.65 = $15.60, 8 8 8 8 8,     17.55,      , 15.60, 0.00",
            "paid $18.20 all week meets both floors,                                                       8 8 8 8 8,     18.20,      , 0.00,  0.00",
            "paid $17.90 owes only from Wednesday: 24 h × $0.30 = $7.20,                                     8 8 8 8 8,     17.90,      , 7.20,  0.00",
            "Saturday overtime at 1.5 × the old $17.55 owes 8 h × ($27.30 − $26.33) = $7.76,                8 8 8 8 8 0/8, 18.20, 26.33, 0.00,  7.76"})
    void theCommitmentInForceEachDayApplies(String sentence, String spec, BigDecimal st, BigDecimal ot,
            BigDecimal base, BigDecimal overtime) {
        RuleLookup rising = (c, d) -> rule(c, d, d.isBefore(WEDNESDAY) ? "17.55" : "18.20", "0");
        var result = CHECK.check(List.of(journeyworker(1, "1234", "Carpenter", spec, st, ot, "0", "0")), List.of(),
                WagePolicy.cwhssa(), rising);

        assertThat(baseOwed(result, 1)).isEqualByComparingTo(base);
        assertThat(restitution(result, 1).map(Restitution::overtime).orElse(BigDecimal.ZERO))
                .isEqualByComparingTo(overtime);
        if (base.signum() > 0) {
            var finding = result.findings().get(0);
            assertThat(finding.kind()).isEqualTo(Kind.UNDERPAID_BASE);
            assertThat(finding.detail()).contains("2025-03-05").contains("2025-03-07").doesNotContain("2025-03-04");
        }
    }

    // ---- uncovered classification --------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "a classification the contract never covers is a finding and nothing is priced, 0,   0.00",
            "a commitment that ends after Wednesday leaves Thursday and Friday uncovered,     3, 24.00"})
    void aClassificationWithoutACommitmentIsAFinding(String sentence, int coveredDays, BigDecimal baseOwed) {
        RuleLookup rules = (c, d) -> d.isBefore(MONDAY.plusDays(coveredDays)) ? rule(c, d, "20.00", "0") : null;
        var result = CHECK.check(List.of(journeyworker(4, "5678", "Electrician", "8 8 8 8 8", new BigDecimal("19.00"),
                null, "0", "0")), List.of(), WagePolicy.cwhssa(), rules);

        assertThat(result.findings()).extracting(WageFinding::kind).contains(Kind.UNCOVERED_CLASSIFICATION);
        var uncovered = result.findings().stream().filter(f -> f.kind() == Kind.UNCOVERED_CLASSIFICATION).findFirst()
                .orElseThrow();
        assertThat(uncovered.detail()).contains("2025-03-07").contains("Electrician");
        assertThat(uncovered.amountOwed()).isNull();
        assertThat(baseOwed(result, 4)).isEqualByComparingTo(baseOwed);
    }

    // ---- restitution to the cent ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "a cent short on base and on fringe over 37.5 h: 0.375 + 0.375 round to 0.38 + 0.38 = 0.76, 7.5 7.5 7.5 7.5 7.5,  19.99, 4.99, 0.38, 0.38, 0.76",
            "over 37.4 h the same shortfalls are 0.374 each and round down to 0.37 + 0.37 = 0.74,      7.5 7.5 7.5 7.5 7.4,  19.99, 4.99, 0.37, 0.37, 0.74",
            "rounding once per row: five days × 7.25 h × $0.01 = 0.3625 = 0.36 (not 5 × 0.07 = 0.35),   7.25 7.25 7.25 7.25 7.25, 19.99, 5.00, 0.36, 0.00, 0.36",
            "nothing owed means no restitution line,                                                     8 8 8 8 8,            20.00, 5.00, 0.00, 0.00, 0.00"})
    void restitutionIsRoundedPerComponentAndTotalsTheRoundedParts(String sentence, String spec, BigDecimal st,
            String credit, BigDecimal base, BigDecimal fringe, BigDecimal total) {
        var result = CHECK.check(List.of(journeyworker(9, "9876", "Carpenter", spec, st, null, credit, "0")),
                List.of(), WagePolicy.cwhssa(), flat("Carpenter", new BigDecimal("20.00"), "5.00"));

        if (total.signum() == 0) {
            assertThat(result.restitution()).isEmpty();
            return;
        }
        assertThat(result.restitution()).singleElement().satisfies(r -> {
            assertThat(r.workerRef()).isEqualTo("9876");
            assertThat(r.base()).isEqualTo(base);
            assertThat(r.overtime()).isEqualTo(new BigDecimal("0.00"));
            assertThat(r.fringe()).isEqualTo(fringe);
            assertThat(r.total()).isEqualTo(total);
        });
    }

    // ---- impossible hours and identifiers ------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "25 hours on one row in a day is impossible,                25, 0",
            "14 and 12 hours on two rows of the same worker make 26,    14, 12"})
    void moreThan24HoursInADayIsAFinding(String sentence, String first, String second) {
        List<WorkerWeek> rows = new ArrayList<>();
        rows.add(journeyworker(1, "1234", "Carpenter", first, new BigDecimal("40.00"), null, "5", "0"));
        if (!second.equals("0")) {
            rows.add(new WorkerWeek(1, "1234", "Laborer", Level.JOURNEYWORKER, null, days(second),
                    new BigDecimal("40.00"), null, new BigDecimal("5"), BigDecimal.ZERO));
        }
        RuleLookup rules = (c, d) -> rule(c, d, "20.00", "5.00");
        var result = CHECK.check(rows, List.of(), new WagePolicy(new BigDecimal("40"), null, new BigDecimal("1.5")),
                rules);

        assertThat(result.findings()).filteredOn(f -> f.kind() == Kind.HOURS_OVER_24_IN_A_DAY).singleElement()
                .satisfies(f -> {
                    assertThat(f.date()).isEqualTo(MONDAY);
                    assertThat(f.amountOwed()).isNull();
                    assertThat(f.workerRef()).isEqualTo("1234");
                });
    }

    @ParameterizedTest(name = "a full SSN such as {0} is refused as a worker reference")
    @CsvSource({"123-45-6789", "123456789"})
    void aFullSsnIsRefused(String ssn) {
        assertThatThrownBy(() -> journeyworker(1, ssn, "Carpenter", "8", BigDecimal.TEN, null, "0", "0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(ssn);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    static WorkerWeek journeyworker(int entry, String ref, String classification, String spec, BigDecimal st,
            BigDecimal ot, String credit, String cash) {
        return new WorkerWeek(entry, ref, classification, Level.JOURNEYWORKER, null, days(spec), st, ot,
                new BigDecimal(credit), new BigDecimal(cash));
    }

    static WorkerWeek apprentice(int entry, String ref, int level, String rate) {
        return new WorkerWeek(entry, ref, "Carpenter", Level.APPRENTICE, level, days("8 8 8 8 8"),
                new BigDecimal(rate), null, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    static List<DayHours> days(String spec) {
        String[] parts = spec.trim().split("\\s+");
        List<DayHours> days = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String[] stOt = parts[i].split("/");
            days.add(new DayHours(MONDAY.plusDays(i), new BigDecimal(stOt[0]),
                    stOt.length > 1 ? new BigDecimal(stOt[1]) : BigDecimal.ZERO));
        }
        return days;
    }

    static WageRule rule(String classification, LocalDate date, String base, String fringe) {
        return new WageRule(1L, 1, classification, date, new BigDecimal(base), new BigDecimal(fringe), "offer",
                CLAUSE, null);
    }

    static RuleLookup flat(String classification, BigDecimal base, String fringe) {
        return (c, d) -> c.equals(classification) ? rule(c, d, base.toPlainString(), fringe) : null;
    }

    static java.util.Optional<Restitution> restitution(CheckResult result, int entry) {
        return result.restitution().stream().filter(r -> r.entryNumber() == entry).findFirst();
    }

    static BigDecimal baseOwed(CheckResult result, int entry) {
        return restitution(result, entry).map(Restitution::base).orElse(BigDecimal.ZERO);
    }

    /** Findings as "entry:KIND:amount" for compact comparison. */
    static List<String> amounts(CheckResult result) {
        return result.findings().stream().map(f -> f.entryNumber() + ":" + f.kind() + ":" + f.amountOwed()).toList();
    }

}
