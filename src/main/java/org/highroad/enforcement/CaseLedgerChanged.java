package org.highroad.enforcement;

/**
 * An entry was added to a case's restitution ledger (owed, paid, withheld, released, reversed), announced in the
 * transaction that stored it: what is owed and paid on the case has changed for whoever publishes it.
 */
public record CaseLedgerChanged(long caseId) {
}
