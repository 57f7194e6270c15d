package org.highroad.procurement.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.highroad.procurement.BidSubmission;
import org.highroad.standards.scoring.Answers;

/**
 * Turns a bid's commitments into rubric answers, keyed by the metric names standards use. Two are derived:
 * the lowest hourly wage of a works bid (its lowest offered base rate) and {@code wageAboveFloorPercent}, the
 * weakest offer's margin over the highest floor binding it (so one low classification cannot hide behind others).
 */
public final class BidAnswers {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private BidAnswers() {
    }

    public static Answers of(BidSubmission bid, WageFloors floors, Map<String, BigDecimal> officerRatings,
            BigDecimal lowestPrice, Answers fallback) {
        Map<String, BigDecimal> numbers = new HashMap<>(fallback.numbers());
        Map<String, Boolean> flags = new HashMap<>(fallback.flags());
        put(numbers, "price", bid.price());
        put(numbers, "lowestHourlyWage", lowestWage(bid));
        put(numbers, "wageAboveFloorPercent", marginOverFloor(bid, floors).orElse(null));
        put(numbers, "employerHealthPremiumSharePercent", bid.employerHealthPremiumSharePercent());
        put(numbers, "paidLeaveDaysPerYear", bid.paidLeaveDaysPerYear());
        put(numbers, "retirementContributionPercent", bid.retirementContributionPercent());
        put(numbers, "scheduleNoticeDays", number(bid.scheduleNoticeDays()));
        put(numbers, "fullTimeSharePercent", bid.fullTimeSharePercent());
        put(numbers, "localResidentHoursSharePercent", bid.localResidentHoursSharePercent());
        put(numbers, "peopleOfColorHoursSharePercent", bid.peopleOfColorHoursSharePercent());
        put(numbers, "womenHoursSharePercent", bid.womenHoursSharePercent());
        put(numbers, "apprenticeHoursSharePercent", bid.apprenticeHoursSharePercent());
        put(numbers, "trainingHoursPerWorkerPerYear", bid.trainingHoursPerWorkerPerYear());
        put(numbers, "seriousSafetyCitationsLast3Years", number(bid.seriousSafetyCitationsLast3Years()));
        if (bid.advancementPlan() != null) {
            flags.put("hasAdvancementPlan", !bid.advancementPlan().isBlank());
        }
        if (bid.hasCollectiveAgreement() != null) {
            flags.put("hasCollectiveAgreement", bid.hasCollectiveAgreement());
        }
        if (bid.hasWorkerCommittee() != null) {
            flags.put("hasWorkerCommittee", bid.hasWorkerCommittee());
        }
        return new Answers(numbers, flags, officerRatings, lowestPrice);
    }

    static BigDecimal lowestWage(BidSubmission bid) {
        if (bid.lowestHourlyWage() != null) {
            return bid.lowestHourlyWage();
        }
        return bid.wageOffers().stream().map(BidSubmission.WageOffer::baseRate).min(BigDecimal::compareTo).orElse(null);
    }

    /** Percent above the binding floor, 2 decimals HALF_UP; empty when nothing binds the offered wages. */
    static Optional<BigDecimal> marginOverFloor(BidSubmission bid, WageFloors floors) {
        Optional<BigDecimal> weakest = bid.wageOffers().stream()
                .flatMap(o -> floors.highestBaseFloor(o.classification()).map(f -> margin(o.baseRate(), f)).stream())
                .min(BigDecimal::compareTo);
        if (weakest.isPresent() || bid.lowestHourlyWage() == null) {
            return weakest;
        }
        return floors.generalFloor().map(f -> margin(bid.lowestHourlyWage(), f.hourlyRate()));
    }

    private static BigDecimal margin(BigDecimal wage, BigDecimal floor) {
        return wage.subtract(floor).multiply(HUNDRED).divide(floor, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal number(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    private static void put(Map<String, BigDecimal> numbers, String metric, BigDecimal value) {
        if (value != null) {
            numbers.put(metric, value);
        }
    }
}
