package org.highroad.contracts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.highroad.contracts.WageRule;
import org.highroad.standards.EnforcementParameters;
import org.highroad.standards.StandardVersionContent;
import org.highroad.standards.WageFloor;
import org.highroad.standards.WageRate;
import org.highroad.standards.WorkforceTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every wage commitment a bid makes binds the contract beside the legal sources, with its lineage. Worked by hand on
 * the Boston living wage ($17.55 until 2024-06-30, $18.20 from 2024-07-01) for a janitor: the committed base is the
 * highest of the bid's offer for the classification, the bid's lowest hourly wage for every covered worker, the
 * prevailing rate and the floor in force that day; on a tie the bid's own commitment is named. A lowest hourly wage
 * commits no fringe: the fringe is the offer's or the prevailing one, whichever is higher.
 */
class ServicesWageRulesTest {

    private static final StandardVersionContent LIVING_WAGE = new StandardVersionContent(LocalDate.of(2023, 7, 1), null,
            List.of(floor("FY2024", "17.55", "2023-07-01", "2024-06-30"), floor("FY2025", "18.20", "2024-07-01", null)),
            List.of(), List.of(), List.of(), List.of(), new EnforcementParameters(30, 10, BigDecimal.TEN,
                    new BigDecimal("300"), null, BigDecimal.valueOf(40), null), null);
    private static final RuleOrigin ORIGIN = new RuleOrigin(7L, 42L, "BOSTON-LW", 1, null);
    private static final ContractClause WAGES = new ContractClause("WAGES", 3, "Wages and fringe benefits", "…");

    @ParameterizedTest(name = "offer {0}+{1}, promise {2}, prevailing {3}+{4} on {5} → {6} + {7} ({8})")
    @CsvSource(nullValues = "-", value = {
            // offer        promise  prevailing     day         base   fringe binding                  bid commitment
            "-,     -,     21.00,   -,     -,     2024-07-01, 21.00, 0.00,  lowest hourly wage,      lowestHourlyWage",
            "-,     -,     18.00,   -,     -,     2024-06-30, 18.00, 0.00,  lowest hourly wage,      lowestHourlyWage",
            "-,     -,     18.00,   -,     -,     2024-07-01, 18.20, 0.00,  FY2025,                  lowestHourlyWage",
            "-,     -,     18.20,   -,     -,     2024-07-01, 18.20, 0.00,  lowest hourly wage,      lowestHourlyWage",
            "-,     -,     21.00,   23.00, 4.00,  2024-07-01, 23.00, 4.00,  prevailing,              lowestHourlyWage",
            "-,     -,     -,       -,     -,     2024-07-01, 18.20, 0.00,  FY2025,                  -",
            "19.00, 2.00,  21.00,   -,     -,     2024-07-01, 21.00, 2.00,  lowest hourly wage,      wageOffers[JANITOR]",
            "22.00, 2.00,  21.00,   -,     -,     2024-07-01, 22.00, 2.00,  the bid's offer,         wageOffers[JANITOR]",
            "19.00, 2.00,  21.00,   23.00, 4.00,  2024-07-01, 23.00, 4.00,  the prevailing rate,     wageOffers[JANITOR]",
            "18.00, 5.00,  -,       -,     -,     2024-07-01, 18.20, 5.00,  FY2025,                  wageOffers[JANITOR]"})
    void theHighestOfTheBidsWageCommitmentsAndTheLegalSourcesBinds(String offer, String offerFringe, String promise,
            String prevailing, String prevailingFringe, String day, String base, String fringe, String binding,
            String commitment) {
        WageRule rule = rule(offer, offerFringe, promise, prevailing, prevailingFringe, LocalDate.parse(day)).orElseThrow();

        assertThat(rule.committedBase()).isEqualByComparingTo(base);
        assertThat(rule.committedFringe()).isEqualByComparingTo(fringe);
        assertThat(rule.binding()).containsIgnoringCase(binding);
        assertThat(rule.lineage().bidCommitment()).isEqualTo(commitment);
        assertThat(rule.lineage().bidId()).isEqualTo(42L);
    }

    @Test
    void withoutAPromiseAPrevailingRateOrAFloorInForceNothingBinds() {
        assertThat(rule(null, null, null, null, null, LocalDate.of(2023, 6, 30))).isEmpty();
    }

    @Test
    void thePromiseToEveryCoveredWorkerCitesTheBidTheClauseAndTheStandardVersion() {
        WageRule rule = rule(null, null, "21.00", null, null, LocalDate.of(2024, 7, 1)).orElseThrow();

        assertThat(rule.citation()).isEqualTo("contract 7 version 2, clause WAGES (template v3); bid 42, its lowest hourly "
                + "wage for every covered worker; standard BOSTON-LW version 1");
        assertThat(rule.lineage()).isEqualTo(new WageRule.Lineage(42L, "lowestHourlyWage", "WAGES", 3, "BOSTON-LW", 1, null));
    }

    @ParameterizedTest(name = "target {0}, pledge {1} → {2} ({3})")
    @CsvSource(nullValues = "-", value = {
            "51, 60, 60, 'pledged in bid 42, above the target of BRJP 2017'",
            "51, 51, 51, BRJP 2017",
            "51, 40, 51, BRJP 2017",
            "-,  20, 20, pledged in bid 42",
            "51, -,  51, BRJP 2017"})
    void aShareCitesTheBidWhenItsPledgeBindsAndTheStandardOtherwise(String target, String pledge, String committed,
            String citation) {
        List<WorkforceTarget> targets = target == null ? List.of()
                : List.of(new WorkforceTarget(WorkforceTarget.Category.LOCAL_RESIDENTS, new BigDecimal(target), true, true, "BRJP 2017"));
        Map<WorkforceTarget.Category, BigDecimal> pledges = pledge == null ? Map.of()
                : Map.of(WorkforceTarget.Category.LOCAL_RESIDENTS, new BigDecimal(pledge));

        WorkforceCommitment share = CommitmentRules.workforce(targets, pledges, 42L).get(0);

        assertThat(share.committedPercent()).isEqualByComparingTo(committed);
        assertThat(share.citation()).isEqualTo(citation);
    }

    /** As the contract's rule book asks: the offer for the classification, else every covered worker and the law. */
    private static Optional<WageRule> rule(String offer, String offerFringe, String promise, String prevailing,
            String prevailingFringe, LocalDate day) {
        List<WageCommitment> wages = offer == null ? List.of() : List.of(new WageCommitment("JANITOR", new BigDecimal(offer),
                new BigDecimal(offerFringe), decimal(prevailing), decimal(prevailingFringe)));
        ContractVersion.Commitments commitments = new ContractVersion.Commitments(wages, decimal(promise), List.of(), null, null,
                List.of(WAGES));
        WageRate rate = prevailing == null ? null
                : new WageRate("JANITOR", "JANI0001-001", new BigDecimal(prevailing), new BigDecimal(prevailingFringe), day);
        return CommitmentRules.wageRule(ORIGIN, 2, commitments, LIVING_WAGE, "JANITOR", day)
                .or(() -> CommitmentRules.unlisted(ORIGIN, 2, commitments, rate, LIVING_WAGE.floorsFor("JANITOR", day), "JANITOR", day));
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    private static WageFloor floor(String label, String rate, String from, String until) {
        return new WageFloor("Boston living wage " + label, new BigDecimal(rate), LocalDate.parse(from),
                until == null ? null : LocalDate.parse(until), WageFloor.Scope.ALL_COVERED_WORK, null, WageFloor.Source.ORDINANCE,
                "City of Boston Code ch. XXIV, s. 24-6");
    }
}
