package org.highroad.payroll.wages;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.highroad.payroll.wages.WageFinding.Kind;

/**
 * Wage checks on one weekly certified payroll (29 CFR 5.5(a)(1); the contract's WAGES clause): every worker row against the contract's commitments
 * in force on each day worked. Pure arithmetic: no I/O, no framework.
 *
 * <p>Conventions (see also the rule comments below and in the package-private helpers {@link ApprenticeStatus}
 * (rule 5), {@link PremiumHours} (rule 3), {@link Pricing} (rules 1 to 4) and {@link CheckedRow} (rule 7)):
 * <ul>
 * <li><b>The week</b>: the rows given are one payroll: one work week, or a longer reporting period listed per work
 * week. Overtime counts sum all rows with the same {@code workerRef} (a worker in two classifications has two rows)
 * within each work week, Sunday to Saturday ({@link WorkWeeks}); each work week stands alone.</li>
 * <li><b>Premium-hour placement</b>: the number of premium hours is the larger of the daily excess (summed over the
 * week) and the weekly excess (no pyramiding). Daily-excess hours fall on the last hours of their day; any further
 * weekly-excess hours fall on the last remaining hours of the week, chronologically (same-day rows in input order).
 * Overtime the payroll labels on a different day than this placement is accepted as paying those premium hours
 * (moved latest first), so a correct count of premium hours is never reported as unpaid.</li>
 * <li><b>Rounding</b>: per-day amounts use {@link MathContext#DECIMAL64} unrounded; each restitution component is
 * rounded to cents HALF_UP once per worker row; the total is the sum of the rounded components. A finding's amount is
 * its own unrounded sum rounded the same way. An apprentice rate is rounded to cents HALF_UP before use.</li>
 * <li><b>Credits cross only where the standard says so</b>: fringe above the commitment is never credited to base (the
 * Rev. 2025 WH-347 reports cash in lieu separately in col. 6C). Pay above the committed base is credited to a fringe
 * shortfall of the same day's hours only when the contract's standard version lets cash and benefits combine
 * ({@link WagePolicy#cashAboveBaseMakesUpFringe()}, Davis-Bacon 29 CFR 5.5(a)(1)(i)); otherwise they are kept apart.</li>
 * <li><b>Annualized plan credit</b>: a worker covered by a plan that pays for all work is credited at most its
 * annualized hourly figure (29 CFR 5.25(c)(1), {@link FringePlans}) plus the per-hour plans' credits.</li>
 * <li><b>Apprentice fringe</b>: the percentage of the committed fringe the registered program sets for the level,
 * rounded to cents HALF_UP; the full committed fringe where it sets none, and for an apprentice not registered or over
 * the ratio (29 CFR 5.5(a)(4)(i)). A registered level without a wage percentage is paid the journey rate.</li>
 * </ul>
 */
public final class WageCheck {

    private static final BigDecimal HOURS_IN_A_DAY = new BigDecimal("24");

    /** Davis-Bacon contract clause: pay at least the determined (here: committed) base and fringe. */
    static final String REG_WAGES = "29 CFR 5.5(a)(1)";
    /** CWHSSA overtime: 1.5 × the basic rate over 40 hours; contract clause 29 CFR 5.5(b)(1). */
    static final String REG_OVERTIME = "40 U.S.C. 3702; 29 CFR 5.5(b)(1)";
    /** Apprentices: registered program, ratio, else the journeyworker rate. */
    static final String REG_APPRENTICE = "29 CFR 5.5(a)(4)(i)";
    /** Payroll records must be correct and complete. */
    static final String REG_PAYROLL = "29 CFR 5.5(a)(3)";

    public CheckResult check(List<WorkerWeek> rows, List<ApprenticeProgram> programs, WagePolicy policy,
            RuleLookup rules) {
        return check(rows, programs, policy, rules, ApprenticeCensus.of(rows));
    }

    /**
     * Checks some of a payroll's workers (every row of each worker given) against the apprentice {@code census} of the
     * whole payroll, so that a large payroll can be checked a few workers at a time.
     */
    public CheckResult check(List<WorkerWeek> rows, List<ApprenticeProgram> programs, WagePolicy policy,
            RuleLookup rules, ApprenticeCensus census) {
        return check(rows, programs, FringePlans.NONE, policy, rules, census);
    }

    /**
     * As above, each row's plan credit limited by the statement's plans that pay for all work ({@link FringePlans},
     * 29 CFR 5.25(c)(1)) before its fringe is priced.
     */
    public CheckResult check(List<WorkerWeek> rows, List<ApprenticeProgram> programs, FringePlans plans,
            WagePolicy policy, RuleLookup rules, ApprenticeCensus census) {
        return check(rows, programs, plans, policy, rules, census, Map.of());
    }

    /**
     * As above, with {@code earlierHours}: per worker reference, the hours an earlier payroll reported in the work week
     * the payroll's period starts in (a month or quarter that starts mid-week). They count toward that week's overtime
     * threshold, coming first in the week, but are neither priced nor found against again: their own payroll was.
     */
    public CheckResult check(List<WorkerWeek> rows, List<ApprenticeProgram> programs, FringePlans plans,
            WagePolicy policy, RuleLookup rules, ApprenticeCensus census, Map<String, List<DayHours>> earlierHours) {
        List<WageFinding> findings = new ArrayList<>();
        List<CheckedRow> all = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            FringePlans.Credited credited = (plans == null ? FringePlans.NONE : plans).credit(rows.get(i));
            if (credited.finding() != null) {
                findings.add(credited.finding());
            }
            all.add(new CheckedRow(i, credited.row()));
        }
        ApprenticeStatus.classify(all, programs == null ? List.of() : programs, census);

        Map<String, List<CheckedRow>> byWorker = new LinkedHashMap<>();
        for (CheckedRow r : all) {
            byWorker.computeIfAbsent(r.week.workerRef(), k -> new ArrayList<>()).add(r);
        }
        for (var worker : byWorker.entrySet()) {
            checkWorker(worker.getValue(), earlierHours.getOrDefault(worker.getKey(), List.of()), policy, rules, findings);
        }

        List<Restitution> restitution = new ArrayList<>();
        for (CheckedRow r : all) {
            findings.addAll(r.findings());
            Restitution owed = r.restitution();
            if (owed.total().signum() > 0) {
                restitution.add(owed);
            }
        }
        Map<WageFinding, Integer> order = new LinkedHashMap<>();
        findings.forEach(f -> order.putIfAbsent(f, order.size()));
        findings.sort(Comparator.comparingInt((WageFinding f) -> rowIndex(all, f))
                .thenComparing(WageFinding::kind).thenComparing(order::get));
        return new CheckResult(findings, restitution);
    }

    private static int rowIndex(List<CheckedRow> all, WageFinding f) {
        for (CheckedRow r : all) {
            if (r.week.entryNumber() == f.entryNumber() && r.week.classification().equals(f.classification())
                    && r.week.workerRef().equals(f.workerRef())) {
                return r.index;
            }
        }
        return Integer.MAX_VALUE;
    }

    private void checkWorker(List<CheckedRow> worker, List<DayHours> earlier, WagePolicy policy, RuleLookup rules,
            List<WageFinding> findings) {
        List<DaySegment> segs = new ArrayList<>();
        // an earlier payroll's hours of the same work week come first in it (their days are before this period's)
        earlier.forEach(d -> segs.add(new DaySegment(null, d)));
        for (CheckedRow r : worker) {
            for (DayHours d : r.week.days()) {
                segs.add(new DaySegment(r, d));
            }
        }
        // chronological; same day: input row order, then day order within the row (stable sort)
        segs.sort(Comparator.comparing((DaySegment s) -> s.day.date()));

        // Overtime is owed per work week (CWHSSA, 40 U.S.C. 3702(a): hours over 40 "in any workweek"; 29 CFR
        // 778.104: each workweek stands alone), so a payroll of a longer reporting period is placed week by week; a
        // weekly payroll is one work week.
        Map<LocalDate, List<DaySegment>> byWorkWeek = new TreeMap<>();
        segs.forEach(s -> byWorkWeek.computeIfAbsent(WorkWeeks.ending(s.day.date()), k -> new ArrayList<>()).add(s));
        for (List<DaySegment> week : byWorkWeek.values()) {
            checkWorkWeek(week, policy, rules, findings);
        }
    }

    private void checkWorkWeek(List<DaySegment> segs, WagePolicy policy, RuleLookup rules, List<WageFinding> findings) {
        // Rule 6: more than 24 hours in a day cannot be right (29 CFR 5.5(a)(3): payrolls correct and complete).
        Map<LocalDate, List<DaySegment>> byDate = new TreeMap<>();
        segs.forEach(s -> byDate.computeIfAbsent(s.day.date(), k -> new ArrayList<>()).add(s));
        for (var e : byDate.entrySet()) {
            BigDecimal total = DaySegment.sum(e.getValue());
            if (total.compareTo(HOURS_IN_A_DAY) > 0 && !e.getValue().get(0).earlier()) {
                CheckedRow r = e.getValue().get(0).row;
                findings.add(new WageFinding(Kind.HOURS_OVER_24_IN_A_DAY, r.week.entryNumber(), r.week.workerRef(),
                        r.week.classification(), e.getKey(), null,
                        WageMath.plain(total) + " hours reported on " + e.getKey() + "; a day has 24.", REG_PAYROLL));
            }
        }

        PremiumHours.place(segs, byDate, policy);
        for (DaySegment s : segs) {
            if (!s.earlier()) {
                Pricing.price(s, policy, rules);
            }
        }
    }
}
