package org.highroad.procurement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.highroad.procurement.BidSubmission;
import org.highroad.procurement.SolicitationDraft.Category;
import org.highroad.standards.EnforcementParameters;
import org.highroad.standards.StandardVersionContent;
import org.highroad.standards.WageDetermination;
import org.highroad.standards.WageFloor;
import org.highroad.standards.WageRate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Pass/fail screening with the floors in force on the bid date: the prevailing rate (base, and base plus fringe),
 * a living-wage floor that steps up on July 1, and completeness by category.
 */
class BidScreeningTest {

    private static final StandardVersionContent STANDARD = new StandardVersionContent(LocalDate.of(2023, 7, 1), null,
            List.of(floor("17.55", "2023-07-01", "2024-06-30"), floor("18.20", "2024-07-01", null)),
            List.of(new WageDetermination("MA20240001", 0, WageDetermination.ConstructionType.BUILDING, "Suffolk", null,
                    List.of(new WageRate("ELECTRICIAN", null, new BigDecimal("57.00"), new BigDecimal("31.40"), null)))),
            List.of(), List.of(), List.of(), new EnforcementParameters(7, 10, BigDecimal.TEN, BigDecimal.ZERO, null,
                    BigDecimal.valueOf(40), null), null);

    @ParameterizedTest(name = "electrician {0} + {1} → {2}")
    @CsvSource({
            "57.00, 31.40, ''",
            "56.99, 40.00, base rate 56.99 is below the prevailing 57.00",
            "57.00, 31.39, base plus fringe 88.39 is below the prevailing 88.40",
            "60.00, 28.40, ''"})
    void aWageOfferMustMeetThePrevailingBaseAndTotal(String base, String fringe, String failure) {
        var failures = BidScreening.floorFailures(bid(null, new BidSubmission.WageOffer("ELECTRICIAN", new BigDecimal(base),
                new BigDecimal(fringe))), new WageFloors(STANDARD, LocalDate.of(2025, 1, 1)));
        if (failure.isEmpty()) {
            assertThat(failures).isEmpty();
        } else {
            assertThat(failures).singleElement().satisfies(f -> {
                assertThat(f.detail()).contains(failure);
                assertThat(f.citation()).contains("MA20240001").contains("29 CFR 5.5(a)(1)");
            });
        }
    }

    @ParameterizedTest(name = "lowest wage {0} on {1} → passes {2}")
    @CsvSource({"17.55, 2024-06-30, true", "17.55, 2024-07-01, false", "18.20, 2024-07-01, true", "18.19, 2030-01-01, false"})
    void aServiceWageMustMeetTheFloorInForceOnTheBidDate(String wage, String date, boolean passes) {
        var failures = BidScreening.floorFailures(bid(new BigDecimal(wage)), new WageFloors(STANDARD, LocalDate.parse(date)));
        assertThat(failures.isEmpty()).isEqualTo(passes);
        if (!passes) {
            assertThat(failures.get(0).citation()).contains("Living Wage Ordinance");
        }
    }

    @Test
    void completenessDependsOnTheCategory() {
        BidSubmission electricianOnly = bid(null, new BidSubmission.WageOffer("Electrician", BigDecimal.TEN, BigDecimal.ONE));
        assertThat(BidScreening.missing(Category.WORKS, List.of("ELECTRICIAN", "PLUMBER"), electricianOnly))
                .containsExactly("a wage offer for PLUMBER");
        assertThat(BidScreening.missing(Category.SERVICES, List.of(), electricianOnly)).containsExactly("the lowest hourly wage");
        assertThat(BidScreening.missing(Category.SERVICES, List.of(), bid(new BigDecimal("19.00")))).isEmpty();
    }

    private static WageFloor floor(String rate, String from, String until) {
        return new WageFloor("Boston living wage", new BigDecimal(rate), LocalDate.parse(from),
                until == null ? null : LocalDate.parse(until), WageFloor.Scope.ALL_COVERED_WORK, null,
                WageFloor.Source.ORDINANCE, "Boston Jobs and Living Wage Ordinance, July 1 adjustment");
    }

    private static BidSubmission bid(BigDecimal lowestWage, BidSubmission.WageOffer... offers) {
        return new BidSubmission(new BigDecimal("100000"), List.of(offers), lowestWage, null, null, null, null, null, null,
                null, null, null, null, null, null, null, 0, Map.of());
    }
}
