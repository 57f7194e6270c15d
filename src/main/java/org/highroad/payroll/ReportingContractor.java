package org.highroad.payroll;

import java.time.Clock;
import java.time.LocalDate;
import org.highroad.contracts.Contracts;
import org.highroad.contracts.ReportingTerms;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.platform.validation.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Who may report a week: only a contractor on the contract, only for a week its payroll calendar expects, and only once
 * that week has ended. The weekly statement covers "the preceding weekly payroll period" (29 CFR 3.3(b)) and certifies
 * that each worker "has been paid the full weekly wages earned" (29 CFR 5.5(a)(3)(ii)(B)), which nobody can certify for
 * hours not yet worked. A week ends with its last day, the week ending date, in the agency's time zone (the
 * application clock's): its payroll is taken from the next day on.
 */
@Component
class ReportingContractor {

    private final Contracts contracts;
    private final Clock clock;

    ReportingContractor(Contracts contracts, Clock clock) {
        this.contracts = contracts;
        this.clock = clock;
    }

    /** The vendor {@code by} reports the week for, or the refusal. */
    long of(long contractId, LocalDate weekEnding, HighroadUser by) {
        if (!by.has(Role.CONTRACTOR) || by.vendorId() == null) {
            throw new ConflictException(by.userId() + " is not a contractor user linked to a vendor");
        }
        boolean expected = contracts.payrollCalendar(contractId, by).stream()
                .anyMatch(w -> w.vendorId().equals(by.vendorId()) && w.weekEnding().equals(weekEnding));
        // a contract reporting at another cadence than weekly is told in its own period's words; the contract's rule
        // book is read for a refusal only (a payroll the calendar expects reads it again under the week's lock)
        if (!expected) {
            ReportingTerms terms = contracts.ruleBook(contractId).reporting(weekEnding);
            throw new InvalidInputException("weekEnding", weekEnding + (terms.weekly() ? " is not a week"
                    : " is not the last day of a reporting period (" + terms.cadence().periodName() + ") that")
                    + " the contract's payroll calendar expects from your company");
        }
        if (!weekEnding.isBefore(LocalDate.now(clock))) {
            ReportingTerms terms = contracts.ruleBook(contractId).reporting(weekEnding);
            throw new InvalidInputException("weekEnding", terms.period(weekEnding) + " has not ended yet: its certified "
                    + "payroll is taken from the day after its last day, " + weekEnding.plusDays(1));
        }
        return by.vendorId();
    }
}
