package org.highroad.complaints;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.highroad.complaints.domain.WorkerAccount;
import org.highroad.contracts.ReportingTerms;
import org.highroad.contracts.WageRule;

/**
 * Prices a worker's account in the worker's own terms (which weeks, usual hours a week and a day, how they were paid,
 * whether overtime was paid) against the contract's wage rule in force on each day: back wages per week and for the
 * whole period. The result is a claim, not a finding: it stays labelled {@link #LABEL} until an auditor substantiates
 * it. Pure: no database, no clock; the same account prices the same whatever language it was told in.
 */
public final class ClaimPricing {

    /** How every priced claim is labelled until substantiated (29 CFR 5.6: the agency investigates what is claimed). */
    public static final String LABEL = "claim, not substantiated";
    /** Overtime at one and a half times the basic rate (40 U.S.C. 3702(a), Contract Work Hours and Safety Standards Act). */
    static final BigDecimal OVERTIME = new BigDecimal("1.5");
    /** When the worker gives no hours per day, the week's hours are taken as worked over five days. */
    static final int USUAL_DAYS = 5;

    private ClaimPricing() {
    }

    /** The contract's rules the claim is priced against: the wage rule on a day, and the overtime terms on a day. */
    public interface Rules {
        Optional<WageRule> wageRule(LocalDate day);

        ReportingTerms terms(LocalDate day);
    }

    /**
     * One week, priced. Amounts in cents (HALF_UP).
     *
     * @param wagesDue     straight hours at the committed base and overtime hours at 1.5 times it
     * @param paid         what the worker says they received
     * @param wagesShort   wages due less paid, never below zero
     * @param fringeOwed   fringe owed per hour for every hour worked, less cash paid above the wages due where the
     *                     contract's standard lets that cash make up the fringe
     * @param backWages    wages short plus fringe owed
     * @param unpriced     why the week could not be priced (no wage rule on a day), or null
     */
    public record Week(LocalDate weekEnding, BigDecimal hours, BigDecimal straightHours, BigDecimal overtimeHours,
            BigDecimal wagesDue, BigDecimal paid, BigDecimal wagesShort, BigDecimal fringeOwed, BigDecimal backWages,
            String unpriced) {
    }

    /** The claim, priced per week and for the whole period; always labelled {@link #LABEL}. */
    public record PricedClaim(String label, List<Week> weeks, BigDecimal backWages, boolean complete) {
    }

    /** Prices every week of the account, the weeks ending seven days apart from the first week's end to the last's. */
    public static PricedClaim price(WorkerAccount account, Rules rules) {
        List<Week> weeks = new ArrayList<>();
        for (LocalDate end = account.firstWeekEnding(); !end.isAfter(account.lastWeekEnding()); end = end.plusWeeks(1)) {
            weeks.add(week(account, rules, end));
        }
        BigDecimal total = weeks.stream().filter(w -> w.unpriced() == null).map(Week::backWages)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
        return new PricedClaim(LABEL, List.copyOf(weeks), total, weeks.stream().allMatch(w -> w.unpriced() == null));
    }

    private static Week week(WorkerAccount account, Rules rules, LocalDate end) {
        ReportingTerms terms = rules.terms(end);
        BigDecimal weeklyAfter = terms.weeklyOvertimeAfterHours();
        BigDecimal dailyAfter = terms.dailyOvertimeAfterHours();
        List<BigDecimal> days = days(account);
        BigDecimal straight = BigDecimal.ZERO;
        BigDecimal overtime = BigDecimal.ZERO;
        BigDecimal due = BigDecimal.ZERO;
        BigDecimal fringe = BigDecimal.ZERO;
        BigDecimal paidOvertime = BigDecimal.ZERO;
        LocalDate day = end.minusDays(6);
        for (BigDecimal hours : days) {
            Optional<WageRule> rule = rules.wageRule(day);
            if (rule.isEmpty()) {
                return new Week(end, account.hoursPerWeek(), null, null, null, null, null, null, null,
                        "the contract has no wage rule for " + day);
            }
            // Daily overtime where the contract's standard sets a daily threshold (ReportingTerms.dailyOvertimeAfterHours);
            // weekly overtime past the weekly threshold, 40 hours (40 U.S.C. 3702(a)), counted in the order the hours were
            // worked; an hour is overtime once, under whichever threshold it passes first.
            BigDecimal dayOvertime = dailyAfter == null ? BigDecimal.ZERO : hours.subtract(dailyAfter).max(BigDecimal.ZERO);
            BigDecimal dayStraight = hours.subtract(dayOvertime);
            BigDecimal pastWeek = straight.add(dayStraight).subtract(weeklyAfter).max(BigDecimal.ZERO).min(dayStraight);
            dayStraight = dayStraight.subtract(pastWeek);
            dayOvertime = dayOvertime.add(pastWeek);
            BigDecimal base = rule.get().committedBase();
            // committed base for straight time, 1.5 times the committed base past the threshold (40 U.S.C. 3702(a));
            // fringe per hour for every hour, never multiplied for overtime (29 CFR 5.32(a))
            due = due.add(dayStraight.multiply(base)).add(dayOvertime.multiply(base).multiply(OVERTIME));
            fringe = fringe.add(hours.multiply(rule.get().committedFringe() == null ? BigDecimal.ZERO : rule.get().committedFringe()));
            straight = straight.add(dayStraight);
            overtime = overtime.add(dayOvertime);
            day = day.plusDays(1);
        }
        BigDecimal paid = switch (account.paidBy()) {
            case HOURLY -> account.overtimePaid()
                    ? straight.multiply(account.amount()).add(overtime.multiply(account.amount()).multiply(OVERTIME))
                    : straight.add(overtime).multiply(account.amount());
            case WEEKLY, CASH -> account.amount();
        };
        due = cents(due);
        paid = cents(paid);
        fringe = cents(fringe);
        BigDecimal wagesShort = cents(due.subtract(paid).max(BigDecimal.ZERO));
        // Cash paid above the wages due makes up a fringe shortfall only where the standard says so (40 U.S.C. 3141(2):
        // the prevailing wage is base plus fringe, payable in cash; ReportingTerms.cashAboveBaseMakesUpFringe)
        BigDecimal fringeOwed = terms.cashAboveBaseMakesUpFringe()
                ? cents(fringe.subtract(paid.subtract(due).max(BigDecimal.ZERO)).max(BigDecimal.ZERO))
                : fringe;
        return new Week(end, cents(straight.add(overtime)), cents(straight), cents(overtime), due, paid, wagesShort, fringeOwed,
                wagesShort.add(fringeOwed), null);
    }

    /**
     * The hours of each day of the week, from its first day: the usual hours a day on as many days as the week's hours
     * fill (the last day takes what remains), or the week's hours spread over five days when the worker gives no hours a
     * day. The worker's days are not known; the rule in force is looked up for the days counted from the week's start.
     */
    static List<BigDecimal> days(WorkerAccount account) {
        BigDecimal week = account.hoursPerWeek();
        List<BigDecimal> days = new ArrayList<>();
        if (week.signum() <= 0) {
            return days;
        }
        BigDecimal perDay = account.hoursPerDay();
        if (perDay == null || perDay.signum() <= 0) {
            BigDecimal even = week.divide(BigDecimal.valueOf(USUAL_DAYS), 6, RoundingMode.HALF_UP);
            for (int i = 0; i < USUAL_DAYS - 1; i++) {
                days.add(even);
            }
            days.add(week.subtract(even.multiply(BigDecimal.valueOf(USUAL_DAYS - 1))));
            return days;
        }
        BigDecimal left = week;
        while (left.signum() > 0 && days.size() < 7) {
            BigDecimal hours = days.size() == 6 ? left : left.min(perDay);
            days.add(hours);
            left = left.subtract(hours);
        }
        return days;
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
