package org.highroad.contracts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.highroad.contracts.ContractTerms;
import org.highroad.contracts.ReportingTerms;
import org.highroad.contracts.WageRule;
import org.highroad.standards.EnforcementParameters;
import org.highroad.standards.StandardVersionContent;
import org.highroad.standards.WageFloor;
import org.highroad.standards.WorkforceTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Commitment lineage: what the winner promised becomes the rule, the legal floor only where it is higher, and
 * only from the day it is in force (Boston LWO: $17.55 until 2024-06-30, $18.20 from 2024-07-01).
 */
class CommitmentLineageTest {

    private static final StandardVersionContent STANDARD = new StandardVersionContent(LocalDate.of(2023, 7, 1), null,
            List.of(floor("17.55", "2023-07-01", "2024-06-30"), floor("18.20", "2024-07-01", null)), List.of(),
            List.of(new WorkforceTarget(WorkforceTarget.Category.LOCAL_RESIDENTS, new BigDecimal("51"), true, true, "BRJP 2017"),
                    new WorkforceTarget(WorkforceTarget.Category.WOMEN, new BigDecimal("12"), true, true, "BRJP 2017")),
            List.of(), List.of(), new EnforcementParameters(7, 10, BigDecimal.TEN, new BigDecimal("300"), null,
                    BigDecimal.valueOf(40), null), null);

    @ParameterizedTest(name = "offer {0} on {1} → {2} ({3})")
    @CsvSource({
            "19.00, 2024-06-30, 19.00, offer",
            "19.00, 2024-07-01, 19.00, offer",
            "18.00, 2024-06-30, 18.00, offer",
            "18.00, 2024-07-01, 18.20, Living wage",
            "17.55, 2023-07-01, 17.55, offer"})
    void theCommittedWageIsTheOfferUnlessAFloorInForceThatDayIsHigher(String offer, String date, String committed, String binding) {
        ContractVersion version = version(new WageCommitment("JANITOR", new BigDecimal(offer), new BigDecimal("3.00"), null, null));
        WageRule rule = CommitmentRules.wageRule(origin(7L), 1, version.commitments(), STANDARD, "janitor", LocalDate.parse(date)).orElseThrow();
        assertThat(rule.committedBase()).isEqualByComparingTo(committed);
        assertThat(rule.committedFringe()).isEqualByComparingTo("3.00");
        assertThat(rule.binding()).containsIgnoringCase(binding);
        assertThat(rule.citation()).contains("contract 7 version 1").contains("WAGES");
    }

    @Test
    void thePrevailingRateAndFringeBindWhenHigherThanTheOffer() {
        ContractVersion version = version(new WageCommitment("ELECTRICIAN", new BigDecimal("56.00"), new BigDecimal("30.00"),
                new BigDecimal("57.00"), new BigDecimal("31.40")));
        WageRule rule = CommitmentRules.wageRule(origin(1L), 1, version.commitments(), STANDARD, "ELECTRICIAN", LocalDate.of(2025, 1, 6)).orElseThrow();
        assertThat(rule.committedBase()).isEqualByComparingTo("57.00");
        assertThat(rule.committedFringe()).isEqualByComparingTo("31.40");
        assertThat(rule.binding()).isEqualTo("the prevailing rate");
        assertThat(CommitmentRules.wageRule(origin(1L), 1, version.commitments(), STANDARD, "PLUMBER", LocalDate.of(2025, 1, 6))).isEmpty();
    }

    @Test
    void eachWorkforceShareIsTheHigherOfTargetAndPledge() {
        var committed = CommitmentRules.workforce(STANDARD.workforceTargets(), Map.of(
                WorkforceTarget.Category.LOCAL_RESIDENTS, new BigDecimal("40"),
                WorkforceTarget.Category.WOMEN, new BigDecimal("15"),
                WorkforceTarget.Category.APPRENTICES, new BigDecimal("20")));
        assertThat(committed).extracting(WorkforceCommitment::category)
                .containsExactly("LOCAL_RESIDENTS", "WOMEN", "APPRENTICES");
        assertThat(committed.get(0).committedPercent()).isEqualByComparingTo("51");
        assertThat(committed.get(0).perTrade()).isTrue();
        assertThat(committed.get(1).committedPercent()).isEqualByComparingTo("15");
        assertThat(committed.get(2).committedPercent()).isEqualByComparingTo("20");
        assertThat(committed.get(2).citation()).isEqualTo("pledged in the bid");
    }

    @Test
    void anAmendmentAppliesOnlyFromItsDate() {
        ContractVersion v1 = version(new WageCommitment("JANITOR", new BigDecimal("19.00"), BigDecimal.ZERO, null, null));
        ContractVersion v2 = new ContractVersion(null, 2, LocalDate.of(2025, 3, 1), "raise", "officer", Instant.EPOCH,
                new ContractVersion.Commitments(List.of(new WageCommitment("JANITOR", new BigDecimal("21.00"), BigDecimal.ZERO, null, null)), null,
                        List.of(), terms(), reporting(), List.of()));
        assertThat(CommitmentRules.wageRule(origin(1L), 1, v1.commitments(), STANDARD, "JANITOR", LocalDate.of(2025, 2, 28)).orElseThrow().committedBase())
                .isEqualByComparingTo("19.00");
        assertThat(CommitmentRules.wageRule(origin(1L), 2, v2.commitments(), STANDARD, "JANITOR", LocalDate.of(2025, 3, 1)).orElseThrow().committedBase())
                .isEqualByComparingTo("21.00");
    }

    private static ContractVersion version(WageCommitment wage) {
        return new ContractVersion(null, 1, LocalDate.of(2023, 7, 1), "draft", "officer", Instant.EPOCH,
                new ContractVersion.Commitments(List.of(wage), null, List.of(), terms(), reporting(), List.of()));
    }

    private static RuleOrigin origin(long contractId) {
        return new RuleOrigin(contractId, 42L, "BOSTON-LW", 1, null);
    }

    private static ContractTerms terms() {
        return new ContractTerms(null, null, null, null, null, null, null, null, null);
    }

    private static ReportingTerms reporting() {
        return new ReportingTerms(7, 10, BigDecimal.TEN, new BigDecimal("300"), null, BigDecimal.valueOf(40), null);
    }

    private static WageFloor floor(String rate, String from, String until) {
        return new WageFloor("Living wage", new BigDecimal(rate), LocalDate.parse(from), until == null ? null : LocalDate.parse(until),
                WageFloor.Scope.ALL_COVERED_WORK, null, WageFloor.Source.ORDINANCE, "Boston Living Wage Ordinance");
    }
}
