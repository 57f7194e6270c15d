package org.highroad.enforcement.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.highroad.enforcement.ledger.Entries.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.highroad.enforcement.ledger.LedgerEntry.Owed;
import org.highroad.enforcement.ledger.LedgerEntry.Paid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The restitution ledger, hand-computed. Entries are written in the one-line form of {@link Entries}: {@code owed
 * 1234@7 100.00 f1 base} is $100.00 of base wages owed to worker 1234 of vendor 7 on finding 1.
 */
class RestitutionLedgerTest {

    // ---- one worker ----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "nothing paid yet: all $412.36 is outstanding | owed 1234@7 412.36 f1 base | 1234@7 | 412.36 | 0.00 | 412.36 | 0.00",
            "partly paid: 412.36 − 200.00 = 212.36 | owed 1234@7 412.36 f1 base; paid 1234@7 200.00 | 1234@7 | 412.36 | 200.00 | 212.36 | 0.00",
            "two payments make the worker whole: 200.00 + 212.36 | owed 1234@7 412.36 f1 base; paid 1234@7 200.00; paid 1234@7 212.36 | 1234@7 | 412.36 | 412.36 | 0.00 | 0.00",
            "a cent too much: 0.00 outstanding and 0.01 overpaid, never −0.01 outstanding | owed 1234@7 412.36 f1 base; paid 1234@7 412.37 | 1234@7 | 412.36 | 412.37 | 0.00 | 0.01",
            "a second payment to a worker paid in full is recorded as overpaid | owed 1234@7 100.00 f1 base; paid 1234@7 100.00; paid 1234@7 100.00 | 1234@7 | 100.00 | 200.00 | 0.00 | 100.00",
            "two findings, base 100.00 and fringe 50.25, paid 75.10: 150.25 − 75.10 = 75.15 | owed 1234@7 100.00 f1 base; owed 1234@7 50.25 f2 fringe; paid 1234@7 75.10 | 1234@7 | 150.25 | 75.10 | 75.15 | 0.00",
            "a dismissed finding owes nothing: 100.00 + 50.00 with finding 1 reversed leaves 50.00 | owed 1234@7 100.00 f1 base; owed 1234@7 50.00 f2 base; reversed f1 | 1234@7 | 50.00 | 0.00 | 50.00 | 0.00",
            "a finding dismissed after it was paid turns the 100.00 paid into an overpayment | owed 1234@7 100.00 f1 base; paid 1234@7 100.00; reversed f1 | 1234@7 | 0.00 | 100.00 | 0.00 | 100.00",
            "restitution found after a payment adds to what remains: 100.00 − 30.00 + 20.00 = 90.00 | owed 1234@7 100.00 f1 base; paid 1234@7 30.00; owed 1234@7 20.00 f2 overtime | 1234@7 | 120.00 | 30.00 | 90.00 | 0.00",
            "an overpayment counts for the same worker's later finding: 40.00 paid on 30.00, then 25.00 found: 15.00 | owed 1234@7 30.00 f1 base; paid 1234@7 40.00; owed 1234@7 25.00 f2 fringe | 1234@7 | 55.00 | 40.00 | 15.00 | 0.00",
            "the same reference on another contractor's payroll is another worker | owed 1234@7 100.00 f1 base; owed 1234@9 80.00 f2 base; paid 1234@9 80.00 | 1234@7 | 100.00 | 0.00 | 100.00 | 0.00",
            "and that worker of vendor 9 is paid in full | owed 1234@7 100.00 f1 base; owed 1234@9 80.00 f2 base; paid 1234@9 80.00 | 1234@9 | 80.00 | 80.00 | 0.00 | 0.00",
            "a worker with no entry has nothing owed | owed 1234@7 100.00 f1 base | 5555@7 | 0.00 | 0.00 | 0.00 | 0.00"})
    void outstandingIsOwedMinusPaidFlooredAtZeroPerWorker(String sentence, String entries, String worker,
            BigDecimal owed, BigDecimal paid, BigDecimal outstanding, BigDecimal overpaid) {
        var balance = balance(ledger(entries), worker);

        assertThat(balance.owed()).isEqualByComparingTo(owed);
        assertThat(balance.paid()).isEqualByComparingTo(paid);
        assertThat(balance.outstanding()).isEqualByComparingTo(outstanding);
        assertThat(balance.overpaid()).isEqualByComparingTo(overpaid);
        assertThat(balance.outstandingByComponent().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(outstanding);
    }

    // ---- components: payments apply oldest owed first ------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "base owed first: 120.00 pays base 100.00 in full, then 20.00 of fringe 50.00 | owed 1234@7 100.00 f1 base; owed 1234@7 50.00 f2 fringe; paid 1234@7 120.00 | base=0.00 fringe=30.00 | f1 base 100.00 100.00 0.00, f2 fringe 50.00 20.00 30.00",
            "fringe owed first is paid first: 120.00 pays fringe 50.00, then 70.00 of base 100.00 | owed 1234@7 50.00 f1 fringe; owed 1234@7 100.00 f2 base; paid 1234@7 120.00 | fringe=0.00 base=30.00 | f1 fringe 50.00 50.00 0.00, f2 base 100.00 70.00 30.00",
            "70.00 pays base 60.00, then 10.00 of overtime 30.00; the later base 40.00 is untouched | owed 1234@7 60.00 f1 base; owed 1234@7 30.00 f2 overtime; owed 1234@7 40.00 f3 base; paid 1234@7 70.00 | base=40.00 overtime=20.00 | f1 base 60.00 60.00 0.00, f2 overtime 30.00 10.00 20.00, f3 base 40.00 0.00 40.00",
            "payments count together: 30.00 + 45.00 = 75.00 against base 60.00, then fringe 25.00 | owed 1234@7 60.00 f1 base; owed 1234@7 25.00 f2 fringe; paid 1234@7 30.00; paid 1234@7 45.00 | base=0.00 fringe=10.00 | f1 base 60.00 60.00 0.00, f2 fringe 25.00 15.00 10.00",
            "one finding with two components, base 80.00 then fringe 20.00, paid 90.00 | owed 1234@7 80.00 f1 base; owed 1234@7 20.00 f1 fringe; paid 1234@7 90.00 | base=0.00 fringe=10.00 | f1 base 80.00 80.00 0.00, f1 fringe 20.00 10.00 10.00",
            "nothing paid: every component outstanding in full | owed 1234@7 12.34 f1 overtime; owed 1234@7 0.66 f2 fringe | overtime=12.34 fringe=0.66 | f1 overtime 12.34 0.00 12.34, f2 fringe 0.66 0.00 0.66",
            "a reversal takes finding 1 out and the 80.00 is applied again: fringe 50.00 paid, 30.00 over | owed 1234@7 100.00 f1 base; owed 1234@7 50.00 f2 fringe; paid 1234@7 80.00; reversed f1 | fringe=0.00 | f2 fringe 50.00 50.00 0.00",
            "a payment before a later finding stays with the older one first: 40.00 on base 30.00, then 10.00 of fringe 25.00 | owed 1234@7 30.00 f1 base; paid 1234@7 40.00; owed 1234@7 25.00 f2 fringe | base=0.00 fringe=15.00 | f1 base 30.00 30.00 0.00, f2 fringe 25.00 10.00 15.00"})
    void paymentsThatNameNoComponentPayTheOldestOwedFirst(String sentence, String entries, String components,
            String lines) {
        var balance = balance(ledger(entries), "1234@7");

        assertThat(balance.outstandingByComponent().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "))).isEqualTo(components);
        assertThat(balance.lines().stream().map(l -> "f" + l.findingId() + " " + l.component() + " " + l.owed() + " "
                + l.applied() + " " + l.outstanding()).collect(Collectors.joining(", "))).isEqualTo(lines);
    }

    // ---- contractors and the case --------------------------------------------------------------------------------

    /**
     * Vendor 7: worker 1111 owed 300.00 + 45.50 = 345.50, paid 200.00, outstanding 145.50; worker 2222 owed 120.00,
     * paid 150.00, overpaid 30.00; worker 4444 owed 64.25. Vendor 9: worker 3333 owed 88.80. Withheld from 7: 500.00,
     * released 350.00, held 150.00; from 9: 50.00.
     */
    static final String CASE = "owed 1111@7 300.00 f1 base; owed 1111@7 45.50 f2 fringe; owed 2222@7 120.00 f3 overtime;"
            + " owed 4444@7 64.25 f5 base; owed 3333@9 88.80 f4 base; paid 1111@7 200.00; paid 2222@7 150.00;"
            + " withheld @7 500.00; released @7 350.00; withheld @9 50.00";

    @Test
    void aContractorsOutstandingIsTheSumOfItsWorkersNeverNettedAgainstAnOverpayment() {
        var ledger = ledger(CASE);

        // 145.50 + 0.00 + 64.25 = 209.75, not 529.75 − 350.00 = 179.75: worker 2222's 30.00 is not 1111's or 4444's
        assertThat(ledger.contractor(7)).isEqualTo(new ContractorTotals(7, new BigDecimal("529.75"),
                new BigDecimal("350.00"), new BigDecimal("209.75"), new BigDecimal("30.00"), new BigDecimal("500.00"),
                new BigDecimal("350.00"), new BigDecimal("150.00"), 3, 2));
        assertThat(ledger.contractor(9)).isEqualTo(new ContractorTotals(9, new BigDecimal("88.80"),
                new BigDecimal("0.00"), new BigDecimal("88.80"), new BigDecimal("0.00"), new BigDecimal("50.00"),
                new BigDecimal("0.00"), new BigDecimal("50.00"), 1, 1));
        assertThat(ledger.contractors()).extracting(ContractorTotals::vendorId).containsExactly(7L, 9L);
        assertThat(ledger.contractor(11)).isEqualTo(ContractorTotals.none(11));
        assertThat(ledger.workers()).extracting(w -> w.workerRef() + "@" + w.vendorId())
                .containsExactly("1111@7", "2222@7", "4444@7", "3333@9");
        assertThat(balance(ledger, "1111@7").outstandingByComponent())
                .containsExactly(Map.entry("base", new BigDecimal("100.00")),
                        Map.entry("fringe", new BigDecimal("45.50")));
    }

    @Test
    void caseTotalsSumWorkersAndContractors() {
        // owed 529.75 + 88.80 = 618.55; paid 350.00; outstanding 209.75 + 88.80 = 298.55; overpaid 30.00;
        // withheld 500.00 + 50.00 = 550.00; released 350.00; held 200.00; workers owed something: 1111, 4444, 3333
        assertThat(ledger(CASE).totals()).isEqualTo(new CaseTotals(new BigDecimal("618.55"), new BigDecimal("350.00"),
                new BigDecimal("298.55"), new BigDecimal("30.00"), new BigDecimal("550.00"), new BigDecimal("350.00"),
                new BigDecimal("200.00"), 3));
        assertThat(RestitutionLedger.empty().totals()).isEqualTo(new CaseTotals(LedgerAmounts.ZERO, LedgerAmounts.ZERO, LedgerAmounts.ZERO,
                LedgerAmounts.ZERO, LedgerAmounts.ZERO, LedgerAmounts.ZERO, LedgerAmounts.ZERO, 0));
    }

    // ---- withholding ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "nothing held: withhold all 412.36 outstanding | owed 1234@7 412.36 f1 base | 7 | 0.00 | 412.36",
            "part held: 412.36 − 300.00 = 112.36 more | owed 1234@7 412.36 f1 base; withheld @7 300.00 | 7 | 300.00 | 112.36",
            "held exactly what is outstanding: nothing more | owed 1234@7 412.36 f1 base; withheld @7 412.36 | 7 | 412.36 | 0.00",
            "held more than remains after a payment of 212.36: at least 0.00, never negative | owed 1234@7 412.36 f1 base; withheld @7 412.36; paid 1234@7 212.36 | 7 | 412.36 | 0.00",
            "a release lowers what is held: 500.00 − 350.00 = 150.00, so 262.36 more | owed 1234@7 412.36 f1 base; withheld @7 500.00; released @7 350.00 | 7 | 150.00 | 262.36",
            "withholding from another contractor does not count | owed 1234@7 412.36 f1 base; withheld @9 500.00 | 7 | 0.00 | 412.36",
            "and that contractor owes nothing, so nothing more is withheld from it | owed 1234@7 412.36 f1 base; withheld @9 500.00 | 9 | 500.00 | 0.00",
            "one worker's overpayment does not lower another's: 100.00 for worker 2222 | owed 1111@7 50.00 f1 base; paid 1111@7 80.00; owed 2222@7 100.00 f2 base | 7 | 0.00 | 100.00",
            "two workers' outstanding add up: 60.00 + 25.50 = 85.50 | owed 1111@7 100.00 f1 base; paid 1111@7 40.00; owed 2222@7 25.50 f2 fringe | 7 | 0.00 | 85.50",
            "nothing is withheld for a dismissed finding | owed 1234@7 412.36 f1 base; reversed f1 | 7 | 0.00 | 0.00",
            "a contractor without entries | | 7 | 0.00 | 0.00"})
    void recommendedWithholdingIsTheOutstandingRestitutionLessWhatIsHeld(String sentence, String entries,
            long vendorId, BigDecimal held, BigDecimal recommended) {
        var ledger = ledger(entries);

        assertThat(ledger.held(vendorId)).isEqualByComparingTo(held);
        assertThat(ledger.recommendedWithholding(vendorId)).isEqualByComparingTo(recommended);
        assertThat(ledger.contractor(vendorId).recommendedWithholding()).isEqualByComparingTo(recommended);
    }

    // ---- refusals ------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a payment to a worker never owed | owed 1234@7 100.00 f1 base; paid 5555@7 10.00 | entry 2 (PAID): nothing is owed to worker 5555 of vendor 7, so a payment of $10.00 cannot be recorded in this case",
            "a payment to the same reference on another contractor's payroll | owed 1234@7 100.00 f1 base; paid 1234@9 100.00 | entry 2 (PAID): nothing is owed to worker 1234 of vendor 9, so a payment of $100.00 cannot be recorded in this case",
            "a payment in a ledger with nothing owed yet | paid 1234@7 10.00 | entry 1 (PAID): nothing is owed to worker 1234 of vendor 7, so a payment of $10.00 cannot be recorded in this case",
            "a payment after every finding of the worker was reversed | owed 1234@7 100.00 f1 base; reversed f1; paid 1234@7 100.00 | entry 3 (PAID): nothing is owed to worker 1234 of vendor 7, so a payment of $100.00 cannot be recorded in this case (every finding owed to this worker was reversed)",
            "a release over what is held | withheld @7 300.00; released @7 300.01 | entry 2 (RELEASED): cannot release $300.01 to vendor 7: only $300.00 is held",
            "a second release over what remains held | withheld @7 300.00; released @7 200.00; released @7 100.01 | entry 3 (RELEASED): cannot release $100.01 to vendor 7: only $100.00 is held",
            "a release with nothing withheld | released @7 1.00 | entry 1 (RELEASED): cannot release $1.00 to vendor 7: only $0.00 is held",
            "a release of another contractor's withholding | withheld @9 300.00; released @7 300.00 | entry 2 (RELEASED): cannot release $300.00 to vendor 7: only $0.00 is held",
            "a reversal of a finding this ledger does not know | owed 1234@7 100.00 f1 base; reversed f2 | entry 2 (OWED_REVERSED): finding 2 owes nothing in this ledger, so there is nothing to reverse",
            "a second reversal of the same finding | owed 1234@7 100.00 f1 base; reversed f1; reversed f1 | entry 3 (OWED_REVERSED): finding 1 was already reversed by entry 2",
            "restitution on a finding that was reversed | owed 1234@7 100.00 f1 base; reversed f1; owed 1234@7 100.00 f1 base | entry 3 (OWED): finding 1 was reversed by entry 2; restitution found again is owed under the new finding's id",
            "the same component of a finding twice | owed 1234@7 100.00 f1 base; owed 1234@7 100.00 f1 base | entry 2 (OWED): finding 1 already owes its 'base' component (entry 1); to correct it, reverse the finding and owe the corrected finding under its own id",
            "one finding owed to two workers | owed 1234@7 100.00 f1 base; owed 5555@7 50.00 f1 fringe | entry 2 (OWED): finding 1 is owed to worker 1234 of vendor 7 (entry 1), not to worker 5555 of vendor 7"})
    void entriesThatContradictTheLedgerAreRefusedWithTheirPosition(String sentence, String entries, String message) {
        assertThatThrownBy(() -> ledger(entries)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);

        // appended one at a time, the last entry is the one refused and the ledger before it is unchanged
        var parsed = Entries.parse(entries);
        var before = RestitutionLedger.of(parsed.subList(0, parsed.size() - 1));
        assertThatThrownBy(() -> before.append(parsed.get(parsed.size() - 1))).hasMessage(message);
        assertThat(before.entries()).isEqualTo(parsed.subList(0, parsed.size() - 1));
    }

    @Test
    void missingEntriesAreRefused() {
        var owed = new Owed("1234", 7, new BigDecimal("100.00"), 1, Owed.BASE);

        assertThatThrownBy(() -> RestitutionLedger.of(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the ledger's entries are required (an empty list for a new case)");
        assertThatThrownBy(() -> RestitutionLedger.of(Arrays.asList(owed, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("entry 2 is missing (null)");
        assertThatThrownBy(() -> RestitutionLedger.empty().append(owed).append(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("entry 2 is missing (null)");
    }

    // ---- immutability --------------------------------------------------------------------------------------------

    @Test
    void appendingReturnsANewLedgerAndLeavesTheOldOneAsItWas() {
        var owed = new Owed("1234", 7, new BigDecimal("100.00"), 1, Owed.BASE);
        var paid = new Paid("1234", 7, new BigDecimal("60.00"), "correction payroll 88", Entries.PAID_ON, "auditor");
        List<LedgerEntry> given = new ArrayList<>(List.of(owed));

        var first = RestitutionLedger.of(given);
        given.add(paid); // the caller's list is copied, not kept
        var second = first.append(paid);

        assertThat(first.entries()).containsExactly(owed);
        assertThat(first.worker("1234", 7).outstanding()).isEqualByComparingTo("100.00");
        assertThat(second.entries()).containsExactly(owed, paid);
        assertThat(second.worker("1234", 7).outstanding()).isEqualByComparingTo("40.00");
        assertThat(second.worker(" 1234 ", 7).outstanding()).isEqualByComparingTo("40.00");
        assertThat(RestitutionLedger.empty().entries()).isEmpty();
        assertThatThrownBy(() -> second.entries().add(owed)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> second.workers().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> second.worker("1234", 7).lines().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> second.worker("1234", 7).outstandingByComponent().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    /**
     * The ceiling on withholding (29 CFR 5.9): what is held from a contractor never exceeds what it still owes on the
     * case, so the most a new withholding may be is the outstanding restitution less what is held; what is held beyond
     * what is owed is to release.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "owing 194.00, nothing held: 194.00 may be withheld | owed 1234@7 194.00 f1 base | 194.00 | true | 0.00",
            "owing 194.00, nothing held: 194.01 may not | owed 1234@7 194.00 f1 base | 194.01 | false | 0.00",
            "owing 194.00, nothing held: $5,000,000.00 may not | owed 1234@7 194.00 f1 base | 5000000.00 | false | 0.00",
            "owing 194.00, 100.00 held: 94.00 more may be | owed 1234@7 194.00 f1 base; withheld @7 100.00 | 94.00 | true | 0.00",
            "owing 194.00, 100.00 held: 94.01 more may not | owed 1234@7 194.00 f1 base; withheld @7 100.00 | 94.01 | false | 0.00",
            "paid in full after 194.00 was held: nothing more, and 194.00 to release | owed 1234@7 194.00 f1 base; withheld @7 194.00; paid 1234@7 194.00 | 0.01 | false | 194.00",
            "a release lowers what is held: 150.00 held of 194.00 owed, 44.00 more | owed 1234@7 194.00 f1 base; withheld @7 500.00; released @7 350.00 | 44.00 | true | 0.00",
            "an overwithholding from before the ceiling: 306.00 to release | owed 1234@7 194.00 f1 base; withheld @7 500.00 | 0.01 | false | 306.00",
            "another contractor's debt is not this one's: vendor 7 owes nothing | owed 1234@9 194.00 f1 base | 0.01 | false | 0.00"})
    void noMoreIsWithheldThanTheContractorStillOwes(String sentence, String entries, BigDecimal amount, boolean allowed,
            BigDecimal beyond) {
        var ledger = ledger(entries);

        assertThat(ledger.withholdingRefusal(7, amount).isEmpty()).isEqualTo(allowed);
        assertThat(ledger.contractor(7).heldBeyondOwed()).isEqualByComparingTo(beyond);
    }

    @org.junit.jupiter.api.Test
    void theRefusalSaysTheMostThatCanBeWithheldAndWhy() {
        assertThat(ledger("owed 1234@7 194.00 f1 base").withholdingRefusal(7, new BigDecimal("5000000.00")))
                .hasValue("at most $194.00 can be withheld: the contractor still owes $194.00 on this case and $0.00 is held "
                        + "already, and no more is withheld than is needed to pay what is owed (29 CFR 5.9)");
    }

    private static WorkerBalance balance(RestitutionLedger ledger, String workerAtVendor) {
        int at = workerAtVendor.indexOf('@');
        return ledger.worker(workerAtVendor.substring(0, at), Long.parseLong(workerAtVendor.substring(at + 1)));
    }
}
