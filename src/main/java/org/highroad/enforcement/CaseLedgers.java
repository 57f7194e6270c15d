package org.highroad.enforcement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.highroad.enforcement.domain.CaseLedgerRecord;
import org.highroad.enforcement.domain.CaseLedgerRepository;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.domain.ComplianceCaseRepository;
import org.highroad.enforcement.ledger.LedgerEntry;
import org.highroad.enforcement.ledger.RestitutionLedger;
import org.highroad.enforcement.ledger.WorkerBalance;
import org.highroad.payroll.FindingView;
import org.highroad.platform.money.Money;
import org.highroad.platform.validation.IdempotencyKey;
import org.highroad.platform.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored restitution ledger of each case: owed from confirmed findings, paid with evidence,
 * withholding held and released. Every append is checked by {@link RestitutionLedger} against the entries before it
 * before it is stored, so a refused payment (to a worker owed nothing, say) leaves nothing behind.
 */
@Service
public class CaseLedgers {

    /** The words of the refusal of a second withholding from one payment, which the page shows at the reference. */
    public static final String WITHHELD_ALREADY = " was already withheld from payment ";


    private static final String SUPERSEDED = "SUPERSEDED";

    private final CaseLedgerRepository lines;
    private final org.highroad.enforcement.domain.CaseResponseRepository responses;
    private final ComplianceCaseRepository cases;
    private final org.highroad.payroll.PayrollResults payroll;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final PaymentVerdicts verdicts;

    CaseLedgers(CaseLedgerRepository lines, ComplianceCaseRepository cases, org.highroad.payroll.PayrollResults payroll,
            Clock clock, org.highroad.enforcement.domain.CaseResponseRepository responses,
            org.springframework.context.ApplicationEventPublisher events, PaymentVerdicts verdicts) {
        this.verdicts = verdicts;
        this.events = events;
        this.responses = responses;
        this.lines = lines;
        this.cases = cases;
        this.payroll = payroll;
        this.clock = clock;
    }

    /**
     * The case's ledger for an append, read after locking the case's row: two requests appending to one case (two
     * releases, a payment and a release) are checked one after the other, so that no pair of appends, each allowed on
     * its own, leaves a ledger that the replay refuses.
     */
    private RestitutionLedger forAppend(long caseId) {
        cases.lockById(caseId);
        return of(caseId);
    }

    /** The case's ledger as it stood after entry {@code throughEntryId} (all of it when null). */
    @Transactional(readOnly = true)
    public RestitutionLedger asOf(long caseId, Long throughEntryId) {
        return RestitutionLedger.of(lines.findByCaseIdOrderById(caseId).stream()
                .filter(r -> throughEntryId == null || r.id() <= throughEntryId).map(CaseLedgerRecord::entry).toList());
    }

    /** The id of the case's last ledger entry, or null when it has none. */
    @Transactional(readOnly = true)
    public Long lastEntryId(long caseId) {
        return lines.findFirstByCaseIdOrderByIdDesc(caseId).map(CaseLedgerRecord::id).orElse(null);
    }

    @Transactional(readOnly = true)
    public RestitutionLedger of(long caseId) {
        return RestitutionLedger.of(lines.findByCaseIdOrderById(caseId).stream().map(CaseLedgerRecord::entry).toList());
    }

    /**
     * A confirmed wage finding owes its amount to the worker, as one component of the back wages: the payroll check
     * names the component in the finding's kind (29 CFR 5.5(a)(1): base rate, overtime, fringe benefits).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void owe(ComplianceCase c, FindingView f, String by) {
        LedgerEntry.Owed owed = owedFor(f);
        if (owed != null) {
            append(c.id(), forAppend(c.id()), owed, null, by);
        }
    }

    /**
     * What confirmed wage findings owe, appended together (a bulk review): the ledger is read once and replayed once
     * with all of them, and refuses them together if it would refuse one (the same rule as {@link #owe}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void oweAll(ComplianceCase c, List<FindingView> findings, String by) {
        List<LedgerEntry> entries = new ArrayList<>(forAppend(c.id()).entries());
        List<CaseLedgerRecord> records = new ArrayList<>();
        for (FindingView f : findings) {
            LedgerEntry.Owed owed = owedFor(f);
            if (owed != null) {
                entries.add(owed);
                records.add(new CaseLedgerRecord(c.id(), owed, null, by, clock.instant()));
            }
        }
        RestitutionLedger.of(entries); // the replay checks the ledger with every new line, as one append at a time does
        lines.saveAll(records);
        if (!records.isEmpty()) {
            events.publishEvent(new CaseLedgerChanged(c.id()));
        }
    }

    /** The amount a wage finding owes its worker, by component; null when it owes nothing. */
    private static LedgerEntry.Owed owedFor(FindingView f) {
        if (f.amountOwed() == null || f.amountOwed().signum() <= 0 || f.workerRef() == null || SUPERSEDED.equals(f.status())) {
            return null;
        }
        String component = f.kind().contains("FRINGE") ? LedgerEntry.Owed.FRINGE
                : f.kind().contains("OVERTIME") ? LedgerEntry.Owed.OVERTIME : LedgerEntry.Owed.BASE;
        return new LedgerEntry.Owed(f.workerRef(), f.vendorId(), f.amountOwed(), f.id(), component);
    }

    /**
     * A confirmed subsidy recovery owes its amount to the program, the ledger's payee in a subsidy case (named by the
     * program's code, as on the notice), not to a worker: the employer repays it with the evidence of its repayment.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void oweRecovery(ComplianceCase c, org.highroad.enforcement.SubsidyRecovery r, String by) {
        append(c.id(), forAppend(c.id()), new LedgerEntry.Owed(r.payee(), c.vendorId(), r.amount(), r.id(), SUBSIDY_RECOVERY),
                null, by);
    }

    /** The component of a subsidy recovery on the ledger. */
    static final String SUBSIDY_RECOVERY = "subsidy recovery";

    /**
     * Reverses what these findings owe in the case, those that owe something not yet reversed: they no longer stand (a
     * correction payroll replaced the payroll they were found on), and the correction's own findings say what is owed
     * now. Returns the restitution reversed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public BigDecimal reverse(long caseId, Collection<Long> findingIds, String reason, String by) {
        RestitutionLedger ledger = forAppend(caseId);
        Map<Long, BigDecimal> owed = new java.util.HashMap<>();
        Set<Long> reversed = new HashSet<>();
        for (LedgerEntry e : ledger.entries()) {
            if (e instanceof LedgerEntry.Owed o) {
                owed.merge(o.findingId(), o.amount(), BigDecimal::add);
            } else if (e instanceof LedgerEntry.OwedRevised r) {
                owed.put(r.findingId(), r.amount()); // what it owes since the auditor revised it
            } else if (e instanceof LedgerEntry.OwedReversed r) {
                reversed.add(r.findingId());
            }
        }
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Long id : findingIds) {
            if (owed.containsKey(id) && reversed.add(id)) {
                ledger = append(caseId, ledger, new LedgerEntry.OwedReversed(id, reason, by), null, by);
                total = total.add(owed.get(id));
            }
        }
        return total;
    }

    /**
     * What a confirmed finding owes now in the case's ledger (its last revision, or what it was owed), or null when it
     * owes nothing there (never owed, or reversed). Read with the case locked.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public BigDecimal owedOn(long caseId, long findingId) {
        BigDecimal owed = null;
        for (LedgerEntry e : forAppend(caseId).entries()) {
            if (e instanceof LedgerEntry.Owed o && o.findingId() == findingId) {
                owed = owed == null ? o.amount() : owed.add(o.amount());
            } else if (e instanceof LedgerEntry.OwedRevised r && r.findingId() == findingId) {
                owed = r.amount();
            } else if (e instanceof LedgerEntry.OwedReversed r && r.findingId() == findingId) {
                return null;
            }
        }
        return owed;
    }

    /**
     * The auditor's revision of what a confirmed finding owes, appended (never an overwrite): the worker's restitution
     * changes by the difference. Refused (422 naming {@code amount}) when the worker would be owed less than the
     * payments already recorded for it ({@link RestitutionLedger}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void revise(long caseId, long findingId, BigDecimal amount, String reason, String by) {
        try {
            append(caseId, forAppend(caseId), new LedgerEntry.OwedRevised(findingId, amount, reason, by), null, by);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("amount", e.getMessage());
        }
    }

    /** A finding's last revision by the auditor: what it owed before, what it owes since, and when. */
    public record Revision(long findingId, BigDecimal from, BigDecimal to, java.time.Instant at) {
    }

    /** The last revision of each finding of the case that was revised, by finding, from the ledger's history. */
    @Transactional(readOnly = true)
    public Map<Long, Revision> revisions(long caseId) {
        Map<Long, BigDecimal> owed = new java.util.HashMap<>();
        Map<Long, Revision> out = new java.util.HashMap<>();
        for (CaseLedgerRecord r : lines.findByCaseIdOrderById(caseId)) {
            LedgerEntry e = r.entry();
            if (e instanceof LedgerEntry.Owed o) {
                owed.merge(o.findingId(), o.amount(), BigDecimal::add);
            } else if (e instanceof LedgerEntry.OwedRevised v) {
                out.put(v.findingId(), new Revision(v.findingId(), owed.get(v.findingId()), v.amount(), r.recordedAt()));
                owed.put(v.findingId(), v.amount());
            } else if (e instanceof LedgerEntry.OwedReversed v) {
                out.remove(v.findingId());
            }
        }
        return out;
    }

    /** A payment to one worker, from the contractor's proof of payment (the response it came with). */
    public record Payment(String workerRef, BigDecimal amount, LocalDate paidOn, String evidence) {
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordPayments(ComplianceCase c, List<Payment> payments, long responseId, String by) {
        RestitutionLedger ledger = forAppend(c.id());
        Map<String, BigDecimal> refused = refusedPayments(c.id());
        for (int i = 0; i < payments.size(); i++) {
            Payment p = payments.get(i);
            String field = "payments[" + i + "]";
            if (p.paidOn() != null && p.paidOn().isAfter(LocalDate.now(clock))) {
                throw new InvalidInputException(field + ".paidOn", "must not be in the future");
            }
            LocalDate firstDay = c.aboutSubsidy() ? null : firstDayOfWorkOwedFor(ledger, p.workerRef());
            if (p.paidOn() != null && firstDay != null && p.paidOn().isBefore(firstDay)) {
                // restitution pays back wages of the weeks found underpaid: a payment dated before the first of those
                // weeks began is a typing error (a year wrong) or another payment, not restitution for these findings
                throw new InvalidInputException(field + ".paidOn", "must not be before " + firstDay
                        + ", the first day of the work the restitution is for");
            }
            // a payment is evidence against restitution owed (RestitutionLedger): said here to the contractor in its
            // own terms, its worker as on its payroll, rather than as the ledger's entry and the vendor's id
            if (p.workerRef() != null && ledger.worker(p.workerRef(), c.vendorId()).owed().signum() == 0) {
                throw new InvalidInputException(field + ".workerRef", "nothing is owed to worker " + p.workerRef().strip()
                        + " in this case, so a payment of " + (p.amount() == null ? "$0.00" : Money.of(p.amount())
                                .format(java.util.Locale.US)) + " cannot be recorded: pay a worker the case owes");
            }
            // Restitution is owed to each worker for that worker's underpayment (HUD "Making Davis-Bacon Work":
            // restitution = hours x (wage-decision rate - rate paid), per worker, reported per worker on the correction
            // payroll), and a payment the contractor reports is its proof of paying that, which the auditor then
            // verifies: a payment above what is still owed to the worker (owed less the payments already reported) pays
            // no restitution, and is refused rather than recorded as paid (a typed $500.00 for $50.00 would show the
            // worker paid in full). Checked with the case locked (forAppend), so two payments at once see each other.
            if (p.workerRef() != null && p.amount() != null) {
                WorkerBalance reported = ledger.worker(p.workerRef(), c.vendorId());
                WorkerBalance balance = stillOwed(reported, refused.get(p.workerRef().strip()));
                if (p.amount().compareTo(balance.outstanding()) > 0) {
                    String paid = Money.of(p.amount()).format(java.util.Locale.US);
                    if (balance.outstanding().signum() == 0) {
                        throw new InvalidInputException(field + ".amount", "nothing is still owed to worker "
                                + p.workerRef().strip() + " in this case: the " + Money.of(balance.owed()).format(java.util.Locale.US)
                                + " owed is reported paid, so a payment of " + paid + " cannot be recorded");
                    }
                    throw new InvalidInputException(field + ".amount", "at most " + Money.of(balance.outstanding())
                            .format(java.util.Locale.US) + " is still owed to worker " + p.workerRef().strip()
                            + " in this case, so a payment of " + paid + " cannot be recorded: pay what is still owed");
                }
            }
            try {
                ledger = append(c.id(), ledger, new LedgerEntry.Paid(p.workerRef(), c.vendorId(), p.amount(), p.evidence(),
                        p.paidOn(), by), responseId, by);
            } catch (IllegalArgumentException e) {
                // the ledger's own wording starts with the entry's place and kind ("entry 3 (PAID): "), not the payer's
                throw new InvalidInputException(field, e.getMessage().replaceFirst("^entry \\d+ \\([A-Z_]+\\): ", "")
                        .replaceFirst("^PAID: ", ""));
            }
        }
    }

    /**
     * The payments to each worker of the case that the auditor refused on verifying ({@link PaymentVerdicts#refused}):
     * they stay in the ledger as reported, and do not count toward what is still owed.
     */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> refusedPayments(long caseId) {
        java.util.Set<Long> refused = verdicts.refused(List.of(caseId));
        Map<String, BigDecimal> out = new java.util.HashMap<>();
        if (refused.isEmpty()) {
            return out;
        }
        for (CaseLedgerRecord r : lines.findByCaseIdOrderById(caseId)) {
            if (r.entry() instanceof LedgerEntry.Paid p && refused.contains(r.id())) {
                out.merge(p.workerRef(), p.amount(), BigDecimal::add);
            }
        }
        return out;
    }

    /**
     * The case's ledger without the payments the auditor refused ({@link PaymentVerdicts#refused}) nor those in
     * {@code alsoRefused} (refused by the verification being recorded): what counts toward what is still owed, and so
     * what the closing rule of a {@code CURED} verification reads.
     */
    @Transactional(readOnly = true)
    public RestitutionLedger withoutRefused(long caseId, Collection<Long> alsoRefused) {
        java.util.Set<Long> refused = new HashSet<>(verdicts.refused(List.of(caseId)));
        refused.addAll(alsoRefused);
        return RestitutionLedger.of(lines.findByCaseIdOrderById(caseId).stream()
                .filter(r -> !(r.entry() instanceof LedgerEntry.Paid) || !refused.contains(r.id()))
                .map(CaseLedgerRecord::entry).toList());
    }

    /**
     * The case's ledger counting only the payments proved: taken in by an auditor's verification and not refused
     * ({@link PaymentVerdicts}' "paid"). Withholding secures the restitution not yet proved paid (29 CFR 5.9, 5.5(a)(2):
     * what is needed to satisfy the liabilities; ADR 0037: a payment counts as paid once the agency accepted its proof),
     * so the ceiling on withholding, what is held beyond what is owed, and the withholding recommended read this ledger:
     * a payment the contractor reported and no auditor has ruled on yet does not release the security.
     */
    @Transactional(readOnly = true)
    public RestitutionLedger proven(long caseId) {
        return provenOf(caseId, lines.findByCaseIdOrderById(caseId));
    }

    private RestitutionLedger provenOf(long caseId, List<CaseLedgerRecord> stored) {
        java.util.Set<Long> verified = verdicts.curing(List.of(caseId));
        java.util.Set<Long> refused = verdicts.refused(List.of(caseId));
        return RestitutionLedger.of(stored.stream().filter(r -> !(r.entry() instanceof LedgerEntry.Paid)
                || (r.responseId() != null && verified.contains(r.responseId()) && !refused.contains(r.id())))
                .map(CaseLedgerRecord::entry).toList());
    }

    /**
     * A worker's balance with the payments a verification refused set aside ({@link #refusedPayments}): what is still
     * owed to the worker, and so the most a new payment may be.
     */
    public static WorkerBalance stillOwed(WorkerBalance reported, BigDecimal refused) {
        if (refused == null || refused.signum() == 0) {
            return reported;
        }
        BigDecimal paid = reported.paid().subtract(refused).max(BigDecimal.ZERO).setScale(2);
        BigDecimal outstanding = reported.owed().subtract(paid).max(BigDecimal.ZERO).setScale(2);
        return new WorkerBalance(reported.workerRef(), reported.vendorId(), reported.owed(), paid, outstanding,
                reported.owed().subtract(paid).negate().max(BigDecimal.ZERO).setScale(2), reported.lines());
    }

    /**
     * The first day of the earliest work week whose restitution the ledger owes this worker (the week ending of its
     * finding less six days: a payroll week is seven days ending on the week-ending day, 29 CFR 5.5(a)(3)(i)); for a
     * worker the ledger owes nothing, the earliest of any worker's; null when no finding of the ledger has a week.
     */
    private LocalDate firstDayOfWorkOwedFor(RestitutionLedger ledger, String workerRef) {
        List<LedgerEntry.Owed> owed = ledger.entries().stream().filter(LedgerEntry.Owed.class::isInstance)
                .map(LedgerEntry.Owed.class::cast).toList();
        List<LedgerEntry.Owed> worker = owed.stream().filter(o -> o.workerRef().equals(workerRef == null ? null
                : workerRef.strip())).toList();
        List<Long> findingIds = (worker.isEmpty() ? owed : worker).stream().map(LedgerEntry.Owed::findingId).distinct().toList();
        if (findingIds.isEmpty()) {
            return null;
        }
        return payroll.findingsByIds(findingIds).stream().map(FindingView::weekEnding).filter(w -> w != null)
                .min(LocalDate::compareTo).map(w -> w.minusDays(6)).orElse(null);
    }

    /**
     * Withholding held from a payment due to the contractor (29 CFR 5.5(a)(2), 29 CFR 5.9), or released, as agency
     * staff record it; for a subcontractor's case the money is withheld from the prime's payments, which the ledger
     * books against the subcontractor whose workers it is for. No more is held from the contractor than it still owes
     * on the case ({@link RestitutionLedger#withholdingRefusal}, 29 CFR 5.9): above that, {@link AboveWhatIsOwed} (422 at
     * {@code amount}); a release above what is held is refused by the ledger (422 at {@code amount}).
     */
    @Transactional
    public void recordWithholding(ComplianceCase c, boolean release, BigDecimal amount, String referenceOrReason, String by) {
        recordWithholding(c, release, amount, referenceOrReason, by, java.util.Optional.empty());
    }

    /**
     * As {@link #recordWithholding(ComplianceCase, boolean, BigDecimal, String, String)}, with the key of the form or
     * request that sent it: the key is stored with the entry under the case's unique index (V79), so the same release
     * sent again with it (a double click, a resend) records nothing more, and the key sent with another amount or
     * reason is refused ({@link IdempotencyKey.Reused}), the first entry standing. Appends to one case are taken one at
     * a time (the case's row lock), so the same key sent twice at once is also recorded once.
     */
    @Transactional
    public void recordWithholding(ComplianceCase c, boolean release, BigDecimal amount, String referenceOrReason, String by,
            java.util.Optional<IdempotencyKey> key) {
        if (c.status() != ComplianceCase.Status.OPEN && !release) {
            throw new org.highroad.platform.errors.ConflictException("case " + c.id() + " is closed");
        }
        LedgerEntry entry;
        try {
            entry = release ? new LedgerEntry.Released(c.vendorId(), amount, referenceOrReason, by)
                    : new LedgerEntry.Withheld(c.vendorId(), amount, referenceOrReason, by);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("amount", e.getMessage());
        }
        RestitutionLedger ledger = forAppend(c.id());
        if (key.isPresent()) {
            var earlier = lines.findByCaseIdAndIdempotencyKey(c.id(), key.get().hash());
            if (earlier.isPresent()) {
                if (sameWithholding(earlier.get().entry(), entry)) {
                    return;
                }
                throw new IdempotencyKey.Reused(release ? "release" : "withholding");
            }
        }
        if (entry instanceof LedgerEntry.Withheld w) {
            // one payment to the contractor is withheld from once per case (V83's unique index on the reference's key,
            // so chk-1 is the payment CHK-1): the same withholding sent again (a retry, a double click) records nothing
            // more; another amount from that payment is refused
            var earlier = lines.findByCaseIdAndPaymentReferenceKey(c.id(), w.referenceKey());
            if (earlier.isPresent()) {
                LedgerEntry.Withheld first = (LedgerEntry.Withheld) earlier.get().entry();
                if (first.amount().compareTo(w.amount()) == 0) {
                    return;
                }
                throw new org.highroad.platform.errors.ConflictException(
                        Money.of(first.amount()).format(java.util.Locale.US) + " was already withheld from payment "
                        + first.paymentReference() + " in this case (entry " + earlier.get().id()
                        + "); a payment is withheld from once: correct it with a release, or name another payment");
            }
        }
        if (entry instanceof LedgerEntry.Withheld w) {
            // the ceiling (29 CFR 5.9, 5.5(a)(2): only what is needed to satisfy the liabilities): what is held from the
            // contractor never exceeds what it still owes on the case, counting as paid only the payments proved (an
            // auditor's verification took them in and did not refuse them: reported ones do not lower the security)
            // (RestitutionLedger#withholdingRefusal); checked with the case locked, so two withholdings at once see each other
            RestitutionLedger owing = proven(c.id());
            var refusal = owing.withholdingRefusal(w.vendorId(), w.amount());
            if (refusal.isPresent()) {
                var t = owing.contractor(w.vendorId());
                throw new AboveWhatIsOwed(refusal.get(), t.recommendedWithholding(), t.outstanding(), t.held());
            }
        }
        try {
            append(c.id(), ledger, entry, null, by, key.map(IdempotencyKey::hash).orElse(null));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("amount", e.getMessage());
        }
    }

    /**
     * A withholding refused for going above what the contractor still owes on the case (422 at {@code amount}): the
     * most that can be withheld, what is owed and what is held, for a page to say in its reader's language.
     */
    public static final class AboveWhatIsOwed extends InvalidInputException {

        private final transient BigDecimal most;
        private final transient BigDecimal owes;
        private final transient BigDecimal held;

        AboveWhatIsOwed(String reason, BigDecimal most, BigDecimal owes, BigDecimal held) {
            super("amount", reason);
            this.most = most;
            this.owes = owes;
            this.held = held;
        }

        public BigDecimal most() {
            return most;
        }

        public BigDecimal owes() {
            return owes;
        }

        public BigDecimal held() {
            return held;
        }
    }

    /** The same withholding or release: its kind, amount (to the cent) and payment reference or reason. */
    private static boolean sameWithholding(LedgerEntry first, LedgerEntry again) {
        if (first instanceof LedgerEntry.Released a && again instanceof LedgerEntry.Released b) {
            return a.amount().compareTo(b.amount()) == 0 && a.reason().equals(b.reason());
        }
        if (first instanceof LedgerEntry.Withheld a && again instanceof LedgerEntry.Withheld b) {
            return a.amount().compareTo(b.amount()) == 0 && a.referenceKey().equals(b.referenceKey());
        }
        return false;
    }

    /** Appends to {@code ledger} (the case's as read) and stores the entry; throws, storing nothing, if refused. */
    private RestitutionLedger append(long caseId, RestitutionLedger ledger, LedgerEntry entry, Long responseId, String by) {
        return append(caseId, ledger, entry, responseId, by, null);
    }

    /** As {@link #append(long, RestitutionLedger, LedgerEntry, Long, String)}, the entry stored with its key's hash. */
    private RestitutionLedger append(long caseId, RestitutionLedger ledger, LedgerEntry entry, Long responseId, String by,
            String keyHash) {
        RestitutionLedger more = ledger.append(entry);
        lines.saveAndFlush(new CaseLedgerRecord(caseId, entry, responseId, by, clock.instant()).keyed(keyHash));
        events.publishEvent(new CaseLedgerChanged(caseId));
        return more;
    }

    /**
     * Outstanding restitution of each of these cases, from one read of their ledger lines: owed less the payments
     * reported and not refused by a verification ({@link #outstandingOnPaymentsNotRefused}).
     */
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> outstanding(List<Long> caseIds) {
        return outstandingOnPaymentsNotRefused(caseIds);
    }

    /**
     * Restitution owed in each of these cases as the ledger holds it: on findings the agency confirmed (reversals and
     * revisions applied), the "Owed (confirmed by the agency)" of the case page; findings awaiting review owe nothing yet.
     */
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> owed(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<LedgerEntry>> byCase = lines.findByCaseIdInOrderById(caseIds).stream().collect(Collectors.groupingBy(
                CaseLedgerRecord::caseId, Collectors.mapping(CaseLedgerRecord::entry, Collectors.toList())));
        return caseIds.stream().collect(Collectors.toMap(id -> id, id -> RestitutionLedger.of(byCase.getOrDefault(id, List.of()))
                .totals().owed()));
    }

    /** Restitution still owed in one case: owed less the payments reported and not refused by a verification. */
    @Transactional(readOnly = true)
    public BigDecimal stillOwed(long caseId) {
        return outstandingOnPaymentsNotRefused(List.of(caseId)).get(caseId);
    }

    /**
     * Outstanding restitution of each of these cases counting only the payments an auditor's verification took in and
     * did not refuse ({@link PaymentVerdicts}):
     * what the public is told is paid is what the agency checked, not what the contractor reports (a payment reported
     * and not yet verified stays outstanding here).
     */
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> outstandingOnVerifiedPayments(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        java.util.Set<Long> verified = verdicts.curing(caseIds); // taken in by a verification
        java.util.Set<Long> refused = verdicts.refused(caseIds); // and not refused by its ruling
        return outstandingCounting(caseIds, r -> r.responseId() != null && verified.contains(r.responseId())
                && !refused.contains(r.id()));
    }

    /**
     * Outstanding restitution of each of these cases counting the payments reported and not refused by a verification
     * ({@link PaymentVerdicts#refused}): what the contractor reports paid, less what the auditor did not accept.
     */
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> outstandingOnPaymentsNotRefused(List<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        java.util.Set<Long> refused = verdicts.refused(caseIds);
        return outstandingCounting(caseIds, r -> !refused.contains(r.id()));
    }

    private Map<Long, BigDecimal> outstandingCounting(List<Long> caseIds, java.util.function.Predicate<CaseLedgerRecord> paidCounts) {
        Map<Long, List<LedgerEntry>> byCase = lines.findByCaseIdInOrderById(caseIds).stream()
                .filter(r -> !(r.entry() instanceof LedgerEntry.Paid) || paidCounts.test(r))
                .collect(Collectors.groupingBy(CaseLedgerRecord::caseId, Collectors.mapping(CaseLedgerRecord::entry,
                        Collectors.toList())));
        return caseIds.stream().collect(Collectors.toMap(id -> id, id -> RestitutionLedger.of(byCase.getOrDefault(id, List.of()))
                .totals().outstanding()));
    }

    /** The case's ledger as {@code reader} may read it: a contractor without the agency's notes ({@link AgencyNotes}). */
    @Transactional(readOnly = true)
    public LedgerView view(ComplianceCase c, org.highroad.platform.security.HighroadUser reader) {
        List<CaseLedgerRecord> stored = lines.findByCaseIdOrderById(c.id());
        // every entry is listed; the sums count the payments the auditor refused as not paid (PaymentVerdicts)
        Map<Long, PaymentRulings.Ruling> refusals = verdicts.refusals(List.of(c.id()));
        java.util.Set<Long> refused = refusals.keySet();
        RestitutionLedger ledger = RestitutionLedger.of(stored.stream().filter(r -> !(r.entry() instanceof LedgerEntry.Paid)
                || !refused.contains(r.id())).map(CaseLedgerRecord::entry).toList());
        // what to withhold, or to release as held beyond what is owed, reads the payments proved (see proven)
        return new LedgerView(c.id(), ledger.totals(), ledger.workers(),
                provenOf(c.id(), stored).contractors().stream().map(t -> new LedgerView.Contractor(t, t.recommendedWithholding()))
                        .toList(),
                stored.stream().map(r -> AgencyNotes.entryFor(new LedgerView.Entry(r.id(), r.entry().kind().name(), r.entry(),
                        r.responseId(), r.recordedBy(), r.recordedAt(), refusals.containsKey(r.id())
                                ? refusals.get(r.id()).reason() : null), reader)).toList());
    }
}
