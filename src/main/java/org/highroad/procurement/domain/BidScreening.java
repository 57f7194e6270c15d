package org.highroad.procurement.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.highroad.procurement.BidSubmission;
import org.highroad.procurement.SolicitationDraft.Category;
import org.highroad.standards.WageFloor;

/**
 * The pass/fail steps before scoring (pure): completeness, then the legal and policy wage floors in force on the bid
 * date. Each failure names the rule and its source so the bidder can see why it is out.
 */
public final class BidScreening {

    private BidScreening() {
    }

    /** A failed rule: which, where it comes from, and what in the bid fails it. */
    public record Failure(String rule, String citation, String detail) {
        @Override
        public String toString() {
            return rule + ": " + detail + " (" + citation + ")";
        }
    }

    /**
     * Works are priced by classification, so every covered classification needs an offer (base and fringe);
     * services and goods commit to a lowest hourly wage across the workforce.
     */
    public static List<String> missing(Category category, List<String> classifications, BidSubmission bid) {
        List<String> missing = new ArrayList<>();
        if (category == Category.WORKS) {
            for (String classification : classifications) {
                if (bid.wageOffers().stream().noneMatch(o -> WageFloors.same(o.classification(), classification))) {
                    missing.add("a wage offer for " + classification);
                }
            }
        } else if (bid.lowestHourlyWage() == null) {
            missing.add("the lowest hourly wage");
        }
        return missing;
    }

    public static List<Failure> floorFailures(BidSubmission bid, WageFloors floors) {
        List<Failure> failures = new ArrayList<>();
        for (BidSubmission.WageOffer offer : bid.wageOffers()) {
            checkPrevailing(offer, floors, failures);
            for (WageFloor floor : floors.floorsFor(offer.classification())) {
                if (offer.baseRate().compareTo(floor.hourlyRate()) < 0) {
                    failures.add(new Failure("WAGE_FLOOR", floor.citation(), offer.classification() + " base rate "
                            + offer.baseRate() + " is below " + floor.label() + " " + floor.hourlyRate()));
                }
            }
        }
        if (bid.lowestHourlyWage() != null) {
            for (WageFloor floor : floors.floorsFor(null)) {
                if (bid.lowestHourlyWage().compareTo(floor.hourlyRate()) < 0) {
                    failures.add(new Failure("WAGE_FLOOR", floor.citation(), "lowest hourly wage "
                            + bid.lowestHourlyWage() + " is below " + floor.label() + " " + floor.hourlyRate()));
                }
            }
        }
        return failures;
    }

    /** Which part of a wage offer falls short: its base rate, or base and fringe together. */
    public enum Part { BASE, TOTAL }

    /**
     * What an offer lacks to meet a floor binding it on the bid date, on the part of the offer that falls short: the
     * amount required, the floor's label ("prevailing" for the wage determination's rate) and its source. The same
     * rules as {@link #floorFailures}, told per offer so a form can mark the field.
     */
    public record Shortfall(Part part, BigDecimal required, BigDecimal offered, WageFloors.Prevailing prevailing, WageFloor floor) {
    }

    public static List<Shortfall> shortfalls(BidSubmission.WageOffer offer, WageFloors floors) {
        List<Shortfall> shortfalls = new ArrayList<>();
        if (offer.baseRate() == null || offer.fringeRate() == null) {
            return shortfalls;
        }
        floors.prevailing(offer.classification()).ifPresent(p -> {
            BigDecimal offeredTotal = offer.baseRate().add(offer.fringeRate());
            BigDecimal prevailingTotal = p.rate().baseRate().add(p.rate().fringePerHour());
            if (offer.baseRate().compareTo(p.rate().baseRate()) < 0) {
                shortfalls.add(new Shortfall(Part.BASE, p.rate().baseRate(), offer.baseRate(), p, null));
            } else if (offeredTotal.compareTo(prevailingTotal) < 0) {
                shortfalls.add(new Shortfall(Part.TOTAL, prevailingTotal, offeredTotal, p, null));
            }
        });
        for (WageFloor floor : floors.floorsFor(offer.classification())) {
            if (offer.baseRate().compareTo(floor.hourlyRate()) < 0) {
                shortfalls.add(new Shortfall(Part.BASE, floor.hourlyRate(), offer.baseRate(), null, floor));
            }
        }
        return shortfalls;
    }

    // The base rate must meet the prevailing base, and base plus fringe the prevailing total (fringe may be paid as cash).
    private static void checkPrevailing(BidSubmission.WageOffer offer, WageFloors floors, List<Failure> failures) {
        floors.prevailing(offer.classification()).ifPresent(p -> {
            BigDecimal offeredTotal = offer.baseRate().add(offer.fringeRate());
            BigDecimal prevailingTotal = p.rate().baseRate().add(p.rate().fringePerHour()); // 29 CFR 5.5(a)(1): % of the basic rate
            if (offer.baseRate().compareTo(p.rate().baseRate()) < 0) {
                failures.add(new Failure("PREVAILING_WAGE", p.citation(), offer.classification() + " base rate "
                        + offer.baseRate() + " is below the prevailing " + p.rate().baseRate()));
            } else if (offeredTotal.compareTo(prevailingTotal) < 0) {
                failures.add(new Failure("PREVAILING_WAGE", p.citation(), offer.classification() + " base plus fringe "
                        + offeredTotal + " is below the prevailing " + prevailingTotal));
            }
        });
    }
}
