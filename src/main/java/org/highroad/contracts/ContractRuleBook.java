package org.highroad.contracts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.highroad.contracts.domain.CommitmentRules;
import org.highroad.contracts.domain.ContractVersion;
import org.highroad.contracts.domain.RuleOrigin;
import org.highroad.standards.StandardVersionContent;
import org.highroad.standards.WageDetermination;

/**
 * Everything a contract binds, loaded once: every version of its commitments, the pinned standard version's floors
 * and the pinned wage determination. Answers "what is owed for this classification on this day" without going back
 * to the database, so a payroll of many rows is checked against one snapshot.
 */
public final class ContractRuleBook {

    private final RuleOrigin origin;
    private final List<Snapshot> versions;
    private final StandardVersionContent standard;
    private final WageDetermination determination;

    ContractRuleBook(RuleOrigin origin, List<ContractVersion> versions, StandardVersionContent standard) {
        this.origin = origin;
        // copied while the transaction is open: the book outlives it and must not touch lazy collections
        this.versions = versions.stream().map(v -> new Snapshot(v.number(), v.effectiveFrom(), v.commitments())).toList();
        this.standard = standard;
        this.determination = ContractDrafting.pinnedDetermination(standard);
    }

    /**
     * The rule for a classification on a day under the version in force: the bid's offer for it, or for any other
     * classification the bid's lowest hourly wage for every covered worker and the legal minimum, with its lineage.
     */
    public Optional<WageRule> wageRule(String classification, LocalDate date) {
        Snapshot version = versionOn(date);
        return CommitmentRules.wageRule(origin, version.number(), version.commitments(), standard, classification, date)
                .or(() -> CommitmentRules.unlisted(origin, version.number(), version.commitments(),
                        ContractDrafting.prevailing(determination, classification), standard.floorsFor(classification, date),
                        classification, date));
    }

    /** The workforce commitments of the version in force on a day. */
    public List<WorkforceRule> workforceRules(LocalDate date) {
        return versionOn(date).commitments().workforce().stream().map(w -> w.toRule()).toList();
    }

    /** The overtime and reporting terms in force on a day. */
    public ReportingTerms reporting(LocalDate date) {
        return versionOn(date).commitments().reporting();
    }

    public long contractId() {
        return origin.contractId();
    }

    // Before the first version's start the first version applies: work can begin on the award date.
    private Snapshot versionOn(LocalDate date) {
        return versions.stream().filter(v -> !v.effectiveFrom().isAfter(date))
                .max(Comparator.comparingInt(Snapshot::number)).orElse(versions.get(0));
    }

    /** One version's commitments as plain values. */
    private record Snapshot(int number, LocalDate effectiveFrom, ContractVersion.Commitments commitments) {
    }
}
