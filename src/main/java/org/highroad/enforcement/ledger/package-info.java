/**
 * The restitution ledger of one compliance case: {@link org.highroad.enforcement.ledger.LedgerEntry} entries
 * (owed, paid, withheld, released, owed reversed) are appended and never edited;
 * {@link org.highroad.enforcement.ledger.RestitutionLedger} validates them in order and answers what each worker is
 * owed, has been paid and is still owed, per component, per contractor and for the case; what is withheld from each
 * contractor and what should be withheld from the next payment; and whether the case may close.
 *
 * <p>Pure: no Spring, no persistence, no process engine. Money is {@link java.math.BigDecimal} at cents; amounts
 * never need rounding because an entry refuses anything finer than a cent ({@code LedgerAmounts}); they are written,
 * in its messages, as {@link org.highroad.platform.money.Money} writes them. A worker is the payroll's worker reference
 * of one contractor (the worker appears by reference only, never by name).
 */
package org.highroad.enforcement.ledger;
