package org.highroad.enforcement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.domain.ComplianceCase.Review;
import org.highroad.enforcement.domain.ComplianceCaseRepository;
import org.highroad.enforcement.escalation.EscalationInput;
import org.highroad.enforcement.escalation.EscalationStep;
import org.highroad.payroll.FindingView;
import org.highroad.payroll.PayrollResults;
import org.springframework.stereotype.Component;

/** What the escalation ladder and the sanctions read of a case: its open violations, how late, its history. */
@Component
class EscalationFacts {

    /** A repeat offender had another case with a confirmed finding in the last 3 years (escalation-ladder.dmn). */
    static final int REPEAT_YEARS = 3;

    private final ComplianceCaseRepository cases;
    private final CaseLedgers ledgers;
    private final PayrollResults payroll;
    private final CaseCalendar calendar;
    private final Clock clock;
    private final CuredFindings cured;

    EscalationFacts(ComplianceCaseRepository cases, CaseLedgers ledgers, PayrollResults payroll, CaseCalendar calendar,
            Clock clock, CuredFindings cured) {
        this.cured = cured;
        this.cases = cases;
        this.ledgers = ledgers;
        this.payroll = payroll;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The ladder's input for the case today. */
    EscalationInput input(ComplianceCase c, LocalDate today) {
        return new EscalationInput(EscalationStep.valueOf(c.escalationStep()), false,
                ledgers.stillOwed(c.id()), daysPastCure(c, today), violations(c), repeatOffender(c, today),
                missingPayrolls(c).size());
    }

    /** The weeks of the case's confirmed late reports whose certified payroll is still not in. */
    List<LocalDate> missingPayrolls(ComplianceCase c) {
        if (c.aboutSubsidy()) {
            return List.of(); // a training agreement has no certified payrolls due
        }
        List<Long> late = c.findings().stream().filter(f -> f.review() == Review.CONFIRMED).map(ComplianceCase.CaseFinding::findingId)
                .toList();
        return payroll.findingsByIds(late).stream().filter(f -> "LATE_REPORT".equals(f.kind()))
                .map(FindingView::weekEnding).distinct()
                .filter(week -> !payroll.hasAcceptedPayroll(c.contractId(), c.vendorId(), week)).toList();
    }

    /**
     * Violations still open: the confirmed findings of a case not verified cured (a verification may have cured the
     * findings noticed while later ones are still open: ADR 0033).
     */
    int violations(ComplianceCase c) {
        return cured.violations(c);
    }

    /** Fines run per day, weekends and holidays included: each day a violation continues is a separate violation. */
    static int calendarDaysPastCure(ComplianceCase c, LocalDate today) {
        return c.cureDue() == null ? 0 : (int) Math.max(0, ChronoUnit.DAYS.between(c.cureDue(), today));
    }

    /**
     * The ladder's thresholds (escalation-ladder.dmn) count business days past cure, like the cure period itself, in
     * the calendar of the case's agency.
     */
    private int daysPastCure(ComplianceCase c, LocalDate today) {
        return c.cureDue() == null ? 0 : Math.max(0, calendar.of(c).businessDaysBetween(c.cureDue(), today));
    }

    private boolean repeatOffender(ComplianceCase c, LocalDate today) {
        Instant since = today.minus(REPEAT_YEARS, ChronoUnit.YEARS).atStartOfDay(clock.getZone()).toInstant();
        return cases.findByVendorIdAndIdNot(c.vendorId(), c.id()).stream().anyMatch(o -> o.openedAt().isAfter(since)
                && o.findings().stream().anyMatch(f -> f.review() == Review.CONFIRMED));
    }
}
