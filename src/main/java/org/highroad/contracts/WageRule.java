package org.highroad.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a contract requires for one classification on one day: the committed base and fringe rates and which source
 * binds (the bid's offer for the classification, the bid's lowest hourly wage for every covered worker, the prevailing
 * rate or a wage floor in force that day), with the clause to cite and where the rule comes from. Payroll checks use
 * this, not the legal floor alone.
 *
 * <p>{@code everyWorkerFloor} is the highest hourly wage that binds every covered worker whatever their classification or
 * level, apprentices included: the bid's lowest hourly wage for every covered worker and the standard's floors for all
 * covered work or a region (an ordinance, a living wage, a policy), not a wage determination's rate for a
 * classification; {@code null} when none binds. An apprentice's percentage of the journeyworker rate never goes below
 * it.
 */
public record WageRule(long contractId, int contractVersion, String classification, LocalDate date,
        BigDecimal committedBase, BigDecimal committedFringe, String binding, String citation, Lineage lineage,
        BigDecimal everyWorkerFloor) {

    /** A rule with no wage that binds every worker whatever their level. */
    public WageRule(long contractId, int contractVersion, String classification, LocalDate date, BigDecimal committedBase,
            BigDecimal committedFringe, String binding, String citation, Lineage lineage) {
        this(contractId, contractVersion, classification, date, committedBase, committedFringe, binding, citation, lineage, null);
    }

    /**
     * Where the rule comes from: the awarded bid and which of its commitments covers the classification
     * ({@code wageOffers[<classification>]}, {@code lowestHourlyWage}, or none when only the legal minimum binds), the
     * clause of the contract version that states it (code and template version), and the pinned standard version and
     * wage determination.
     */
    public record Lineage(Long bidId, String bidCommitment, String clause, Integer clauseTemplateVersion,
            String standardCode, Integer standardVersion, String wageDetermination) {
    }
}
