package org.highroad.subsidies.domain;

import java.time.LocalDate;

/**
 * The agreement's dates. It is signed before the trainee's first day, and no hour worked before the day it was
 * accepted is reimbursed (20 CFR 680.700(a): OJT is provided under a contract with the employer; the program's
 * AGREEMENT_BEFORE_HIRE term, SDWP's "contract before hire").
 */
public final class AgreementDates {

    private AgreementDates() {
    }

    /** A request may still be agreed before its first day only if that day is after today. */
    public static boolean leavesTimeToSign(LocalDate startDate, LocalDate today) {
        return startDate.isAfter(today);
    }

    /** The agreement may be accepted on a day before the first hire's start date, never on it or later. */
    public static boolean acceptableOn(LocalDate day, LocalDate firstStartDate) {
        return day.isBefore(firstStartDate);
    }

    /** An hour worked on {@code workDay} counts only on or after the day the agreement was accepted. */
    public static boolean hourQualifies(LocalDate workDay, LocalDate agreedOn) {
        return !workDay.isBefore(agreedOn);
    }
}
