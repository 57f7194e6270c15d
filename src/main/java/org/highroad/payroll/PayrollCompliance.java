package org.highroad.payroll;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.highroad.contracts.Contracts;
import org.highroad.contracts.ExpectedPayroll;
import org.highroad.contracts.ReportingTerms;
import org.highroad.payroll.PayrollEvents.PayrollFlagged;
import org.highroad.payroll.domain.FindingStore;
import org.highroad.payroll.domain.PayrollSubmission;
import org.highroad.payroll.domain.PayrollSubmissionRepository;
import org.highroad.payroll.utilization.Utilization;
import org.highroad.platform.security.HighroadUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a contract's payroll reporting is in order: every expected week, or reporting period of another cadence
 * (the payroll calendar), received, a no-work
 * statement, late, missing or not yet due; findings still open (awaiting review, or confirmed and not cured); shares
 * short to date. A contract is never compliant while a
 * report past its due date is missing (29 CFR 5.5(a)(3)(ii)(A): a payroll for every week worked; REPORTING clause). Late reports are recorded here when the review process's
 * timer fires.
 */
@Service
public class PayrollCompliance {

    /** Weekly payrolls are due as the contract's reporting terms say (29 CFR 5.5(a)(3)(ii)(A); REPORTING clause). */
    static final String LATE_RULE = "29 CFR 5.5(a)(3)(ii)(A): a certified payroll for every week in which work is performed; "
            + "contract REPORTING clause: due the number of days after the week ends that the standard version sets";

    /** Another cadence: the standard version's own reporting period, in the contract's reporting terms. */
    static final String LATE_RULE_PERIOD = "contract REPORTING clause: a certified payroll for every reporting period in which "
            + "work is performed, due the number of days after the period ends that the contract's reporting terms set";

    private final Contracts contracts;
    private final PayrollSubmissionRepository submissions;
    private final FindingStore findings;
    private final PayrollUtilization utilization;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PayrollCompliance(Contracts contracts, PayrollSubmissionRepository submissions, FindingStore findings,
            PayrollUtilization utilization, ApplicationEventPublisher events, Clock clock) {
        this.contracts = contracts;
        this.submissions = submissions;
        this.findings = findings;
        this.utilization = utilization;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The due date passed: if the week has no accepted payroll or no-work statement, a LATE_REPORT finding (once).
     * Returns whether the report was late.
     */
    @Transactional
    public boolean recordLateReport(long contractId, long vendorId, LocalDate weekEnding, LocalDate dueOn) {
        if (current(contractId, vendorId, weekEnding).isPresent()) {
            return false;
        }
        ReportingTerms terms = contracts.ruleBook(contractId).reporting(weekEnding);
        FindingView late = new FindingView(null, "LATE_REPORT", "OPEN", contractId, vendorId, weekEnding, null, null, null, null,
                null, null, null, null, null, null, "no certified payroll or no-work statement for "
                        + terms.period(weekEnding) + " was received by " + dueOn, terms.weekly() ? LATE_RULE : LATE_RULE_PERIOD,
                clock.instant());
        List<Long> ids = findings.insertNew(List.of(late), List.of(FindingStore.fingerprint("late", contractId, vendorId, weekEnding)),
                findings.fingerprints(contractId, weekEnding));
        if (!ids.isEmpty()) {
            events.publishEvent(new PayrollFlagged(contractId, vendorId, weekEnding, null, ids));
        }
        return true;
    }

    @Transactional(readOnly = true)
    public Status status(long contractId, HighroadUser caller) {
        LocalDate today = LocalDate.now(clock);
        List<Week> weeks = periods(contractId, caller);
        // still open: awaiting review, or confirmed and not yet cured (FindingView); dismissed, resolved and superseded
        // findings no longer count against the contract
        List<FindingView> open = findings.ofContract(contractId).stream()
                .filter(f -> FindingStore.stillOpen(f.status()) && caller.mayActFor(f.vendorId())).toList();
        LocalDate lastWeek = weeks.stream().map(Week::weekEnding).filter(w -> !w.isAfter(today)).max(LocalDate::compareTo)
                .orElse(null);
        // a subcontractor's standing is measured on its own workforce (PayrollUtilization.forCaller)
        List<Utilization.ShareLine> short_ = lastWeek == null ? List.of()
                : utilization.compute(contractId, lastWeek, utilization.workforceSeenBy(contractId, caller)).shortfalls();
        long missing = weeks.stream().filter(w -> w.state().equals("MISSING")).count();
        boolean unchecked = weeks.stream().anyMatch(w -> w.state().equals("RECEIVED_UNCHECKED"));
        BigDecimal owed = open.stream().map(FindingView::amountOwed).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Status(contractId, today, missing == 0 && !unchecked && open.isEmpty() && short_.isEmpty(), (int) missing, open.size(),
                owed, short_, weeks);
    }

    /**
     * Every expected reporting period of the contract the caller may see, with where it stands today: a period is
     * MISSING from the day after its due date (the review's late timer fires at the first moment after it).
     */
    @Transactional(readOnly = true)
    public List<Week> periods(long contractId, HighroadUser caller) {
        LocalDate today = LocalDate.now(clock);
        List<Week> weeks = new ArrayList<>();
        // the contract's accepted payrolls read once (not once a period): the last accepted of each contractor's period
        record Period(long vendorId, LocalDate weekEnding) {
        }
        java.util.Map<Period, PayrollSubmission> accepted = new java.util.HashMap<>();
        for (PayrollSubmission x : submissions.findByContractIdOrderByWeekEndingAscIdAsc(contractId)) {
            if (x.status() == PayrollSubmission.Status.ACCEPTED) {
                accepted.put(new Period(x.vendorId(), x.weekEnding()), x);
            }
        }
        for (ExpectedPayroll e : contracts.payrollCalendar(contractId, caller)) {
            if (!caller.mayActFor(e.vendorId())) {
                continue;
            }
            Optional<PayrollSubmission> s = Optional.ofNullable(accepted.get(new Period(e.vendorId(), e.weekEnding())));
            String state = s.map(x -> x.source() == PayrollSubmission.Source.NO_WORK ? "NO_WORK"
                    : "CHECKED".equals(x.checkStatus()) ? "RECEIVED" : "RECEIVED_UNCHECKED")
                    .orElse(today.isAfter(e.dueOn()) ? "MISSING" : "NOT_DUE");
            weeks.add(new Week(e.vendorId(), e.weekEnding(), e.dueOn(), state, s.map(PayrollSubmission::id).orElse(null),
                    e.periodStart()));
        }
        return weeks;
    }

    private Optional<PayrollSubmission> current(long contractId, long vendorId, LocalDate weekEnding) {
        return submissions.findByContractIdAndVendorIdAndWeekEndingOrderByIdAsc(contractId, vendorId, weekEnding).stream()
                .filter(s -> s.status() == PayrollSubmission.Status.ACCEPTED).reduce((a, b) -> b);
    }

    /**
     * The contract's reporting as of today.
     *
     * @param openFindings the findings still open: awaiting the auditor's review, or confirmed and not cured
     * @param amountOwed   what those open findings owe
     */
    public record Status(long contractId, LocalDate asOf, boolean compliant, int missingReports, int openFindings,
            BigDecimal amountOwed, List<Utilization.ShareLine> shortfalls, List<Week> weeks) {
    }

    /**
     * One expected reporting period (a week unless the contract reports at another cadence; {@code weekEnding} is its
     * last day, {@code periodStart} its first): RECEIVED, RECEIVED_UNCHECKED (its checks failed; re-run them), NO_WORK,
     * MISSING (past due) or NOT_DUE.
     */
    public record Week(long vendorId, LocalDate weekEnding, LocalDate dueOn, String state, Long submissionId,
            LocalDate periodStart) {
    }
}
