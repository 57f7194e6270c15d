package org.highroad.complaints;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.highroad.complaints.domain.WorkerComplaint.VisitOutcome;
import org.highroad.contracts.ContractView;
import org.highroad.contracts.Contracts;
import org.highroad.contracts.ExpectedPayroll;
import org.highroad.payroll.WorkerClaims;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a triage and a site visit must say before they are recorded, checked against the contract: the contractor is
 * its prime or a subcontractor, and the week is one of that contractor's payroll weeks (so the comparison looks at
 * the payroll the contractor had to certify, 29 CFR 5.5(a)(3)(ii)). The triage's {@code weekEnding} names a work week:
 * on a contract that reports weekly, the payroll week's end, as in the payroll calendar; on a contract that reports
 * biweekly, semi-monthly, monthly or quarterly, the Saturday ending a work week with a day in one of the contractor's
 * reporting periods (not the period's last day, unless that is the Saturday): the worker's week is compared with the
 * rows of that work week on the period's payroll ({@link WorkerClaims}).
 */
@Component
class TriageRules {

    static final int WORKER_MAX = 100;
    static final int NOTE_MAX = 2000;
    static final int VISIT_NOTES_MAX = 4000;
    static final int VIOLATION_MAX = 1000;
    /** Wages owed found by one visit for one worker and week: more is a typing error, not a week's back wages. */
    static final BigDecimal AMOUNT_OWED_MAX = new BigDecimal("100000.00");

    private final Contracts contracts;
    private final WorkerClaims claims;
    private final Clock clock;

    private final TransactionTemplate lookup;

    TriageRules(Contracts contracts, WorkerClaims claims, Clock clock, PlatformTransactionManager transactions) {
        this.contracts = contracts;
        this.claims = claims;
        this.clock = clock;
        this.lookup = new TransactionTemplate(transactions);
        lookup.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        lookup.setReadOnly(true);
    }

    Optional<Refusal> triageRefusal(Triage t, HighroadUser auditor) {
        if (auditor == null || !auditor.has(Role.AUDITOR)) {
            return Optional.of(new Refusal(null, "only auditors triage complaints"));
        }
        if (t.contractId() == null) {
            return input("contractId", "is required");
        }
        if (t.vendorId() == null) {
            return input("vendorId", "is required");
        }
        if (t.workerRef() == null || t.workerRef().isBlank() || t.workerRef().length() > WORKER_MAX) {
            return input("workerRef", "give the worker reference or name as on the payroll (at most " + WORKER_MAX + " characters)");
        }
        if (t.weekEnding() == null) {
            return input("weekEnding", "is required");
        }
        if (t.note() != null && t.note().length() > NOTE_MAX) {
            return input("note", "is longer than " + NOTE_MAX + " characters");
        }
        ContractView contract = contract(t.contractId(), auditor);
        if (contract == null) {
            return input("contractId", "no contract " + t.contractId());
        }
        boolean party = t.vendorId().equals(contract.primeVendorId())
                || contract.subcontractors().stream().anyMatch(s -> t.vendorId().equals(s.vendorId()));
        if (!party) {
            return input("vendorId", "vendor " + t.vendorId() + " is neither the prime nor a subcontractor on contract " + t.contractId());
        }
        List<ExpectedPayroll> weeks = contracts.payrollCalendar(t.contractId(), auditor).stream()
                .filter(e -> t.vendorId().equals(e.vendorId())).toList();
        if (claims.periodEndings(t.contractId(), t.vendorId(), t.weekEnding()).isEmpty()) {
            boolean longer = weeks.stream().anyMatch(e -> e.periodStart() != null
                    && e.periodStart().isBefore(e.weekEnding().minusDays(6)));
            return input("weekEnding", weeks.isEmpty() ? "contract " + t.contractId() + " expects no payroll from vendor " + t.vendorId()
                    : longer ? "is not the Saturday ending a work week of this contractor's reporting periods on contract "
                            + t.contractId() + " (" + weeks.get(0).periodStart() + " to " + weeks.get(weeks.size() - 1).weekEnding()
                            + "): give the work week the worker speaks of, by its Saturday"
                    : "is not a payroll week of this contractor on contract " + t.contractId() + " (weeks end on "
                            + weeks.get(0).weekEnding().getDayOfWeek() + ", " + weeks.get(0).weekEnding() + " to "
                            + weeks.get(weeks.size() - 1).weekEnding() + ")");
        }
        return Optional.empty();
    }

    Optional<Refusal> siteVisitRefusal(SiteVisit v, HighroadUser auditor) {
        if (auditor == null || !auditor.has(Role.AUDITOR)) {
            return Optional.of(new Refusal(null, "only auditors record site visits"));
        }
        if (v.visitedOn() == null || v.visitedOn().isAfter(LocalDate.now(clock))) {
            return input("visitedOn", "give the day of the visit (not in the future)");
        }
        if (v.outcome() == null || Arrays.stream(VisitOutcome.values()).noneMatch(o -> o.name().equals(v.outcome()))) {
            return input("outcome", "must be one of " + Arrays.toString(VisitOutcome.values()));
        }
        if (v.notes() == null || v.notes().isBlank() || v.notes().length() > VISIT_NOTES_MAX) {
            return input("notes", "say what the visit found (at most " + VISIT_NOTES_MAX + " characters)");
        }
        return v.violationFound() ? violationRefusal(v) : noViolationRefusal(v);
    }

    /** A violation is stated for the contractor; an amount owed, if any, is dollars and cents. */
    private static Optional<Refusal> violationRefusal(SiteVisit v) {
        if (v.violation() == null || v.violation().isBlank() || v.violation().length() > VIOLATION_MAX) {
            return input("violation", "state the violation as the contractor will read it in its compliance case (at most "
                    + VIOLATION_MAX + " characters, never naming the complainant)");
        }
        BigDecimal owed = v.amountOwed();
        if (owed != null && (owed.signum() < 0 || owed.stripTrailingZeros().scale() > 2 || owed.compareTo(AMOUNT_OWED_MAX) > 0)) {
            return input("amountOwed", "must be dollars and cents from 0.00 to " + AMOUNT_OWED_MAX);
        }
        for (var week : v.substantiated().entrySet()) {
            BigDecimal amount = week.getValue();
            if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2
                    || amount.compareTo(AMOUNT_OWED_MAX) > 0) {
                return input("substantiated", "the week ending " + week.getKey() + ": must be dollars and cents from 0.00 to "
                        + AMOUNT_OWED_MAX);
            }
        }
        return Optional.empty();
    }

    /** Only a violation is stated to the contractor or owes wages; anything else would be lost, so it is refused. */
    private static Optional<Refusal> noViolationRefusal(SiteVisit v) {
        if (v.violation() != null && !v.violation().isBlank()) {
            return input("violation", "is stated only when the outcome is VIOLATION_FOUND");
        }
        if (v.amountOwed() != null && v.amountOwed().signum() != 0) {
            return input("amountOwed", "is recorded only when the outcome is VIOLATION_FOUND");
        }
        if (v.substantiated().values().stream().anyMatch(a -> a != null && a.signum() != 0)) {
            return input("substantiated", "is recorded only when the outcome is VIOLATION_FOUND");
        }
        return Optional.empty();
    }

    /**
     * The contract, or null: looked up in a transaction of its own, because a not-found escaping the contracts module
     * would mark the caller's transaction (the engine's, when the triage comes from Tasklist) rollback-only.
     */
    private ContractView contract(long id, HighroadUser auditor) {
        try {
            return lookup.execute(status -> contracts.fullView(id, auditor));
        } catch (NotFoundException e) {
            return null;
        }
    }

    private static Optional<Refusal> input(String field, String reason) {
        return Optional.of(new Refusal(field, reason));
    }
}
