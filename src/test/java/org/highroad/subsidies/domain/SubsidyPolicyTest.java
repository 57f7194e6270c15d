package org.highroad.subsidies.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.highroad.standards.scoring.Criterion;
import org.highroad.standards.scoring.Scorecard;
import org.highroad.subsidies.Attestation;
import org.highroad.subsidies.ProgramTerms;
import org.highroad.subsidies.Reason;
import org.highroad.subsidies.RequestContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The policy math of a wage-subsidy request, figures worked by hand. */
class SubsidyPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    static final ProgramTerms TERMS = new ProgramTerms(new BigDecimal("50"), 1040, new BigDecimal("32"), new BigDecimal("20.00"),
            new BigDecimal("26.00"), 120, new BigDecimal("8000.00"), new BigDecimal("100000.00"), new BigDecimal("8000.00"),
            new BigDecimal("60"), new BigDecimal("75"), List.of(Attestation.NO_DISPLACEMENT, Attestation.AGREEMENT_BEFORE_HIRE));

    /** A request that passes every hard rule: $22.00, 40 h a week, 520 training hours, open for a year, starting in two weeks. */
    static RequestContent valid() {
        return new RequestContent("Machine operator trainee", "Machine operator", "Manufacturing", "San Diego",
                new BigDecimal("22.00"), new BigDecimal("40"), 3, 520, TODAY.plusDays(14), TODAY.minusYears(1),
                new BigDecimal("75"), new BigDecimal("10"), new BigDecimal("3"), 14, false,
                "Operator II at $25.00 after 6 months", "CNC setup, safety, quality checks",
                List.of(Attestation.NO_DISPLACEMENT, Attestation.AGREEMENT_BEFORE_HIRE), null);
    }

    @ParameterizedTest(name = "{0}% x ${1} x {2} h, cap ${3} = ${4}")
    @CsvSource({
            "50, 22.00, 520, 8000.00, 5720.00",   // 11.00 x 520
            "50, 25.00, 1040, 8000.00, 8000.00",  // 13,000.00 capped
            "50, 20.00, 800, 8000.00, 8000.00",   // exactly the cap
            "75, 20.33, 333, 8000.00, 5077.42",   // 15.2475 x 333 = 5,077.4175, half up
            "50, 20.01, 1, 8000.00, 10.01",       // 10.005, half up once
            "90, 20.05, 7, 8000.00, 126.32",      // 18.045 x 7 = 126.315, half up
            "50, 20.00, 1040, 0.00, 0.00"})       // a program that reimburses nothing
    void reimbursementPerHireIsShareTimesWageTimesHoursToTheCentCappedPerHire(BigDecimal share, BigDecimal wage, int hours,
            BigDecimal cap, BigDecimal expected) {
        assertThat(Reimbursement.perHire(share, wage, hours, cap).amount()).isEqualByComparingTo(expected);
    }

    @Test
    void theTotalIsTheCappedAmountPerHireTimesTheHires() {
        assertThat(Reimbursement.total(Reimbursement.perHire(new BigDecimal("50"), new BigDecimal("22.00"), 520,
                new BigDecimal("8000")), 3).amount()).isEqualByComparingTo("17160.00");
        assertThat(Reimbursement.total(Reimbursement.perHire(new BigDecimal("75"), new BigDecimal("20.33"), 333,
                new BigDecimal("8000")), 2).amount()).isEqualByComparingTo("10154.84");
    }

    @ParameterizedTest(name = "{0} h qualifying, ${1} left: ${2}")
    @CsvSource({"120, 8000.00, 1320.00", "120, 1000.00, 1000.00", "0.5, 8000.00, 5.50", "0, 8000.00, 0.00"})
    void aClaimPaysTheShareOfQualifyingHoursNeverAboveWhatIsLeftForTheHire(BigDecimal hours, BigDecimal left, BigDecimal paid) {
        assertThat(Reimbursement.claimPayment(new BigDecimal("50"), new BigDecimal("22.00"), hours,
                org.highroad.platform.money.Money.of(left)).amount()).isEqualByComparingTo(paid);
    }

    static Stream<Arguments> hardRules() {
        return Stream.of(
                Arguments.of("at the minimum wage", edit(r -> with(r, "hourlyWage", "20.00")), List.of()),
                Arguments.of("a cent below it", edit(r -> with(r, "hourlyWage", "19.99")), List.of("MINIMUM_WAGE")),
                Arguments.of("32 hours a week", edit(r -> with(r, "hoursPerWeek", "32")), List.of()),
                Arguments.of("31.5 hours a week", edit(r -> with(r, "hoursPerWeek", "31.5")), List.of("MIN_HOURS_PER_WEEK")),
                Arguments.of("1,040 training hours", edit(r -> withTraining(r, 1040)), List.of()),
                Arguments.of("1,041 training hours", edit(r -> withTraining(r, 1041)), List.of("MAX_TRAINING_HOURS")),
                Arguments.of("open 120 days at the start", edit(r -> withOpen(r, r.startDate().minusDays(120))), List.of()),
                Arguments.of("open 119 days at the start", edit(r -> withOpen(r, r.startDate().minusDays(119))), List.of("MIN_DAYS_OPERATING")),
                Arguments.of("starting tomorrow", edit(r -> withStart(r, TODAY.plusDays(1))), List.of()),
                Arguments.of("starting today", edit(r -> withStart(r, TODAY)), List.of("AGREEMENT_BEFORE_HIRE")),
                Arguments.of("started yesterday", edit(r -> withStart(r, TODAY.minusDays(1))), List.of("AGREEMENT_BEFORE_HIRE")),
                Arguments.of("no displacement not attested", edit(r -> withAttestations(r, List.of(Attestation.AGREEMENT_BEFORE_HIRE))),
                        List.of("NO_DISPLACEMENT")),
                Arguments.of("everything wrong at once", edit(r -> withAttestations(withOpen(withStart(withTraining(with(with(r,
                        "hourlyWage", "15.00"), "hoursPerWeek", "20"), 2000), TODAY), TODAY.minusDays(10)), List.of())), List.of("MINIMUM_WAGE", "MIN_HOURS_PER_WEEK",
                        "MAX_TRAINING_HOURS", "MIN_DAYS_OPERATING", "AGREEMENT_BEFORE_HIRE", "NO_DISPLACEMENT", "AGREEMENT_BEFORE_HIRE")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hardRules")
    void everyHardRuleFailingIsAReasonAndAllAreGivenAtOnce(String what, RequestContent request, List<String> rules) {
        List<Reason> reasons = HardRules.failures(TERMS, request, TODAY);
        assertThat(reasons).extracting(Reason::rule).containsExactlyElementsOf(rules);
        assertThat(reasons).allSatisfy(r -> assertThat(r.field()).isNotBlank());
    }

    @Test
    void theReasonsSayTheFiguresSoTheEmployerCanFixThem() {
        List<Reason> reasons = HardRules.failures(TERMS, with(valid(), "hourlyWage", "19.50"), TODAY);
        assertThat(reasons).singleElement().satisfies(r -> {
            assertThat(r.field()).isEqualTo("hourlyWage");
            assertThat(r.text()).isEqualTo("the hourly wage $19.50 is below the program's minimum wage $20.00");
        });
    }

    @ParameterizedTest(name = "${0} against a living wage of $26.00: flagged {1}")
    @CsvSource({"20.00, true", "25.99, true", "26.00, false", "31.00, false"})
    void aWageBelowTheLivingWageBenchmarkIsFlaggedNeverRefused(String wage, boolean flagged) {
        RequestContent request = with(valid(), "hourlyWage", wage);
        assertThat(SoftStandards.flags(TERMS, request)).hasSize(flagged ? 1 : 0);
        assertThat(HardRules.failures(TERMS, request, TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "accepted on {0} for a start on {1}: {2}")
    @CsvSource({"2027-03-14, 2027-03-15, true", "2027-03-15, 2027-03-15, false", "2027-03-16, 2027-03-15, false"})
    void theAgreementIsAcceptedBeforeTheFirstDayNeverOnIt(LocalDate day, LocalDate start, boolean acceptable) {
        assertThat(AgreementDates.acceptableOn(day, start)).isEqualTo(acceptable);
    }

    @ParameterizedTest(name = "worked {0}, agreed {1}: qualifies {2}")
    @CsvSource({"2027-03-13, 2027-03-14, false", "2027-03-14, 2027-03-14, true", "2027-03-20, 2027-03-14, true"})
    void hoursBeforeTheAgreementNeverQualify(LocalDate worked, LocalDate agreed, boolean qualifies) {
        assertThat(AgreementDates.hourQualifies(worked, agreed)).isEqualTo(qualifies);
    }

    /**
     * The shipped wioa-ojt rubric: wage 10% above the $20.00 floor 10 of 25; 14 days' notice 10 of 10; 75% of the health
     * premium (50 to 100) 7.50 of 15; 10 leave days 6.67 of 10; 3% retirement 2.50 of 5; no committee 0 of 5; 520
     * training hours 15 of 15; an advancement plan 15 of 15: 66.67, a quality job at a threshold of 60.
     */
    @Test
    void aRequestIsScoredOnTheStandardsRubricWithTheScorerBidsUse() throws Exception {
        Scorecard card = JobQuality.score(presetRubric(), TERMS, valid());
        assertThat(card.status()).isEqualTo(Scorecard.Status.RESPONSIVE);
        assertThat(card.total()).isEqualByComparingTo("66.67");
        assertThat(JobQuality.isQualityJob(card, TERMS)).isTrue();

        ProgramTerms stricter = new ProgramTerms(null, null, null, null, null, null, null, null, null, new BigDecimal("66.68"),
                null, null).orElse(TERMS);
        assertThat(JobQuality.isQualityJob(card, stricter)).as("a hundredth below the threshold").isFalse();

        Scorecard belowFloor = JobQuality.score(presetRubric(), TERMS, with(valid(), "hourlyWage", "19.00"));
        assertThat(belowFloor.failedFloors()).containsExactly("OJT-WAGE-FLOOR");
        assertThat(JobQuality.isQualityJob(belowFloor, TERMS)).as("a failed floor is never a quality job").isFalse();
    }

    static List<Criterion> presetRubric() throws Exception {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        try (InputStream in = SubsidyPolicyTest.class.getResourceAsStream("/presets/standards/wioa-ojt.json")) {
            JsonNode rubric = json.readTree(in).path("standard").path("version").path("rubric");
            List<Criterion> criteria = new ArrayList<>();
            rubric.forEach(c -> criteria.add(json.convertValue(c, Criterion.class)));
            return criteria;
        }
    }

    static RequestContent edit(UnaryOperator<RequestContent> change) {
        return change.apply(valid());
    }

    static RequestContent with(RequestContent r, String field, String value) {
        BigDecimal v = new BigDecimal(value);
        return new RequestContent(r.position(), r.classification(), r.sector(), r.county(),
                field.equals("hourlyWage") ? v : r.hourlyWage(), field.equals("hoursPerWeek") ? v : r.hoursPerWeek(), r.hires(),
                r.trainingHours(), r.startDate(), r.operatingSince(), r.healthPremiumShare(), r.paidLeaveDays(),
                r.retirementPercent(), r.scheduleNoticeDays(), r.workerCommittee(), r.advancementPath(), r.trainingPlan(),
                r.attestations(), r.wageProgression());
    }

    static RequestContent withTraining(RequestContent r, int hours) {
        return new RequestContent(r.position(), r.classification(), r.sector(), r.county(), r.hourlyWage(), r.hoursPerWeek(),
                r.hires(), hours, r.startDate(), r.operatingSince(), r.healthPremiumShare(), r.paidLeaveDays(),
                r.retirementPercent(), r.scheduleNoticeDays(), r.workerCommittee(), r.advancementPath(), r.trainingPlan(),
                r.attestations(), r.wageProgression());
    }

    static RequestContent withStart(RequestContent r, LocalDate start) {
        return new RequestContent(r.position(), r.classification(), r.sector(), r.county(), r.hourlyWage(), r.hoursPerWeek(),
                r.hires(), r.trainingHours(), start, r.operatingSince(), r.healthPremiumShare(), r.paidLeaveDays(),
                r.retirementPercent(), r.scheduleNoticeDays(), r.workerCommittee(), r.advancementPath(), r.trainingPlan(),
                r.attestations(), r.wageProgression());
    }

    static RequestContent withOpen(RequestContent r, LocalDate since) {
        return new RequestContent(r.position(), r.classification(), r.sector(), r.county(), r.hourlyWage(), r.hoursPerWeek(),
                r.hires(), r.trainingHours(), r.startDate(), since, r.healthPremiumShare(), r.paidLeaveDays(),
                r.retirementPercent(), r.scheduleNoticeDays(), r.workerCommittee(), r.advancementPath(), r.trainingPlan(),
                r.attestations(), r.wageProgression());
    }

    static RequestContent withAttestations(RequestContent r, List<Attestation> attested) {
        return new RequestContent(r.position(), r.classification(), r.sector(), r.county(), r.hourlyWage(), r.hoursPerWeek(),
                r.hires(), r.trainingHours(), r.startDate(), r.operatingSince(), r.healthPremiumShare(), r.paidLeaveDays(),
                r.retirementPercent(), r.scheduleNoticeDays(), r.workerCommittee(), r.advancementPath(), r.trainingPlan(),
                attested, r.wageProgression());
    }
}
