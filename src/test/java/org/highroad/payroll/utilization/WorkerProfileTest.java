package org.highroad.payroll.utilization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkerProfileTest {

    private static final LocalDate MAR_1 = LocalDate.of(2025, 3, 1);

    @ParameterizedTest(name = "on {0} the residence in force is {1}")
    @CsvSource({
            "2025-02-28, none",
            "2025-03-01, outside",
            "2025-03-04, outside",
            "2025-03-05, inside",
            "2025-06-30, inside",
            "2025-07-01, outside"})
    void theLatestResidenceEffectiveOnOrBeforeTheDayApplies(LocalDate day, String expected) {
        // given out of order on purpose: the history is sorted by effective date
        var worker = new WorkerProfile("W-1", List.of(new Residence(true, LocalDate.of(2025, 3, 5)),
                new Residence(false, LocalDate.of(2025, 7, 1)), new Residence(false, MAR_1)), null, null);

        assertThat(worker.residenceOn(day).map(r -> r.resident() ? "inside" : "outside").orElse("none"))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "the worker reference \"{0}\" is refused")
    @ValueSource(strings = {"123-45-6789", "123456789", "987-65-4321", ""})
    void aFullSocialSecurityNumberOrNothingIsNotAWorkerReference(String ref) {
        assertThatThrownBy(() -> new WorkerProfile(ref, List.of(), null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "the worker reference \"{0}\" is accepted")
    @ValueSource(strings = {"6789", "entry-12", "W-1"})
    void anEntryNumberOrTheLastFourDigitsAreAcceptedAsAWorkerReference(String ref) {
        assertThat(new WorkerProfile(ref, null, null, null).residences()).isEmpty();
    }

    @Test
    void twoResidencesEffectiveTheSameDayAreAmbiguousAndRefused() {
        assertThatThrownBy(() -> new WorkerProfile("W-1",
                List.of(new Residence(true, MAR_1), new Residence(false, MAR_1)), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-03-01");
    }
}
