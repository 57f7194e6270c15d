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
 * bid's offer, the prevailing rate and every wage floor of the pinned standard version in force that day, so an
 * ordinance floor that rises on July 1 above the offer binds from that date only; fringe is the higher of the offer
 * and the prevailing fringe (a determination's percentage fringe already turned into dollars per hour on its basic
 * hourly rate by {@link WageRate#fringePerHour()}, so overtime hours owe the same fringe). A workforce share is the higher of the standard's target and the bid's pledge.
 */
public final class CommitmentRules {

    private CommitmentRules() {
    }

    public static Optional<WageRule> wageRule(long contractId, ContractVersion version, StandardVersionContent standard,
            String classification, LocalDate date) {
        return wageRule(contractId, version.number(), version.commitments(), standard, classification, date);
    }

    public static Optional<WageRule> wageRule(long contractId, int versionNo, ContractVersion.Commitments commitments,
            StandardVersionContent standard, String classification, LocalDate date) {
        return commitments.wages().stream().filter(w -> w.classification().trim().equalsIgnoreCase(classification.trim()))
                .findFirst().map(w -> rule(contractId, versionNo, w, standard.floorsFor(classification, date), date));
    }

    private static WageRule rule(long contractId, int versionNo, WageCommitment w, List<WageFloor> floors, LocalDate date) {
        BigDecimal base = w.offeredBase();
        String binding = "the bid's offer";
        if (w.prevailingBase() != null && w.prevailingBase().compareTo(base) > 0) {
            base = w.prevailingBase();
            binding = "the prevailing rate";
        }
        Optional<WageFloor> highest = floors.stream().max(Comparator.comparing(WageFloor::hourlyRate));
        if (highest.isPresent() && highest.get().hourlyRate().compareTo(base) > 0) {
            base = highest.get().hourlyRate();
            binding = highest.get().label() + " in force from " + highest.get().effectiveFrom() + " (" + highest.get().citation() + ")";
        }
        BigDecimal fringe = w.prevailingFringe() == null ? w.offeredFringe() : w.offeredFringe().max(w.prevailingFringe());
        return new WageRule(contractId, versionNo, w.classification(), date, base, fringe, binding,
                "contract " + contractId + " version " + versionNo + ", clause WAGES and Schedule A");
    }

    /**
     * A classification the bid did not list (a subcontractor's trade, a conformance): the contract still binds the
     * legal minimum, the pinned wage determination's rate or a floor in force that day, whichever is higher.
     */
    public static Optional<WageRule> legalMinimum(long contractId, int versionNo, WageRate prevailing, List<WageFloor> floors,
            String classification, LocalDate date) {
        Optional<WageFloor> highest = floors.stream().max(Comparator.comparing(WageFloor::hourlyRate));
        if (prevailing == null && highest.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal base = prevailing == null ? BigDecimal.ZERO : prevailing.baseRate();
        String binding = "the prevailing rate (classification not in the bid)";
        if (highest.isPresent() && highest.get().hourlyRate().compareTo(base) > 0) {
            base = highest.get().hourlyRate();
            binding = highest.get().label() + " in force from " + highest.get().effectiveFrom() + " (" + highest.get().citation() + ")";
        }
        return Optional.of(new WageRule(contractId, versionNo, classification, date, base,
                prevailing == null ? BigDecimal.ZERO : prevailing.fringePerHour(), binding,
                "contract " + contractId + " version " + versionNo + ", clause WAGES (wage determination and floors)"));
    }

    /** Workforce commitments: every category with a target or a pledge, at the higher of the two. */
    public static List<WorkforceCommitment> workforce(List<WorkforceTarget> targets, Map<WorkforceTarget.Category, BigDecimal> pledges) {
        List<WorkforceCommitment> committed = new ArrayList<>();
        for (WorkforceTarget.Category category : WorkforceTarget.Category.values()) {
            Optional<WorkforceTarget> target = targets.stream().filter(t -> t.category() == category).findFirst();
            BigDecimal pledge = pledges.get(category);
            if (target.isEmpty() && pledge == null) {
                continue;
            }
            BigDecimal targetShare = target.map(WorkforceTarget::sharePercent).orElse(null);
            BigDecimal share = targetShare == null ? pledge : pledge == null ? targetShare : targetShare.max(pledge);
            committed.add(new WorkforceCommitment(category.name(), targetShare, pledge, share,
                    target.map(WorkforceTarget::perTrade).orElse(false),
                    target.map(WorkforceTarget::journeyAndApprenticeSeparately).orElse(false),
                    target.map(WorkforceTarget::citation).orElse("pledged in the bid")));
        }
        return committed;
    }
}
