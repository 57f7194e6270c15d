package org.highroad.contracts.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.highroad.contracts.WageRule;
import org.highroad.standards.StandardVersionContent;
import org.highroad.standards.WageFloor;
import org.highroad.standards.WageRate;
import org.highroad.standards.WorkforceTarget;

/**
 * How commitments become rules (pure). The committed base rate for a classification on a day is the highest of the
 * bid's offer for it, the lowest hourly wage the bid promised every covered worker, the prevailing rate and every wage
 * floor of the pinned standard version in force that day, so an ordinance floor that rises on July 1 above the promise
 * binds from that date only; on a tie the bid's own commitment is named. Fringe is the higher of the offer and the
 * prevailing fringe (a determination's percentage fringe already turned into dollars per hour on its basic hourly rate
 * by {@link WageRate#fringePerHour()}, so overtime hours owe the same fringe); a lowest hourly wage commits no fringe.
 * A workforce share is the higher of the standard's target and the bid's pledge.
 */
public final class CommitmentRules {

    /** The bid commitment a services bid makes instead of offers per classification (its field name in the bid). */
    public static final String LOWEST_HOURLY_WAGE = "lowestHourlyWage";
    static final String WAGES_CLAUSE = "WAGES";

    private CommitmentRules() {
    }

    /** The rule for a classification the bid offered a rate for (Schedule A); empty for any other classification. */
    public static Optional<WageRule> wageRule(RuleOrigin origin, int versionNo, ContractVersion.Commitments commitments,
            StandardVersionContent standard, String classification, LocalDate date) {
        return commitments.wages().stream().filter(w -> w.classification().trim().equalsIgnoreCase(classification.trim()))
                .findFirst().map(w -> offered(origin, versionNo, commitments, w, standard.floorsFor(classification, date), date));
    }

    // Contract clause WAGES: the offer per classification (Schedule A), the promise to every covered worker, then the
    // prevailing rate (29 CFR 5.5(a)(1)) and the standard's floors in force on the day of work, whichever is highest.
    private static WageRule offered(RuleOrigin origin, int versionNo, ContractVersion.Commitments c, WageCommitment w,
            List<WageFloor> floors, LocalDate date) {
        Binding binding = new Binding(w.offeredBase(), "the bid's offer")
                .orHigher(c.lowestHourlyWage(), "the bid's lowest hourly wage for every covered worker")
                .orHigher(w.prevailingBase(), "the prevailing rate")
                .orHigher(floors);
        BigDecimal fringe = w.prevailingFringe() == null ? w.offeredFringe() : w.offeredFringe().max(w.prevailingFringe());
        String commitment = "wageOffers[" + w.classification() + "]";
        return new WageRule(origin.contractId(), versionNo, w.classification(), date, binding.rate, fringe, binding.source,
                citation(origin, versionNo, c, " and Schedule A", "bid " + origin.bidId() + ", its offer for " + w.classification()),
                lineage(origin, c, commitment), everyWorker(c.lowestHourlyWage(), floors));
    }

    /**
     * A classification the bid did not list (a services contract's every classification, a subcontractor's trade, a
     * conformance): the contract binds the lowest hourly wage the bid promised every covered worker, the pinned wage
     * determination's rate or a floor in force that day, whichever is higher; empty when none of them exists.
     */
    public static Optional<WageRule> unlisted(RuleOrigin origin, int versionNo, ContractVersion.Commitments c,
            WageRate prevailing, List<WageFloor> floors, String classification, LocalDate date) {
        BigDecimal promise = c.lowestHourlyWage();
        if (promise == null && prevailing == null && floors.isEmpty()) {
            return Optional.empty();
        }
        // The bid's promise binds every covered worker whatever the classification (contract clause WAGES); the
        // prevailing rate binds the classification (29 CFR 5.5(a)(1)); the standard's floors bind from their day.
        Binding binding = new Binding(promise, "the bid's lowest hourly wage for every covered worker")
                .orHigher(prevailing == null ? null : prevailing.baseRate(), "the prevailing rate (classification not in the bid)")
                .orHigher(floors);
        BigDecimal fringe = prevailing == null ? BigDecimal.ZERO : prevailing.fringePerHour();
        String citation = promise == null
                ? citation(origin, versionNo, c, " (wage determination and floors)", null)
                : citation(origin, versionNo, c, "", "bid " + origin.bidId() + ", its lowest hourly wage for every covered worker");
        return Optional.of(new WageRule(origin.contractId(), versionNo, classification, date, binding.rate, fringe,
                binding.source, citation, lineage(origin, c, promise == null ? null : LOWEST_HOURLY_WAGE),
                everyWorker(promise, floors)));
    }

    /**
     * The highest wage that binds every covered worker whatever their level, apprentices included: the bid's lowest
     * hourly wage for every covered worker (contract clause WAGES) and the standard's floors for all covered work or a
     * region (an ordinance's, a living wage's or a policy's minimum binds every covered worker, e.g. Boston Jobs and
     * Living Wage Ordinance, City of Boston Code ch. XXIV §24-6.2), not a floor a wage determination sets for a
     * classification, of which an apprentice is paid its program's percentage (29 CFR 5.5(a)(4)(i)).
     */
    static BigDecimal everyWorker(BigDecimal promise, List<WageFloor> floors) {
        BigDecimal highest = promise;
        for (WageFloor f : floors) {
            if (f.scope() != WageFloor.Scope.CLASSIFICATION && f.source() != WageFloor.Source.WAGE_DETERMINATION
                    && (highest == null || f.hourlyRate().compareTo(highest) > 0)) {
                highest = f.hourlyRate();
            }
        }
        return highest;
    }

    /** The legal minimum alone, for a classification of a contract whose bid committed nothing that covers it. */
    public static Optional<WageRule> legalMinimum(long contractId, int versionNo, WageRate prevailing, List<WageFloor> floors,
            String classification, LocalDate date) {
        ContractVersion.Commitments none = new ContractVersion.Commitments(List.of(), null, List.of(), null, null, List.of());
        return unlisted(new RuleOrigin(contractId, null, null, null, null), versionNo, none, prevailing, floors, classification, date);
    }

    /** "contract 7 version 1, clause WAGES (template v1) and Schedule A; bid 42, …; standard CODE version 1". */
    private static String citation(RuleOrigin origin, int versionNo, ContractVersion.Commitments c, String where, String bid) {
        String clause = c.clause(WAGES_CLAUSE).map(k -> "clause WAGES (template v" + k.templateVersion() + ")").orElse("clause WAGES");
        StringBuilder text = new StringBuilder("contract " + origin.contractId() + " version " + versionNo + ", " + clause + where);
        if (bid != null) {
            text.append("; ").append(bid);
        }
        if (origin.standardCode() != null) {
            text.append("; standard ").append(origin.standardCode()).append(" version ").append(origin.standardVersion());
        }
        return text.toString();
    }

    private static WageRule.Lineage lineage(RuleOrigin origin, ContractVersion.Commitments c, String commitment) {
        Integer template = c.clause(WAGES_CLAUSE).map(ContractClause::templateVersion).orElse(null);
        return new WageRule.Lineage(origin.bidId(), commitment, WAGES_CLAUSE, template, origin.standardCode(),
                origin.standardVersion(), origin.wageDetermination());
    }

    /** The rate that binds so far and its source; a later source replaces it only when strictly higher. */
    private record Binding(BigDecimal rate, String source) {

        Binding orHigher(BigDecimal candidate, String candidateSource) {
            if (candidate == null || (rate != null && candidate.compareTo(rate) <= 0)) {
                return this;
            }
            return new Binding(candidate, candidateSource);
        }

        Binding orHigher(List<WageFloor> floors) {
            Optional<WageFloor> highest = floors.stream().max(Comparator.comparing(WageFloor::hourlyRate));
            return highest.map(f -> orHigher(f.hourlyRate(), f.label() + " in force from " + f.effectiveFrom() + " (" + f.citation() + ")"))
                    .orElse(this);
        }
    }

    /** Workforce commitments: every category with a target or a pledge, at the higher of the two. */
    public static List<WorkforceCommitment> workforce(List<WorkforceTarget> targets, Map<WorkforceTarget.Category, BigDecimal> pledges) {
        return workforce(targets, pledges, null);
    }

    /**
     * Workforce commitments with their lineage: a share the bid pledged above the standard's target (or without one)
     * cites the bid; a target at least as high as the pledge cites the standard's source.
     */
    public static List<WorkforceCommitment> workforce(List<WorkforceTarget> targets, Map<WorkforceTarget.Category, BigDecimal> pledges,
            Long bidId) {
        List<WorkforceCommitment> committed = new ArrayList<>();
        String pledged = bidId == null ? "pledged in the bid" : "pledged in bid " + bidId;
        for (WorkforceTarget.Category category : WorkforceTarget.Category.values()) {
            Optional<WorkforceTarget> target = targets.stream().filter(t -> t.category() == category).findFirst();
            BigDecimal pledge = pledges.get(category);
            if (target.isEmpty() && pledge == null) {
                continue;
            }
            BigDecimal targetShare = target.map(WorkforceTarget::sharePercent).orElse(null);
            BigDecimal share = targetShare == null ? pledge : pledge == null ? targetShare : targetShare.max(pledge);
            boolean pledgeBinds = pledge != null && (targetShare == null || pledge.compareTo(targetShare) > 0);
            String citation = !pledgeBinds ? target.get().citation()
                    : target.isEmpty() ? pledged : pledged + ", above the target of " + target.get().citation();
            committed.add(new WorkforceCommitment(category.name(), targetShare, pledge, share,
                    target.map(WorkforceTarget::perTrade).orElse(false),
                    target.map(WorkforceTarget::journeyAndApprenticeSeparately).orElse(false), bounded(citation)));
        }
        return committed;
    }

    // The stored citation holds 500 characters, as the standard's own citations do.
    private static String bounded(String citation) {
        return citation.length() <= 500 ? citation : citation.substring(0, 499) + "…";
    }
}
