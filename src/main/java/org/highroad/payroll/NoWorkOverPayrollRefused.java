package org.highroad.payroll;

import java.time.LocalDate;
import org.highroad.platform.errors.ConflictException;

/**
 * A contractor's no-work statement refused: the week's payroll in force reports hours (ADR 0030). Answered 409 naming
 * the week and the payroll in force.
 */
public class NoWorkOverPayrollRefused extends ConflictException {

    private final LocalDate weekEnding;
    private final long payrollInForce;

    NoWorkOverPayrollRefused(LocalDate weekEnding, long payrollInForce) {
        super(PayrollInForce.refusal(weekEnding, payrollInForce));
        this.weekEnding = weekEnding;
        this.payrollInForce = payrollInForce;
    }

    public LocalDate weekEnding() {
        return weekEnding;
    }

    public long payrollInForce() {
        return payrollInForce;
    }
}
