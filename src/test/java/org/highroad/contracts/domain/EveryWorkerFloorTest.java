package org.highroad.contracts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.highroad.standards.WageFloor;
import org.highroad.standards.WageFloor.Scope;
import org.highroad.standards.WageFloor.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The wage that binds every covered worker whatever their level, apprentices included ({@code WageRule.everyWorkerFloor}):
 * the bid's lowest hourly wage for every covered worker and the floors for all covered work or a region, never a floor a
 * wage determination sets for a classification (of which an apprentice is paid its program's percentage, 29 CFR
 * 5.5(a)(4)(i)). Floors given as {@code rate:scope:source}.
 */
class EveryWorkerFloorTest {

    private static final LocalDate FROM = LocalDate.of(2026, 7, 1);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "nothing binds every worker                          |       |                                                 | ''",
            "an ordinance's floor for all covered work           |       | 20.00:ALL_COVERED_WORK:ORDINANCE                | 20.00",
            "a determination's floor for a classification is not |       | 45.00:CLASSIFICATION:WAGE_DETERMINATION         | ''",
            "a policy's floor for a classification is not        |       | 25.00:CLASSIFICATION:POLICY                     | ''",
            "a region's living wage                              |       | 19.50:REGION:LIVING_WAGE_BENCHMARK              | 19.50",
            "the bid's promise above the floor                   | 22.00 | 20.00:ALL_COVERED_WORK:ORDINANCE                | 22.00",
            "the highest of the floors that bind every worker    | 18.00 | 20.00:ALL_COVERED_WORK:ORDINANCE 21.00:REGION:POLICY 45.00:CLASSIFICATION:WAGE_DETERMINATION | 21.00",
    })
    void theWageForEveryCoveredWorkerIsTheHighestThatBindsThemAll(String label, String promise, String floors, String expected) {
        List<WageFloor> given = new ArrayList<>();
        if (floors != null) {
            for (String f : floors.trim().split("\\s+")) {
                String[] p = f.split(":");
                given.add(new WageFloor("floor " + p[0], new BigDecimal(p[0]), FROM, null, Scope.valueOf(p[1]),
                        Scope.valueOf(p[1]) == Scope.ALL_COVERED_WORK ? null : "X", Source.valueOf(p[2]), "cited"));
            }
        }
        BigDecimal floor = CommitmentRules.everyWorker(promise == null ? null : new BigDecimal(promise), given);
        if (expected.isBlank()) {
            assertThat(floor).isNull();
        } else {
            assertThat(floor).isEqualByComparingTo(expected);
        }
    }
}
