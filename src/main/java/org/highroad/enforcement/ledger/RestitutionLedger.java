package org.highroad.enforcement.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;
import org.highroad.enforcement.ledger.LedgerEntry.Owed;
import org.highroad.enforcement.ledger.LedgerEntry.OwedReversed;
import org.highroad.enforcement.ledger.LedgerEntry.Paid;
import org.highroad.enforcement.ledger.LedgerEntry.Released;
import org.highroad.enforcement.ledger.LedgerEntry.Withheld;
import org.highroad.platform.money.Money;

/**
 * The restitution ledger of one compliance case: an immutable value built from its entries in the order
 * they were appended. {@link #append} returns a new ledger; every query returns a new value.
 *
 * <p>Rules (see also the comments next to the code):
 * <ul>
 * <li><b>A worker</b> is a worker reference of one contractor ({@code workerRef} + {@code vendorId}): the same
 * reference on two contractors' payrolls is two workers.</li>
 * <li><b>Outstanding</b> is owed − paid, floored at zero per worker. Paying a worker more than is owed is reported as
 * {@code overpaid} and is never set against another worker's restitution, not even of the same contractor.</li>
 * <li><b>Payments apply oldest owed first.</b> A payment does not say which component it pays, so a worker's payments,
 * all together, pay the owed entries in force in the order they were appended (the ledger appends a finding's
 * restitution when the finding is confirmed), each in full before the next. A reversal takes its entries out of that
 * order and the payments are applied again to what remains; what they no longer cover is {@code overpaid}.</li>
 * <li><b>Entries are checked in order</b>, each against the entries before it, and a refused entry throws
 * {@link IllegalArgumentException} naming its position (1 = first): a payment to a worker with nothing owed at that
 * point (never owed, or every finding reversed); a release above what is held from that contractor; a reversal of a
 * finding that owes nothing here, or of one already reversed; restitution on a finding that was reversed (a finding
 * found again is owed under its new id), that already owes the same component, or that is owed to another worker.</li>
 * <li><b>A revision</b> ({@link LedgerEntry.OwedRevised}) makes a finding owe its new amount from then on, the entries
 * before it untouched; refused for a finding that owes nothing here, one reversed, one of several components, or one
 * whose worker would be owed less than the payments already recorded.</li>
 * <li><b>Withholding</b> is per contractor (the payments it was taken from): held = withheld − released.</li>
 * </ul>
 */
public final class RestitutionLedger {

    /** A closing reason must be long enough to say something: no case closes silently with money outstanding. */
    public static final int MIN_CLOSING_REASON = 20;

    private static final RestitutionLedger EMPTY = new RestitutionLedger(List.of());

    private final List<LedgerEntry> entries;
    private final Map<WorkerKey, WorkerBalance> workers;
    private final Map<Long, ContractorTotals> contractors;
    private final CaseTotals totals;

    private record WorkerKey(String workerRef, long vendorId) {

        @Override
        public String toString() {
            return "worker " + workerRef + " of vendor " + vendorId;
        }
    }

    private RestitutionLedger(List<LedgerEntry> entries) {
        this.entries = List.copyOf(entries);
        Replay replay = new Replay();
        for (int i = 0; i < this.entries.size(); i++) {
            replay.apply(i + 1, this.entries.get(i));
        }
        this.workers = replay.workerBalances();
        this.contractors = replay.contractorTotals(workers);
        this.totals = caseTotals(workers.values(), contractors.values());
    }

    public static RestitutionLedger empty() {
        return EMPTY;
    }

    /** The ledger of these entries, in the order given. Throws if one is refused (see the class comment). */
    public static RestitutionLedger of(List<? extends LedgerEntry> entries) {
        if (entries == null) {
            throw new IllegalArgumentException("the ledger's entries are required (an empty list for a new case)");
        }
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) == null) {
                throw new IllegalArgumentException("entry " + (i + 1) + " is missing (null)");
            }
        }
        return new RestitutionLedger(new ArrayList<>(entries));
    }

    /** A new ledger with {@code entry} appended; this one is unchanged. Throws if the entry is refused. */
    public RestitutionLedger append(LedgerEntry entry) {
        List<LedgerEntry> more = new ArrayList<>(entries);
        more.add(entry);
        return of(more);
    }

    public List<LedgerEntry> entries() {
        return entries;
    }

    /** The balance of one worker; all zero if the worker has no entry. */
    public WorkerBalance worker(String workerRef, long vendorId) {
        WorkerBalance b = workers.get(new WorkerKey(workerRef == null ? null : workerRef.strip(), vendorId));
        return b != null ? b : WorkerBalance.none(workerRef, vendorId);
    }

    /** Every worker with an owed entry (reversed or not), in the order each was first owed. */
    public List<WorkerBalance> workers() {
        return List.copyOf(workers.values());
    }

    /** One contractor's totals; all zero if the contractor has no entry. */
    public ContractorTotals contractor(long vendorId) {
        ContractorTotals t = contractors.get(vendorId);
        return t != null ? t : ContractorTotals.none(vendorId);
    }

    /** Every contractor with an entry, in the order each first appears. */
    public List<ContractorTotals> contractors() {
        return List.copyOf(contractors.values());
    }

    public CaseTotals totals() {
        return totals;
    }

    /** Withholding held from a contractor: withheld − released. */
    public BigDecimal held(long vendorId) {
        return contractor(vendorId).held();
    }

    /**
     * What to withhold from the contractor's next payment: its outstanding restitution minus what is already held, at
     * least $0.00 (the outstanding restitution is withheld, and no more: 29 CFR 5.9 and the contract's remedies,
     * 29 CFR 5.5(a)(2), allow withholding accrued payments; see {@link ContractorTotals#recommendedWithholding()}).
     */
    public BigDecimal recommendedWithholding(long vendorId) {
        return contractor(vendorId).recommendedWithholding();
    }

    /**
     * Why withholding {@code amount} more from this contractor is refused, or empty if it may be withheld.
     *
     * <p>Rule: what is held from a contractor on a case never exceeds what that contractor still owes on it. 29 CFR 5.9
     * and 29 CFR 5.5(a)(2) let the agency withhold "so much of the accrued payments ... as may be considered necessary
     * to satisfy the liabilities" for wages owed: here the contractor's outstanding restitution (per worker, payments
     * the auditor refused not counted, as the caller reads the ledger). The ledger records no liquidated damages or
     * fines (a fine is the escalation step's amount, not a ledger entry), so none is added. The most that can be
     * withheld is therefore {@link ContractorTotals#recommendedWithholding()}, the outstanding less what is held.
     */
    public Optional<String> withholdingRefusal(long vendorId, BigDecimal amount) {
        ContractorTotals t = contractor(vendorId);
        BigDecimal most = t.recommendedWithholding();
        if (amount == null || amount.compareTo(most) <= 0) {
            return Optional.empty();
        }
        if (t.outstanding().signum() == 0) {
            // "still owes $0.00 ... held already" reads as a figure to weigh: with nothing owed, there is nothing to secure
            return Optional.of("nothing can be withheld: the contractor owes nothing on this case, so there is nothing to "
                    + "secure (29 CFR 5.9: no more is withheld than is needed to pay what is owed)");
        }
        String owes = Money.of(t.outstanding()).format(Locale.US);
        String held = Money.of(t.held()).format(Locale.US);
        if (most.signum() == 0) {
            // "at most $0.00" reads as a figure to type: when what is held already covers what is owed, say so
            return Optional.of("nothing more can be withheld: the contractor still owes " + owes + " on this case and "
                    + held + " is held already, and no more is withheld than is needed to pay what is owed (29 CFR 5.9)");
        }
        return Optional.of("at most " + Money.of(most).format(Locale.US) + " can be withheld: the contractor still owes "
                + owes + " on this case and " + held + " is held already, and no more is withheld than is needed to pay "
                + "what is owed (29 CFR 5.9)");
    }

    /**
     * Why the case cannot close now, or empty if it can; {@code vendorNames} names a contractor by its id (its legal
     * name, as the contractor and the agency know it: never a worker's name, and never "vendor 7", which nobody reading
     * the refusal can look up).
     *
     * <p>Rule: a case does not close quietly with money unaccounted for. It may close without a reason when
     * no worker is owed anything and nothing is held. Otherwise it needs a reason of at least
     * {@value #MIN_CLOSING_REASON} characters (leading and trailing blanks not counted), recorded with the closing:
     * <ul>
     * <li>with restitution outstanding, why the workers cannot be paid (for instance "worker cannot be located after
     * three attempts; funds deposited with the state");</li>
     * <li>with withholding still held, why it is kept rather than released (for instance funds held for workers who
     * could not be located, or transferred to the Department of Labor). Withholding that is no longer needed is
     * released first, with a {@link LedgerEntry.Released} entry, and then the case closes without a reason.</li>
     * </ul>
     * One reason covers both when both apply; the ledger does not judge what the reason says, only that it is there.
     * An overpayment does not block closing: it is the contractor's money, not a worker's.
     */
    public Optional<String> closeRefusal(String reason, LongFunction<String> vendorNames) {
        List<String> blockers = new ArrayList<>();
        if (totals.outstanding().signum() > 0) {
            blockers.add("restitution of " + Money.of(totals.outstanding()).format(Locale.US) + " is outstanding for "
                    + plural(totals.workersOutstanding(), "worker"));
        }
        if (totals.held().signum() > 0) {
            Set<Long> vendors = new TreeSet<>();
            contractors.values().stream().filter(c -> c.held().signum() > 0).forEach(c -> vendors.add(c.vendorId()));
            blockers.add(Money.of(totals.held()).format(Locale.US) + " of withholding is still held from "
                    + inWords(vendors.stream().map(vendorNames::apply).toList()) + " (release it, or say why it is kept)");
        }
        if (blockers.isEmpty()) {
            return Optional.empty();
        }
        int length = reason == null ? 0 : reason.strip().length();
        if (length >= MIN_CLOSING_REASON) {
            return Optional.empty();
        }
        return Optional.of("The case cannot close: " + String.join("; ", blockers) + ". Record a reason of at least "
                + MIN_CLOSING_REASON + " characters" + (length == 0 ? "" : " (the reason given has " + length + ")")
                + ", e.g. \"worker cannot be located after three attempts; funds deposited with the state\".");
    }

    /** "A", "A and B", "A, B and C". */
    private static String inWords(List<String> names) {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static CaseTotals caseTotals(Iterable<WorkerBalance> workers, Iterable<ContractorTotals> contractors) {
        BigDecimal owed = LedgerAmounts.ZERO;
        BigDecimal paid = LedgerAmounts.ZERO;
        BigDecimal outstanding = LedgerAmounts.ZERO;
        BigDecimal overpaid = LedgerAmounts.ZERO;
        int workersOutstanding = 0;
        for (WorkerBalance w : workers) {
            owed = owed.add(w.owed());
            paid = paid.add(w.paid());
            outstanding = outstanding.add(w.outstanding());
            overpaid = overpaid.add(w.overpaid());
            workersOutstanding += w.outstanding().signum() > 0 ? 1 : 0;
        }
        BigDecimal withheld = LedgerAmounts.ZERO;
        BigDecimal released = LedgerAmounts.ZERO;
        for (ContractorTotals c : contractors) {
            withheld = withheld.add(c.withheld());
            released = released.add(c.released());
        }
        return new CaseTotals(owed, paid, outstanding, overpaid, withheld, released, withheld.subtract(released),
                workersOutstanding);
    }

    /** Checks the entries one by one against those before them and gathers the sums. */
    private static final class Replay {

        /** A finding's restitution: whose it is, where it was first owed, which components, whether reversed. */
        private static final class FindingState {
            final WorkerKey worker;
            final int firstEntry;
            final Map<String, Integer> components = new HashMap<>();
            Integer reversedBy;

            FindingState(WorkerKey worker, int firstEntry) {
                this.worker = worker;
                this.firstEntry = firstEntry;
            }
        }

        private final Map<Long, FindingState> findings = new HashMap<>();
        private final Map<WorkerKey, List<Owed>> owed = new LinkedHashMap<>();
        private final Map<WorkerKey, BigDecimal> owedInForce = new HashMap<>();
        private final Map<WorkerKey, BigDecimal> paid = new HashMap<>();
        private final Map<Long, BigDecimal> withheld = new HashMap<>();
        private final Map<Long, BigDecimal> released = new HashMap<>();
        private final Set<Long> reversed = new HashSet<>();
        /** What a finding owes since the auditor last revised it. */
        private final Map<Long, BigDecimal> revisedTo = new HashMap<>();
        /** Contractors in the order they first appear (a withholding may come before any restitution). */
        private final Set<Long> vendors = new LinkedHashSet<>();

        private void vendor(long vendorId) {
            vendors.add(vendorId);
        }

        void apply(int n, LedgerEntry e) {
            String at = "entry " + n + " (" + e.kind() + "): ";
            if (e instanceof Owed o) {
                owe(n, at, o);
            } else if (e instanceof Paid p) {
                pay(at, p);
            } else if (e instanceof Withheld w) {
                vendor(w.vendorId());
                withheld.merge(w.vendorId(), w.amount(), BigDecimal::add);
            } else if (e instanceof Released r) {
                release(at, r);
            } else if (e instanceof OwedReversed r) {
                reverse(n, at, r);
            } else if (e instanceof LedgerEntry.OwedRevised r) {
                revise(at, r);
            }
        }

        /**
         * The auditor revised what a finding owes: it owes the new amount from here on, and the worker's restitution in
         * force changes by the difference. Refused for a finding that owes nothing here, one reversed, one owing several
         * components (the revision names no component), and one whose revision would leave the worker owed less than
         * the payments already recorded: a payment is evidence against restitution owed, and what was paid cannot be
         * turned into an overpayment by a revision (see docs/adr/0030, addendum).
         */
        private void revise(String at, LedgerEntry.OwedRevised r) {
            FindingState f = findings.get(r.findingId());
            if (f == null) {
                throw new IllegalArgumentException(at + "finding " + r.findingId()
                        + " owes nothing in this ledger, so there is nothing to revise");
            }
            if (f.reversedBy != null) {
                throw new IllegalArgumentException(at + "finding " + r.findingId() + " was reversed by entry " + f.reversedBy
                        + ", so there is nothing to revise");
            }
            if (f.components.size() != 1) {
                throw new IllegalArgumentException(at + "finding " + r.findingId() + " owes " + f.components.size()
                        + " components; a revision names none");
            }
            BigDecimal now = owedOn(r.findingId(), f);
            BigDecimal after = owedInForce.getOrDefault(f.worker, LedgerAmounts.ZERO).subtract(now).add(r.amount());
            BigDecimal paidTo = paid.getOrDefault(f.worker, LedgerAmounts.ZERO);
            if (after.compareTo(paidTo) < 0) {
                throw new IllegalArgumentException(at + "finding " + r.findingId() + " cannot owe "
                        + Money.of(r.amount()).format(Locale.US) + ": " + f.worker + " was paid "
                        + Money.of(paidTo).format(Locale.US) + " and would be owed " + Money.of(after).format(Locale.US) + " in all");
            }
            revisedTo.put(r.findingId(), r.amount());
            owedInForce.merge(f.worker, r.amount().subtract(now), BigDecimal::add);
        }

        /** What a finding owes now: its last revision, or what its entries owe. */
        private BigDecimal owedOn(long findingId, FindingState f) {
            BigDecimal revised = revisedTo.get(findingId);
            return revised != null ? revised : owed.get(f.worker).stream().filter(o -> o.findingId() == findingId)
                    .map(Owed::amount).reduce(LedgerAmounts.ZERO, BigDecimal::add);
        }

        private void owe(int n, String at, Owed o) {
            WorkerKey key = new WorkerKey(o.workerRef(), o.vendorId());
            FindingState f = findings.get(o.findingId());
            if (f == null) {
                f = new FindingState(key, n);
                findings.put(o.findingId(), f);
            } else if (f.reversedBy != null) {
                throw new IllegalArgumentException(at + "finding " + o.findingId() + " was reversed by entry "
                        + f.reversedBy + "; restitution found again is owed under the new finding's id");
            } else if (!f.worker.equals(key)) {
                throw new IllegalArgumentException(at + "finding " + o.findingId() + " is owed to " + f.worker
                        + " (entry " + f.firstEntry + "), not to " + key);
            } else if (f.components.containsKey(o.component())) {
                throw new IllegalArgumentException(at + "finding " + o.findingId() + " already owes its '"
                        + o.component() + "' component (entry " + f.components.get(o.component())
                        + "); to correct it, reverse the finding and owe the corrected finding under its own id");
            }
            f.components.put(o.component(), n);
            vendor(o.vendorId());
            owed.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
            owedInForce.merge(key, o.amount(), BigDecimal::add);
        }

        private void pay(String at, Paid p) {
            WorkerKey key = new WorkerKey(p.workerRef(), p.vendorId());
            // A payment is evidence against restitution owed: one to a worker the case owes nothing is a wrong
            // reference or a wrong case, not an overpayment.
            if (owedInForce.getOrDefault(key, LedgerAmounts.ZERO).signum() == 0) {
                throw new IllegalArgumentException(at + "nothing is owed to " + key + ", so a payment of "
                        + Money.of(p.amount()).format(Locale.US) + " cannot be recorded in this case"
                        + (owed.containsKey(key) ? " (every finding owed to this worker was reversed)" : ""));
            }
            paid.merge(key, p.amount(), BigDecimal::add);
        }

        private void release(String at, Released r) {
            BigDecimal held = withheld.getOrDefault(r.vendorId(), LedgerAmounts.ZERO)
                    .subtract(released.getOrDefault(r.vendorId(), LedgerAmounts.ZERO));
            if (r.amount().compareTo(held) > 0) {
                throw new IllegalArgumentException(at + "cannot release " + Money.of(r.amount()).format(Locale.US) + " to vendor "
                        + r.vendorId() + ": only " + Money.of(held).format(Locale.US) + " is held");
            }
            released.merge(r.vendorId(), r.amount(), BigDecimal::add);
        }

        private void reverse(int n, String at, OwedReversed r) {
            FindingState f = findings.get(r.findingId());
            if (f == null) {
                throw new IllegalArgumentException(at + "finding " + r.findingId()
                        + " owes nothing in this ledger, so there is nothing to reverse");
            }
            if (f.reversedBy != null) {
                throw new IllegalArgumentException(at + "finding " + r.findingId() + " was already reversed by entry "
                        + f.reversedBy);
            }
            f.reversedBy = n;
            BigDecimal amount = owedOn(r.findingId(), f);
            reversed.add(r.findingId());
            owedInForce.merge(f.worker, amount.negate(), BigDecimal::add);
        }

        Map<WorkerKey, WorkerBalance> workerBalances() {
            Map<WorkerKey, WorkerBalance> out = new LinkedHashMap<>();
            for (var e : owed.entrySet()) {
                WorkerKey key = e.getKey();
                BigDecimal paidTotal = paid.getOrDefault(key, LedgerAmounts.ZERO);
                // Oldest owed first: the worker's payments, all together, pay the entries in force in ledger order,
                // each in full before the next (a payment names no component; see the class comment).
                BigDecimal left = paidTotal;
                BigDecimal owedTotal = LedgerAmounts.ZERO;
                List<OwedLine> lines = new ArrayList<>();
                for (Owed o : e.getValue()) {
                    if (reversed.contains(o.findingId())) {
                        continue;
                    }
                    BigDecimal amount = revisedTo.getOrDefault(o.findingId(), o.amount()); // revised: one component
                    BigDecimal applied = left.min(amount);
                    left = left.subtract(applied);
                    owedTotal = owedTotal.add(amount);
                    lines.add(new OwedLine(o.findingId(), o.component(), amount, applied, amount.subtract(applied)));
                }
                // Outstanding floored at zero per worker; the excess is this worker's overpayment, never netted.
                BigDecimal outstanding = LedgerAmounts.positivePart(owedTotal.subtract(paidTotal));
                BigDecimal overpaid = LedgerAmounts.positivePart(paidTotal.subtract(owedTotal));
                out.put(key, new WorkerBalance(key.workerRef(), key.vendorId(), owedTotal, paidTotal, outstanding,
                        overpaid, lines));
            }
            return Collections.unmodifiableMap(out);
        }

        Map<Long, ContractorTotals> contractorTotals(Map<WorkerKey, WorkerBalance> balances) {
            Map<Long, ContractorTotals> out = new LinkedHashMap<>();
            for (long vendorId : vendors) {
                BigDecimal owedSum = LedgerAmounts.ZERO;
                BigDecimal paidSum = LedgerAmounts.ZERO;
                BigDecimal outstanding = LedgerAmounts.ZERO;
                BigDecimal overpaid = LedgerAmounts.ZERO;
                int count = 0;
                int countOutstanding = 0;
                for (WorkerBalance w : balances.values()) {
                    if (w.vendorId() != vendorId) {
                        continue;
                    }
                    owedSum = owedSum.add(w.owed());
                    paidSum = paidSum.add(w.paid());
                    outstanding = outstanding.add(w.outstanding());
                    overpaid = overpaid.add(w.overpaid());
                    count++;
                    countOutstanding += w.outstanding().signum() > 0 ? 1 : 0;
                }
                BigDecimal w = withheld.getOrDefault(vendorId, LedgerAmounts.ZERO);
                BigDecimal r = released.getOrDefault(vendorId, LedgerAmounts.ZERO);
                out.put(vendorId, new ContractorTotals(vendorId, owedSum, paidSum, outstanding, overpaid, w, r,
                        w.subtract(r), count, countOutstanding));
            }
            return Collections.unmodifiableMap(out);
        }
    }
}
