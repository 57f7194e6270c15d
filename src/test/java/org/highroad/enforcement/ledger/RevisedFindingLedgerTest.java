package org.highroad.enforcement.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.highroad.enforcement.ledger.Entries.ledger;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An auditor's revision of what a confirmed finding owes, in the ledger, hand-computed: the worker's restitution
 * changes by the difference, the entries before it stay, and a revision never leaves the worker owed less than paid.
 */
class RevisedFindingLedgerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "revised down: 120.00 + 74.00, base revised to 80.00 = 154.00 | owed 5678@7 120.00 f1 base; owed 5678@7 74.00 f2 fringe; revised f1 80.00 | 154.00 | 0.00 | 154.00",
            "revised up, then again: the last revision stands, 130.50 + 74.00 | owed 5678@7 120.00 f1 base; owed 5678@7 74.00 f2 fringe; revised f1 80.00; revised f1 130.50 | 204.50 | 0.00 | 204.50",
            "revised to nothing: the fringe alone is owed | owed 5678@7 120.00 f1 base; owed 5678@7 74.00 f2 fringe; revised f1 0 | 74.00 | 0.00 | 74.00",
            "revised down to what was paid: nothing outstanding | owed 5678@7 120.00 f1 base; owed 5678@7 74.00 f2 fringe; paid 5678@7 100.00; revised f1 26.00 | 100.00 | 100.00 | 0.00",
            "a reversal after a revision takes back the revised amount | owed 5678@7 120.00 f1 base; owed 5678@7 74.00 f2 fringe; revised f1 80.00; reversed f1 | 74.00 | 0.00 | 74.00"})
    void theWorkersRestitutionChangesByTheDifference(String sentence, String entries, BigDecimal owed, BigDecimal paid,
            BigDecimal outstanding) {
        WorkerBalance w = ledger(entries).worker("5678", 7);
        assertThat(w.owed()).isEqualByComparingTo(owed);
        assertThat(w.paid()).isEqualByComparingTo(paid);
        assertThat(w.outstanding()).isEqualByComparingTo(outstanding);
        assertThat(w.outstandingByComponent().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(outstanding);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "below what was paid | owed 5678@7 120.00 f1 base; owed 5678@7 74.00 f2 fringe; paid 5678@7 100.00; revised f1 25.99 | entry 4 (OWED_REVISED): finding 1 cannot owe $25.99: worker 5678 of vendor 7 was paid $100.00 and would be owed $99.99 in all",
            "a finding that owes nothing here | owed 5678@7 120.00 f1 base; revised f2 10.00 | entry 2 (OWED_REVISED): finding 2 owes nothing in this ledger, so there is nothing to revise",
            "a finding reversed | owed 5678@7 120.00 f1 base; reversed f1; revised f1 10.00 | entry 3 (OWED_REVISED): finding 1 was reversed by entry 2, so there is nothing to revise",
            "in fractions of a cent | owed 5678@7 120.00 f1 base; revised f1 10.005 | OWED_REVISED: amount must be in whole cents (at most 2 decimals), was 10.005",
            "below zero | owed 5678@7 120.00 f1 base; revised f1 -1.00 | OWED_REVISED: amount must be more than $0.00, was -1.00"})
    void aRevisionIsRefused(String sentence, String entries, String reason) {
        assertThatThrownBy(() -> ledger(entries)).isInstanceOf(IllegalArgumentException.class).hasMessage(reason);
    }
}
