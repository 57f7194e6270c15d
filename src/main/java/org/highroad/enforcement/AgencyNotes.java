package org.highroad.enforcement;

import java.math.BigDecimal;
import java.util.Set;
import org.highroad.enforcement.domain.ComplianceCase.Outcome;
import org.highroad.enforcement.ledger.LedgerEntry;
import org.highroad.platform.security.HighroadUser;

/**
 * What agency staff write on a compliance case for the agency's own record, and what a contractor (the case's, or the
 * liable prime of a subcontractor's case) reads of it. Agency staff read everything.
 *
 * <p>A contractor reads every fact of its case: each finding and how its review went (and when), the outcome, each
 * step's decision, amount and the rules' rationale (the escalation ladder's, the workflow's), and every ledger amount.
 * Of the text staff write it reads only what is written for it: the notice (its cure date, in the notice step) and,
 * when a verification finds the case not cured, what is still missing, which the verification task tells the auditor
 * the contractor reads. Everything else staff write is internal: the review notes on findings, the reasons for
 * escalation steps, for a debarment referral and for closing (restitution outstanding, say), the reasons for releasing
 * withholding or reversing restitution, and any step or entry added later until it is put on these lists. Nor is the
 * contractor told which staff member decided or recorded anything; it reads who recorded its own payments.
 */
final class AgencyNotes {

    /** Steps (step and decision) whose reason is written for the contractor. */
    private static final Set<String> REASON_FOR_THE_CONTRACTOR = Set.of("NOTICE ISSUED", "NOTICE AMENDED",
            "VERIFICATION NOT_CURED");
    /**
     * Closing reasons written by the rules, not a person: every finding dismissed; no finding standing, some superseded;
     * the ladder's CLOSE.
     */
    private static final Set<String> CLOSED_BY_THE_RULES = Set.of(Outcome.DISMISSED.name(), Outcome.SUPERSEDED.name(),
            Outcome.CLOSED_OFF_LADDER.name());

    private AgencyNotes() {
    }

    static CaseView caseFor(CaseView c, HighroadUser reader) {
        if (reader.isAgencyStaff()) {
            return c;
        }
        return new CaseView(c.id(), c.subject(), c.contractId(), c.subsidyRequestId(), c.vendorId(), c.primeVendorId(),
                c.subcontractorCase(), c.status(),
                c.outcome(), c.openedAt(), c.ageDays(), c.pendingFindings(), c.confirmedFindings(), c.dismissedFindings(),
                c.supersededFindings(), c.amountOwed(), c.outstanding(), c.hoursShort(), c.escalationStep(), c.cureDue(), c.nextDeadline(),
                c.outcome() != null && CLOSED_BY_THE_RULES.contains(c.outcome()) ? c.closedReason() : null,
                c.findings().stream().map(f -> findingFor(f, reader)).toList());
    }

    static CaseView.Finding findingFor(CaseView.Finding f, HighroadUser reader) {
        return reader.isAgencyStaff() ? f : new CaseView.Finding(f.finding(), f.recovery(), f.review(), null, null, f.reviewedAt(),
                f.recheck());
    }

    static CaseSteps.StepView stepFor(CaseSteps.StepView s, HighroadUser reader) {
        if (reader.isAgencyStaff()) {
            return s;
        }
        return new CaseSteps.StepView(s.step(), s.decision(), s.amount(), s.rationale(),
                REASON_FOR_THE_CONTRACTOR.contains(s.step() + " " + s.decision()) ? s.reason() : null, null, s.decidedAt());
    }

    static LedgerView.Entry entryFor(LedgerView.Entry e, HighroadUser reader) {
        if (reader.isAgencyStaff() || e.entry() instanceof LedgerEntry.Paid) {
            return e; // a payment is the contractor's own, sent with its response
        }
        return new LedgerView.Entry(e.id(), e.kind(), withoutStaffText((LedgerEntry) e.entry()), e.responseId(), null,
                e.recordedAt());
    }

    /**
     * The entry with its amounts and references, without the staff's reasons and names. The payment a withholding was
     * taken from is the contractor's business (its own invoice or pay application), so its reference stays.
     */
    private static Object withoutStaffText(LedgerEntry entry) {
        if (entry instanceof LedgerEntry.Withheld w) {
            return new Withheld(w.vendorId(), w.amount(), w.paymentReference(), null);
        }
        if (entry instanceof LedgerEntry.Released r) {
            return new Released(r.vendorId(), r.amount(), null, null);
        }
        if (entry instanceof LedgerEntry.OwedReversed r) {
            return new OwedReversed(r.findingId(), null, null);
        }
        if (entry instanceof LedgerEntry.OwedRevised r) {
            return new OwedRevised(r.findingId(), r.amount(), null, null);
        }
        return entry; // OWED: a worker reference, an amount, a finding and a component; nobody's words
    }

    /** {@link LedgerEntry.Withheld} as a contractor reads it (same fields, {@code recordedBy} empty). */
    record Withheld(long vendorId, BigDecimal amount, String paymentReference, String recordedBy) {
    }

    /** {@link LedgerEntry.Released} as a contractor reads it (same fields, {@code reason} and {@code recordedBy} empty). */
    record Released(long vendorId, BigDecimal amount, String reason, String recordedBy) {
    }

    /** {@link LedgerEntry.OwedReversed} as a contractor reads it (same fields, {@code reason} and {@code recordedBy} empty). */
    record OwedReversed(long findingId, String reason, String recordedBy) {
    }

    /** {@link LedgerEntry.OwedRevised} as a contractor reads it (same fields, {@code reason} and {@code recordedBy} empty). */
    record OwedRevised(long findingId, BigDecimal amount, String reason, String recordedBy) {
    }
}
