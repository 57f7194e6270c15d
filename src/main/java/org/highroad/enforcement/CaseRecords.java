package org.highroad.enforcement;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.domain.ComplianceCase.Review;
import org.highroad.enforcement.domain.SubsidyRecoveries;
import org.highroad.enforcement.escalation.EscalationStep;
import org.highroad.enforcement.ledger.CaseTotals;
import org.highroad.enforcement.ledger.LedgerEntry;
import org.highroad.enforcement.ledger.RestitutionLedger;
import org.highroad.payroll.FindingView;
import org.highroad.payroll.PayrollResults;
import org.highroad.vendors.CaseOutcome;
import org.highroad.vendors.VendorRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports a case's outcome to the vendor's record ({@link VendorRegistry#recordCaseOutcome}) in the transaction of the
 * outcome: a close, an applied withholding or fine, an approved debarment referral, restitution paid. The vendors
 * module decides whether the outcome is an entry yet and keeps one per case and vendor.
 */
@Component
class CaseRecords {

    private final CaseLedgers ledgers;
    private final PayrollResults payroll;
    private final CaseCalendar calendar;
    private final SubsidyRecoveries recoveries;
    private final VendorRegistry vendors;

    CaseRecords(CaseLedgers ledgers, PayrollResults payroll, CaseCalendar calendar, SubsidyRecoveries recoveries,
            VendorRegistry vendors) {
        this.ledgers = ledgers;
        this.payroll = payroll;
        this.calendar = calendar;
        this.recoveries = recoveries;
        this.vendors = vendors;
    }

    /**
     * The case as it stands now. Its escalation step is the sanction applied last (a case steps up only when an auditor
     * applies the step, or an administrator approves the referral); the record keeps every one it was told of.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void report(ComplianceCase c, String by) {
        EscalationStep decided = EscalationStep.valueOf(c.escalationStep());
        List<Long> confirmed = c.findings().stream().filter(f -> f.review() == Review.CONFIRMED)
                .map(ComplianceCase.CaseFinding::findingId).toList();
        List<Long> weeksOf = confirmed.isEmpty() ? c.findings().stream().map(ComplianceCase.CaseFinding::findingId).toList()
                : confirmed;
        // a subsidy recovery's period is the day it was found; payroll findings', their weeks
        List<SubsidyRecovery> recovered = c.aboutSubsidy() ? recoveries.ofCase(c.id()) : List.of();
        List<LocalDate> weeks = c.aboutSubsidy()
                ? recovered.stream().map(r -> r.foundAt().atZone(ZoneOffset.UTC).toLocalDate()).sorted().toList()
                : payroll.findingsByIds(weeksOf).stream().map(FindingView::weekEnding).sorted().toList();
        LocalDate opened = c.openedAt().atZone(ZoneOffset.UTC).toLocalDate();
        RestitutionLedger ledger = ledgers.of(c.id());
        CaseTotals totals = ledger.totals();
        LocalDate closedOn = c.closedAt() == null ? null : c.closedAt().atZone(ZoneOffset.UTC).toLocalDate();
        Set<String> sanctions = decided == null || decided == EscalationStep.NONE ? Set.of() : Set.of(decided.name());
        vendors.recordCaseOutcome(new CaseOutcome(c.id(), c.contractId(), c.vendorId(), c.primeVendorId(),
                calendar.agencyOf(c), confirmed.size(), weeks.isEmpty() ? opened : weeks.get(0),
                weeks.isEmpty() ? opened : weeks.get(weeks.size() - 1), totals.owed(), totals.paid(), totals.outstanding(),
                sanctions, c.status() == ComplianceCase.Status.CLOSED ? c.outcome() : null, closedOn,
                paidInFullOn(ledger), recovered.isEmpty() ? null : "the " + recovered.get(0).agreement() + ", program "
                        + recovered.get(0).payee() + " (" + recovered.get(0).programName() + ")"), by);
    }

    /**
     * The day restitution was paid in full: the latest payment date, once something was owed and nothing is
     * outstanding (payments apply oldest owed first, so the last one completes it).
     */
    static LocalDate paidInFullOn(RestitutionLedger ledger) {
        CaseTotals t = ledger.totals();
        if (t.owed().signum() <= 0 || t.outstanding().signum() > 0) {
            return null;
        }
        return ledger.entries().stream().filter(LedgerEntry.Paid.class::isInstance).map(e -> ((LedgerEntry.Paid) e).paidOn())
                .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }
}
