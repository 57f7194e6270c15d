package org.highroad.contracts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.highroad.contracts.domain.Contract;
import org.highroad.contracts.domain.ExpectedPayrollEntry;
import org.highroad.contracts.domain.ExpectedPayrollRepository;
import org.highroad.contracts.domain.PayrollCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Lays out the payrolls a contractor owes on an executed contract, one per reporting period of the contract's cadence
 * (weekly: 29 CFR 5.5(a)(3)(ii)(A), a certified payroll for every week in which work is performed), due as the
 * contract's reporting terms say, and announces the periods added ({@link PayrollWeeksExpected}) in the same
 * transaction. A period already expected is not added again.
 */
@Component
class ExpectedPayrolls {

    private final ExpectedPayrollRepository calendar;
    private final ApplicationEventPublisher events;

    ExpectedPayrolls(ExpectedPayrollRepository calendar, ApplicationEventPublisher events) {
        this.calendar = calendar;
        this.events = events;
    }

    void expect(Contract contract, long vendorId, LocalDate from, LocalDate to) {
        ReportingTerms terms = contract.current().commitments().reporting();
        List<ExpectedPayroll> added = new ArrayList<>();
        for (PayrollCalendar.Period period : PayrollCalendar.periods(terms.cadence(), contract.periodStart(), from, to,
                terms.reportingDeadlineDays())) {
            if (!calendar.existsByContractIdAndVendorIdAndWeekEnding(contract.id(), vendorId, period.end())) {
                added.add(calendar.save(new ExpectedPayrollEntry(contract.id(), vendorId, period.start(), period.end(),
                        period.dueOn())).toView());
            }
        }
        if (!added.isEmpty()) {
            events.publishEvent(new PayrollWeeksExpected(contract.id(), added));
        }
    }
}
