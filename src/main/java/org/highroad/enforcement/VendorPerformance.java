package org.highroad.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.domain.ComplianceCase.Review;
import org.highroad.enforcement.domain.ComplianceCaseRepository;
import org.highroad.enforcement.ledger.RestitutionLedger;
import org.highroad.payroll.ReportingHistory;
import org.highroad.vendors.PerformanceFacts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vendors module's {@link PerformanceFacts}, from the payroll reporting record and this module's cases (ADR 0010):
 * the vendor's own cases opened in the period, their confirmed findings, and whether the restitution they owed was
 * paid in full by the end of the cure period their notice set (29 CFR 5.5(a)(1): back wages owed are paid to the
 * workers; the cure period is the standard's, counted in business days by {@link CaseCalendar}).
 */
@Component
class VendorPerformance implements PerformanceFacts {

    private final ReportingHistory reporting;
    private final ComplianceCaseRepository cases;
    private final CaseLedgers ledgers;

    VendorPerformance(ReportingHistory reporting, ComplianceCaseRepository cases, CaseLedgers ledgers) {
        this.reporting = reporting;
        this.cases = cases;
        this.ledgers = ledgers;
    }

    @Override
    @Transactional(readOnly = true)
    public Facts of(long vendorId, LocalDate from, LocalDate to) {
        ReportingHistory.Reporting r = reporting.of(vendorId, from, to);
        List<ComplianceCase> own = cases.findByVendorIdAndIdNot(vendorId, -1L).stream()
                .filter(c -> {
                    LocalDate opened = c.openedAt().atZone(ZoneOffset.UTC).toLocalDate();
                    return !opened.isBefore(from) && !opened.isAfter(to);
                }).sorted(java.util.Comparator.comparing(ComplianceCase::id)).toList();
        Map<Long, Integer> confirmed = new LinkedHashMap<>();
        List<Long> owing = new ArrayList<>();
        List<Long> curedInTime = new ArrayList<>();
        for (ComplianceCase c : own) {
            confirmed.put(c.id(), c.count(Review.CONFIRMED));
            RestitutionLedger ledger = ledgers.of(c.id());
            if (ledger.totals().owed().signum() > 0) {
                owing.add(c.id());
                LocalDate paidInFull = CaseRecords.paidInFullOn(ledger);
                if (paidInFull != null && (c.cureDue() == null || !paidInFull.isAfter(c.cureDue()))) {
                    curedInTime.add(c.id());
                }
            }
        }
        List<Long> lateCases = r.lateFindingIds().isEmpty() ? List.of() : cases.idsHolding(r.lateFindingIds());
        List<Long> shortfallCases = r.shortfallFindingIds().isEmpty() ? List.of() : cases.idsHolding(r.shortfallFindingIds());
        return new Facts(r.weeksDue(), r.lateFindingIds().size(), lateCases, r.hoursReported() == null ? BigDecimal.ZERO
                : r.hoursReported(), confirmed, owing, curedInTime, r.weeksReported(), r.shortfallWeeks(), shortfallCases);
    }
}
