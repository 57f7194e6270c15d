package org.highroad.enforcement.ledger;

import java.math.BigDecimal;

/**
 * One {@link LedgerEntry.Owed} still in force (not reversed), with the part of the worker's payments applied to it
 * (oldest owed first, see {@link RestitutionLedger}) and what remains.
 */
public record OwedLine(long findingId, String component, BigDecimal owed, BigDecimal applied, BigDecimal outstanding) {
}
