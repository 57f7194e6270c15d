package org.highroad.subsidies.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.highroad.payroll.PayrollEvidence;
import org.highroad.platform.money.Money;

/**
 * What one hire's pay records earn on a milestone claim. A week counts only when every day of it was paid at least the
 * approved wage (the agreement's wage term) and its hours reach the program's weekly minimum; of a counted week, only
 * the hours worked on or after the day the agreement was accepted and the hire's start date are paid (20 CFR
 * 680.700(a): OJT is paid under the contract, so never for work before it), up to the training hours left; the
 * payment is the share of the approved wage for those hours, up to what is left of the cap per hire
 * ({@link Reimbursement#claimPayment}). Every hour not paid has its reason.
 */
public final class ClaimRules {

    private ClaimRules() {
    }

    /** The terms a hire's claim is checked against. */
    public record Terms(BigDecimal sharePercent, BigDecimal approvedWage, BigDecimal minHoursPerWeek, LocalDate agreedOn,
            LocalDate hireStart, BigDecimal trainingHoursLeft, Money moneyLeft) {
    }

    /** What the claim pays for one hire, and why any hour was not paid. */
    public record HireResult(String workerRef, BigDecimal hoursClaimed, BigDecimal hoursPaid, BigDecimal lowestWage,
            Money amount, boolean wageBelowApproved, List<String> reasons) {
    }

    public static HireResult assess(String workerRef, List<PayrollEvidence.Week> weeks, Terms t) {
        BigDecimal claimed = BigDecimal.ZERO;
        BigDecimal qualifying = BigDecimal.ZERO;
        BigDecimal lowest = null;
        boolean below = false;
        List<String> reasons = new ArrayList<>();
        for (PayrollEvidence.Week week : weeks) {
            List<PayrollEvidence.WorkedDay> days = week.days().stream().filter(d -> d.workerRef().equals(workerRef)).toList();
            BigDecimal total = days.stream().map(PayrollEvidence.WorkedDay::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
            claimed = claimed.add(total);
            if (days.isEmpty()) {
                continue;
            }
            BigDecimal weekLowest = days.stream().map(PayrollEvidence.WorkedDay::straightRate).min(BigDecimal::compareTo).orElseThrow();
            lowest = lowest == null || weekLowest.compareTo(lowest) < 0 ? weekLowest : lowest;
            if (weekLowest.compareTo(t.approvedWage()) < 0) {
                below = true;
                reasons.add("week ending " + week.weekEnding() + ": paid " + rate(weekLowest) + " an hour, below the approved "
                        + rate(t.approvedWage()) + "; not reimbursed");
                continue;
            }
            if (total.compareTo(t.minHoursPerWeek()) < 0) {
                reasons.add("week ending " + week.weekEnding() + ": " + plain(total) + " hours is below the program's minimum of "
                        + plain(t.minHoursPerWeek()) + " a week; not reimbursed");
                continue;
            }
            for (PayrollEvidence.WorkedDay day : days) {
                if (!AgreementDates.hourQualifies(day.date(), t.agreedOn())) {
                    reasons.add(plain(day.hours()) + " hours on " + day.date() + " are before the agreement was accepted on "
                            + t.agreedOn() + " and are never reimbursed");
                } else if (day.date().isBefore(t.hireStart())) {
                    reasons.add(plain(day.hours()) + " hours on " + day.date() + " are before the hire's start date "
                            + t.hireStart() + " and are not reimbursed");
                } else {
                    qualifying = qualifying.add(day.hours());
                }
            }
        }
        BigDecimal paidHours = qualifying.min(t.trainingHoursLeft().max(BigDecimal.ZERO));
        if (paidHours.compareTo(qualifying) < 0) {
            reasons.add(plain(qualifying.subtract(paidHours)) + " hours are beyond the training hours agreed; not reimbursed");
        }
        Money amount = Reimbursement.claimPayment(t.sharePercent(), t.approvedWage(), paidHours, t.moneyLeft());
        return new HireResult(workerRef, claimed, paidHours, lowest, amount, below, reasons);
    }

    private static String rate(BigDecimal rate) {
        return Money.formatRate(rate, Locale.US);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
