package org.highroad.enforcement.ledger;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one worker (a worker reference of one contractor) is owed, has been paid and is still owed. {@code outstanding}
 * is {@code owed − paid} floored at zero; a payment above what is owed is {@code overpaid}, never set against another
 * worker. {@code lines} are the owed entries in force in ledger order with the payments applied oldest first.
 */
public record WorkerBalance(String workerRef, long vendorId, BigDecimal owed, BigDecimal paid, BigDecimal outstanding,
        BigDecimal overpaid, List<OwedLine> lines) {

    public WorkerBalance {
        lines = List.copyOf(lines);
    }

    static WorkerBalance none(String workerRef, long vendorId) {
        return new WorkerBalance(workerRef, vendorId, LedgerAmounts.ZERO, LedgerAmounts.ZERO, LedgerAmounts.ZERO, LedgerAmounts.ZERO, List.of());
    }

    /**
     * Outstanding per component, in the order the components were first owed; a component paid off shows
     * {@code 0.00}. The values add up to {@link #outstanding()}.
     */
    public Map<String, BigDecimal> outstandingByComponent() {
        Map<String, BigDecimal> by = new LinkedHashMap<>();
        for (OwedLine l : lines) {
            by.merge(l.component(), l.outstanding(), BigDecimal::add);
        }
        return Collections.unmodifiableMap(by);
    }
}
