package org.highroad.procurement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.highroad.platform.validation.Violation;
import org.highroad.procurement.domain.BidAnswers;
import org.highroad.procurement.domain.BidScreening;
import org.highroad.procurement.domain.WageFloors;
import org.highroad.standards.StandardCatalog;
import org.highroad.standards.scoring.Answers;
import org.highroad.standards.scoring.Criterion;
import org.highroad.standards.scoring.CriterionKind;
import org.highroad.standards.scoring.RubricScorer;
import org.springframework.stereotype.Service;

/**
 * Whether a bid is responsive as it stands, for the bidder before and after it sends it: the wages it must offer per
 * classification, the rates refused at submission (one rule for the page and the API, ADR 0036), and what makes a filed
 * bid not responsive. The same rules the screening applies ({@link BidScreening}, the rubric's mandatory floors, as in
 * {@link BidEvaluation#checkFloors}), told as data: a page words them in its reader's language, the API in English.
 */
@Service
public class BidResponsiveness {

    private final StandardCatalog standards;
    private final Clock clock;
    private final org.highroad.vendors.VendorRegistry vendors;
    private final org.highroad.vendors.VendorQualifications qualifications;

    BidResponsiveness(StandardCatalog standards, Clock clock, org.highroad.vendors.VendorRegistry vendors,
            org.highroad.vendors.VendorQualifications qualifications) {
        this.standards = standards;
        this.clock = clock;
        this.vendors = vendors;
        this.qualifications = qualifications;
    }

    /** The rule a pre-qualification requirement of the solicitation is named by, beside the standard's rules. */
    public static final String PREQUALIFICATION = "PREQUALIFICATION";
    private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile("^(\\d+) .*", java.util.regex.Pattern.DOTALL);

    /**
     * Why a vendor may not be awarded under the solicitation on a day, as the screening judges it
     * ({@link BidEvaluation#checkEligibility}): the rule of the standard (or {@link #PREQUALIFICATION}), how many records
     * count against the vendor (null for a debarment, a missing pre-qualification, or a count not stated), how many the
     * rule allows, and the look-back period from {@code from} to {@code on} (from null when the rule looks at the day only).
     */
    public record Ineligibility(String rule, Integer count, int allowed, LocalDate from, LocalDate on) {
    }

    /**
     * The vendor's eligibility for the solicitation on a day, read as the vendor (a contractor reads its own record):
     * empty when it is eligible. A vendor fact known before it bids, so the bid form warns of it.
     */
    public List<Ineligibility> ineligibility(SolicitationView s, long vendorId, LocalDate on, org.highroad.platform.security.HighroadUser reader) {
        List<Ineligibility> found = new ArrayList<>();
        List<org.highroad.standards.EligibilityRule> rules = standards.eligibilityRules(s.standardCode(), s.standardVersion());
        for (org.highroad.vendors.Eligibility.Reason r : vendors.eligibility(vendorId, s.standardCode(), s.standardVersion(), on,
                reader).reasons()) {
            org.highroad.standards.EligibilityRule rule = rules.stream().filter(k -> k.kind().name().equals(r.rule())).findFirst()
                    .orElse(null);
            boolean counted = rule != null && rule.kind() != org.highroad.standards.EligibilityRule.Kind.ACTIVE_DEBARMENT
                    && rule.lookbackYears() != null;
            java.util.regex.Matcher count = COUNT.matcher(r.detail() == null ? "" : r.detail());
            found.add(new Ineligibility(r.rule(), counted && count.matches() ? Integer.valueOf(count.group(1)) : null,
                    rule == null ? 0 : rule.allowed(), counted ? on.minusYears(rule.lookbackYears()) : null, on));
        }
        if (s.requiresPrequalification() && qualifications.prequalification(vendorId, s.standardCode(), on).isEmpty()) {
            found.add(new Ineligibility(PREQUALIFICATION, null, 0, null, on));
        }
        return found;
    }

    /** The bidder's eligibility for the solicitation today, for the bid form; empty for a user of no vendor. */
    public List<Ineligibility> ineligibilityToday(SolicitationView s, org.highroad.platform.security.HighroadUser bidder) {
        return bidder.vendorId() == null ? List.of() : ineligibility(s, bidder.vendorId(), today(), bidder);
    }

    /**
     * Why the screening disqualifies or disqualified a bid, for its bidder, judged on the bid date: for a bid whose
     * screening has not run yet, and for one the screening disqualified (not one an officer disqualified, whose reason
     * is the officer's). Empty otherwise.
     */
    public List<Ineligibility> ineligibility(SolicitationView s, BidView bid, org.highroad.platform.security.HighroadUser bidder) {
        boolean screenedOut = bid.status() == BidStatus.DISQUALIFIED && bid.outcomeReason() != null
                && bid.outcomeReason().startsWith("ineligible vendor: ");
        if (bid.submittedAt() == null || bid.vendorId() == null || !(screenedOut || bid.status() == BidStatus.SUBMITTED)) {
            return List.of();
        }
        return ineligibility(s, bid.vendorId(), bid.submittedAt().atZone(ZoneOffset.UTC).toLocalDate(), bidder);
    }

    /**
     * What a classification must be offered today: its prevailing rate (empty when no wage determination lists it) and
     * a floor of the standard binding its base rate above that rate (null when none does).
     */
    public record WageToOffer(String classification, Optional<WageFloors.Prevailing> prevailing, BigDecimal higherBaseFloor) {
    }

    /** Each classification of the solicitation, in its order, with the wage a bid must offer for it today. */
    public List<WageToOffer> wagesToOffer(SolicitationView s) {
        WageFloors floors = floors(s.standardCode(), s.standardVersion(), today());
        List<WageToOffer> wages = new ArrayList<>();
        for (String classification : s.classifications()) {
            Optional<WageFloors.Prevailing> prevailing = floors.prevailing(classification);
            BigDecimal higher = floors.highestBaseFloor(classification)
                    .filter(f -> prevailing.map(p -> p.rate().baseRate().compareTo(f) < 0).orElse(true)).orElse(null);
            wages.add(new WageToOffer(classification, prevailing, higher));
        }
        return wages;
    }

    /** A rate refused: the offer of the bid it is in (its index in the bid's offers) and what it lacks. */
    public record RateRefused(int offer, BidScreening.Shortfall shortfall) {

        /** The bid's field that falls short, as the API names it. */
        public String property() {
            return "wageOffers[" + offer + "]." + (shortfall.part() == BidScreening.Part.BASE ? "baseRate" : "fringeRate");
        }

        /** The API's reason, in English, citing the floor. */
        public String reason() {
            BidScreening.Shortfall f = shortfall;
            if (f.prevailing() != null) {
                return f.part() == BidScreening.Part.BASE
                        ? "must be at least the prevailing " + f.required().toPlainString() + " an hour (" + f.prevailing().citation() + ")"
                        : "base and fringe together must be at least the prevailing " + f.required().toPlainString()
                                + " an hour (" + f.prevailing().citation() + "); " + f.offered().toPlainString() + " offered";
            }
            return "must be at least " + f.required().toPlainString() + ", " + f.floor().label() + " (" + f.floor().citation() + ")";
        }
    }

    /**
     * The rates a bid sent today is refused for: a base rate under the prevailing wage or a floor of the standard, or
     * base and fringe together under the prevailing total. Rule (ADR 0036): refused at submission, on the page and by
     * the API alike (422, nothing filed, the vendor's current bid untouched), so the bidder corrects it before the
     * deadline. A bid that does not commit to pay the prevailing wage could only be rejected as nonresponsive at the
     * opening (29 CFR 5.5(a)(1): the contract clause binds the contractor to the determination's rates; FAR 14.404-2(a):
     * a bid failing an essential requirement of the invitation is rejected); filed, it would take the place of the
     * vendor's responsive bid (FAR 14.303: a bid is modified by a new one), a mistyped rate costing the vendor the bid.
     * An offer without both rates is left to the form's checks.
     */
    public List<RateRefused> ratesRefused(SolicitationView s, List<BidSubmission.WageOffer> offers) {
        return ratesRefused(s.standardCode(), s.standardVersion(), offers);
    }

    List<RateRefused> ratesRefused(String standardCode, int standardVersion, List<BidSubmission.WageOffer> offers) {
        WageFloors floors = floors(standardCode, standardVersion, today());
        List<RateRefused> refused = new ArrayList<>();
        for (int o = 0; o < offers.size(); o++) {
            BidSubmission.WageOffer offer = offers.get(o);
            if (offer == null || offer.classification() == null) {
                continue;
            }
            for (BidScreening.Shortfall f : BidScreening.shortfalls(offer, floors)) {
                refused.add(new RateRefused(o, f));
            }
        }
        return refused;
    }

    /** The API's violations for the rates refused, one per field (the first shortfall of a field is the one told). */
    static List<Violation> violations(List<RateRefused> refused) {
        List<Violation> violations = new ArrayList<>();
        for (RateRefused r : refused) {
            if (violations.stream().noneMatch(v -> v.field().equals(r.property()))) {
                violations.add(new Violation(r.property(), r.reason()));
            }
        }
        return violations;
    }

    /** What makes a filed bid not responsive as it stands. */
    public sealed interface Problem {
    }

    /** A works bid without an offer for a classification the solicitation covers. */
    public record NoOffer(String classification) implements Problem {
    }

    /** A services or goods bid without its lowest hourly wage. */
    public record NoLowestWage() implements Problem {
    }

    /** An offer's rate under a floor binding it on the bid date. */
    public record RateShort(String classification, BidScreening.Shortfall shortfall) implements Problem {
    }

    /** A mandatory floor of the rubric the bid fails. */
    public record FloorFailed(Criterion criterion) implements Problem {
    }

    /**
     * What makes a bid not responsive as it stands, judged on the day it came in, as the screening judges it: a missing
     * offer, a rate under a floor, a mandatory floor of the rubric it fails. Empty when nothing does, or for a bid not
     * yet sent.
     */
    public List<Problem> problems(SolicitationView s, BidView bid) {
        BidSubmission c = bid.commitments();
        if (c == null || bid.submittedAt() == null) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        if (s.category() == SolicitationDraft.Category.WORKS) {
            for (String classification : s.classifications()) {
                if (c.wageOffers().stream().noneMatch(o -> o.classification() != null
                        && o.classification().trim().equalsIgnoreCase(classification.trim()))) {
                    problems.add(new NoOffer(classification));
                }
            }
        } else if (c.lowestHourlyWage() == null) {
            problems.add(new NoLowestWage());
        }
        WageFloors floors = floors(s.standardCode(), s.standardVersion(), bid.submittedAt().atZone(ZoneOffset.UTC).toLocalDate());
        for (BidSubmission.WageOffer o : c.wageOffers()) {
            for (BidScreening.Shortfall f : BidScreening.shortfalls(o, floors)) {
                problems.add(new RateShort(o.classification(), f));
            }
        }
        List<Criterion> mandatory = s.rubric().stream().filter(k -> k.kind() == CriterionKind.MANDATORY_FLOOR).toList();
        if (!mandatory.isEmpty()) {
            try {
                new RubricScorer().score(mandatory, BidAnswers.of(c, floors, Map.of(), null, Answers.none())).criteria().stream()
                        .filter(line -> line.outcome().name().equals("FAILED"))
                        .forEach(line -> mandatory.stream().filter(k -> k.code().equals(line.code())).findFirst()
                                .ifPresent(k -> problems.add(new FloorFailed(k))));
            } catch (org.highroad.platform.validation.InvalidInputException unscorable) {
                // answers the scorer refuses are the screening's to judge; the bidder is told what can be told
            }
        }
        return problems;
    }

    /**
     * Whether the bid is out of the competition, or bound to be once its screening runs: never told as a bid that is
     * simply "in".
     */
    public static boolean notResponsive(BidView bid, List<Problem> problems) {
        return bid.status() == BidStatus.NON_RESPONSIVE || bid.status() == BidStatus.DISQUALIFIED
                || (!problems.isEmpty() && (bid.status() == BidStatus.SUBMITTED || bid.status() == BidStatus.SCORED));
    }

    // a published solicitation's standard version is adopted and pinned: the catalog keeps its content once read
    private WageFloors floors(String standardCode, int standardVersion, LocalDate day) {
        return new WageFloors(standards.content(standardCode, standardVersion), day);
    }

    // floors are judged as of the day the bid comes in (agency time zone: UTC for now, as the screening)
    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
