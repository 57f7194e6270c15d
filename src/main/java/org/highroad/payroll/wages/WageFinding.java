package org.highroad.payroll.wages;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A failed wage check on one worker row. Identifies the worker only by {@code workerRef} (never a name or full SSN).
 *
 * @param date       the day concerned when the finding is about a single day, otherwise {@code null} ({@code detail}
 *                   lists the days)
 * @param amountOwed to the cent (HALF_UP), {@code null} for findings that carry no amount
 * @param citation   the contract's clause (from the {@link org.highroad.contracts.WageRule}) and the regulation
 */
public record WageFinding(Kind kind, int entryNumber, String workerRef, String classification, LocalDate date,
        BigDecimal amountOwed, String detail, String citation) {

    public enum Kind {
        UNDERPAID_BASE, UNDERPAID_OVERTIME, OVERTIME_NOT_PAID_AS_OVERTIME, FRINGE_SHORTFALL, APPRENTICE_NOT_REGISTERED,
        APPRENTICE_OVER_RATIO, UNCOVERED_CLASSIFICATION, HOURS_OVER_24_IN_A_DAY,
        /** A plan credit above what the plans paying for all work allow once annualized (29 CFR 5.25(c)(1)). */
        FRINGE_CREDIT_ABOVE_ANNUALIZED
    }
}
