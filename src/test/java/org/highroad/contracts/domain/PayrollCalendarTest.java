package org.highroad.contracts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Weekly payrolls: one per week ending Saturday that the work touches, due N days after the week ends. */
class PayrollCalendarTest {

    @ParameterizedTest(name = "{0} to {1}: {2} weeks, first ending {3}, last ending {4}")
    @CsvSource({
            "2026-03-02, 2026-03-20, 3, 2026-03-07, 2026-03-21",
            "2026-03-07, 2026-03-07, 1, 2026-03-07, 2026-03-07",
            "2026-03-08, 2026-03-14, 1, 2026-03-14, 2026-03-14",
            "2026-01-01, 2026-12-31, 53, 2026-01-03, 2027-01-02"})
    void everyWeekTheWorkTouchesOwesAPayroll(LocalDate from, LocalDate to, int weeks, LocalDate first, LocalDate last) {
        var calendar = PayrollCalendar.weeks(from, to, 7);
        assertThat(calendar).hasSize(weeks);
        assertThat(calendar.get(0).weekEnding()).isEqualTo(first);
        assertThat(calendar.get(calendar.size() - 1).weekEnding()).isEqualTo(last);
        assertThat(calendar).allSatisfy(w -> assertThat(w.dueOn()).isEqualTo(w.weekEnding().plusDays(7)));
    }

    @Test
    void clausesAreFilledFromTheContractAndNamePlaceholdersExplicitly() {
        assertThat(ClauseWriter.fill("pay ${{rate}} within {{days}} days", Map.of("rate", "18.20", "days", "7")))
                .isEqualTo("pay $18.20 within 7 days");
        assertThat(ClauseWriter.placeholders("{{a}} and {{b}} and {{a}}")).containsExactly("a", "b");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ClauseWriter.fill("{{missing}}", Map.of()))
                .hasMessageContaining("missing");
    }
}
