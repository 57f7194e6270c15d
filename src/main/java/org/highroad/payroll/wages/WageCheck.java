package org.highroad.payroll.wages;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.highroad.contracts.WageRule;
import org.highroad.payroll.wages.WageFinding.Kind;
import org.highroad.payroll.wages.WorkerWeek.Level;

/**
 * Wage checks on one weekly certified payroll (issue 5, point 4): every worker row against the contract's commitments
 * in force on each day worked. Pure arithmetic: no I/O, no framework.
 *
 * <p>Conventions (see also the rule comments below):
 * <ul>
 * <li><b>The week</b>: the rows given are one payroll week. Overtime counts sum all rows with the same
 * {@code workerRef} (a worker in two classifications has two rows).</li>
 * <li><b>Premium-hour placement</b>: the number of premium hours is the larger of the daily excess (summed over the
 * week) and the weekly excess (no pyramiding). Daily-excess hours fall on the last hours of their day; any further
 * weekly-excess hours fall on the last remaining hours of the week, chronologically (same-day rows in input order).
 * Overtime the payroll labels on a different day than this placement is accepted as paying those premium hours
 * (moved latest first), so a correct count of premium hours is never reported as unpaid.</li>
 * <li><b>Rounding</b>: per-day amounts use {@link MathContext#DECIMAL64} unrounded; each restitution component is
 * rounded to cents HALF_UP once per worker row; the total is the sum of the rounded components. A finding's amount is
 * its own unrounded sum rounded the same way. An apprentice rate is rounded to cents HALF_UP before use.</li>
 * <li><b>Credits do not cross</b>: pay above the committed base is not credited to a fringe shortfall and fringe above
 * the commitment is not credited to base (the Rev. 2025 WH-347 reports cash in lieu separately in col. 6C).</li>
 * <li><b>Apprentice fringe</b>: the full committed fringe (29 CFR 5.5(a)(4)(i): unless the program specifies
 * otherwise, apprentices get the full fringe). A registered level without a percentage is paid the journey rate.</li>
 * </ul>
 */
public final class WageCheck {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = new BigDecimal("100");
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
        List<Row> all = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            all.add(new Row(i, rows.get(i)));
        }
        classifyApprentices(all, programs == null ? List.of() : programs);

        List<WageFinding> findings = new ArrayList<>();
        Map<String, List<Row>> byWorker = new LinkedHashMap<>();
        for (Row r : all) {
            byWorker.computeIfAbsent(r.week.workerRef(), k -> new ArrayList<>()).add(r);
        }
        for (List<Row> worker : byWorker.values()) {
            checkWorker(worker, policy, rules, findings);
        }

        List<Restitution> restitution = new ArrayList<>();
        for (Row r : all) {
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

    private static int rowIndex(List<Row> all, WageFinding f) {
        for (Row r : all) {
            if (r.week.entryNumber() == f.entryNumber() && r.week.classification().equals(f.classification())
                    && r.week.workerRef().equals(f.workerRef())) {
                return r.index;
            }
        }
        return Integer.MAX_VALUE;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Rule 5: apprentices. 29 CFR 5.5(a)(4)(i): an apprentice is paid less than the journeyworker rate only when
    // registered in a bona fide program (OA or SAA) and within the program's ratio to journeyworkers; otherwise the
    // journeyworker rate for the classification. Over the ratio, the apprentices beyond it (here: latest entry numbers
    // first) are owed the journeyworker rate.
    // ---------------------------------------------------------------------------------------------------------------
    private static void classifyApprentices(List<Row> rows, List<ApprenticeProgram> programs) {
        Map<String, List<Row>> byClass = new LinkedHashMap<>();
        for (Row r : rows) {
            byClass.computeIfAbsent(key(r.week.classification()), k -> new ArrayList<>()).add(r);
        }
        for (List<Row> group : byClass.values()) {
            ApprenticeProgram program = programs.stream().filter(ApprenticeProgram::registered)
                    .filter(p -> key(p.classification()).equals(key(group.get(0).week.classification())))
                    .findFirst().orElse(null);
            Set<String> journeyworkers = new HashSet<>();
            Map<String, Integer> apprentices = new TreeMap<>();
            for (Row r : group) {
                if (r.week.level() == Level.JOURNEYWORKER) {
                    journeyworkers.add(r.week.workerRef());
                } else if (program == null) {
                    r.status = Kind.APPRENTICE_NOT_REGISTERED;
                } else {
                    apprentices.merge(r.week.workerRef(), r.week.entryNumber(), Math::min);
                    r.program = program;
                }
            }
            if (program == null || apprentices.isEmpty()) {
                continue;
            }
            int allowed = new BigDecimal(journeyworkers.size()).multiply(program.maxApprenticesPerJourneyworker(), MC)
                    .setScale(0, RoundingMode.FLOOR).intValue();
            List<String> inEntryOrder = apprentices.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue()).map(Map.Entry::getKey).toList();
            Set<String> over = new HashSet<>(inEntryOrder.subList(Math.min(allowed, inEntryOrder.size()),
                    inEntryOrder.size()));
            for (Row r : group) {
                if (r.week.level() == Level.APPRENTICE && over.contains(r.week.workerRef())) {
                    r.status = Kind.APPRENTICE_OVER_RATIO;
                    r.statusNote = journeyworkers.size() + " journeyworker(s) and " + apprentices.size()
                            + " apprentice(s) in " + r.week.classification() + " against a ratio of "
                            + plain(program.maxApprenticesPerJourneyworker()) + " apprentice(s) per journeyworker ("
                            + program.name() + ")";
                }
            }
        }
    }

    private void checkWorker(List<Row> worker, WagePolicy policy, RuleLookup rules, List<WageFinding> findings) {
        List<Seg> segs = new ArrayList<>();
        for (Row r : worker) {
            for (DayHours d : r.week.days()) {
                segs.add(new Seg(r, d));
            }
        }
        // chronological; same day: input row order, then day order within the row (stable sort)
        segs.sort(Comparator.comparing((Seg s) -> s.day.date()));

        // Rule 6: more than 24 hours in a day cannot be right (issue 5, point 3; 29 CFR 5.5(a)(3) correct payrolls).
        Map<LocalDate, List<Seg>> byDate = new TreeMap<>();
        segs.forEach(s -> byDate.computeIfAbsent(s.day.date(), k -> new ArrayList<>()).add(s));
        for (var e : byDate.entrySet()) {
            BigDecimal total = sum(e.getValue());
            if (total.compareTo(HOURS_IN_A_DAY) > 0) {
                Row r = e.getValue().get(0).row;
                findings.add(new WageFinding(Kind.HOURS_OVER_24_IN_A_DAY, r.week.entryNumber(), r.week.workerRef(),
                        r.week.classification(), e.getKey(), null,
                        plain(total) + " hours reported on " + e.getKey() + "; a day has 24.", REG_PAYROLL));
            }
        }

        placePremiumHours(segs, byDate, policy);
        for (Seg s : segs) {
            price(s, policy, rules);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Rule 3: which hours are premium hours. Weekly: hours over weeklyOvertimeAfterHours in the workweek (CWHSSA,
    // 40 U.S.C. 3702(a)). Daily: hours over dailyOvertimeAfterHours in a day when the contract's standard has it.
    // The count is the larger of the two (no pyramiding: an hour is premium once). Placement: see class comment.
    // ---------------------------------------------------------------------------------------------------------------
    private static void placePremiumHours(List<Seg> segs, Map<LocalDate, List<Seg>> byDate, WagePolicy policy) {
        BigDecimal dailyTotal = BigDecimal.ZERO;
        if (policy.dailyOvertimeAfterHours() != null) {
            for (List<Seg> day : byDate.values()) {
                BigDecimal excess = sum(day).subtract(policy.dailyOvertimeAfterHours()).max(BigDecimal.ZERO);
                dailyTotal = dailyTotal.add(excess);
                for (int i = day.size() - 1; i >= 0 && excess.signum() > 0; i--) {
                    BigDecimal take = excess.min(day.get(i).hours);
                    day.get(i).premium = day.get(i).premium.add(take);
                    excess = excess.subtract(take);
                }
            }
        }
        BigDecimal weekly = sum(segs).subtract(policy.weeklyOvertimeAfterHours()).max(BigDecimal.ZERO);
        BigDecimal extra = weekly.subtract(dailyTotal).max(BigDecimal.ZERO);
        for (int i = segs.size() - 1; i >= 0 && extra.signum() > 0; i--) {
            Seg s = segs.get(i);
            BigDecimal take = extra.min(s.hours.subtract(s.premium));
            s.premium = s.premium.add(take);
            extra = extra.subtract(take);
        }
        // The payroll's own OT labels on other days pay premium hours placed elsewhere (latest first on both sides):
        // credit for premium actually paid, cf. 29 U.S.C. 207(h)(2).
        List<Seg> unpaid = new ArrayList<>();
        List<Seg> surplus = new ArrayList<>();
        for (int i = segs.size() - 1; i >= 0; i--) {
            Seg s = segs.get(i);
            int c = s.day.overtimeHours().compareTo(s.premium);
            if (c < 0) {
                unpaid.add(s);
            } else if (c > 0) {
                surplus.add(s);
            }
        }
        int u = 0;
        int p = 0;
        while (u < unpaid.size() && p < surplus.size()) {
            Seg from = unpaid.get(u);
            Seg to = surplus.get(p);
            BigDecimal move = from.premium.subtract(from.day.overtimeHours())
                    .min(to.day.overtimeHours().subtract(to.premium));
            from.premium = from.premium.subtract(move);
            to.premium = to.premium.add(move);
            if (from.day.overtimeHours().compareTo(from.premium) >= 0) {
                u++;
            }
            if (to.day.overtimeHours().compareTo(to.premium) <= 0) {
                p++;
            }
        }
    }

    private static void price(Seg s, WagePolicy policy, RuleLookup rules) {
        Row r = s.row;
        WorkerWeek w = r.week;
        LocalDate date = s.day.date();
        if (s.hours.signum() <= 0) {
            return;
        }
        // Rule 1: the commitment in force THAT day (issue 5, point 4); a floor rising mid-week applies from its day.
        WageRule rule = rules.ruleFor(w.classification(), date);
        if (rule == null || rule.committedBase() == null) {
            r.uncovered.put(date, s.hours);
            return;
        }
        String citation = cite(rule.citation(), REG_WAGES);
        String otCitation = cite(rule.citation(), REG_OVERTIME);
        BigDecimal journey = rule.committedBase();

        // Rule 2 (29 CFR 5.5(a)(1); apprentices 29 CFR 5.5(a)(4)(i)): the applicable base for the day.
        BigDecimal base = journey;
        String rateName = "committed base";
        if (w.level() == Level.APPRENTICE && r.status == null && r.program != null) {
            BigDecimal pct = w.apprenticeLevel() == null ? null
                    : r.program.percentOfJourneyRateByLevel().get(w.apprenticeLevel());
            if (pct != null) {
                base = journey.multiply(pct, MC).divide(HUNDRED, MC).setScale(2, RoundingMode.HALF_UP);
                rateName = "apprentice rate (" + plain(pct) + "% of " + money(journey) + ")";
            }
        }
        boolean apprenticeAtJourney = r.status != null;
        if (apprenticeAtJourney) {
            rateName = "journeyworker rate";
        }
        BigDecimal premiumRate = policy.overtimeMultiplier().multiply(base, MC);
        BigDecimal stRate = w.straightRate();
        BigDecimal otRate = w.overtimeRate() == null ? stRate : w.overtimeRate();

        BigDecimal st = s.day.straightHours();
        BigDecimal ot = s.day.overtimeHours();
        BigDecimal premiumAsOt = ot.min(s.premium);
        BigDecimal premiumAsSt = s.premium.subtract(premiumAsOt);
        BigDecimal straightAsSt = st.subtract(premiumAsSt);
        BigDecimal straightAsOt = ot.subtract(premiumAsOt);

        Kind baseKind = apprenticeAtJourney ? r.status : Kind.UNDERPAID_BASE;
        Kind otKind = apprenticeAtJourney ? r.status : Kind.UNDERPAID_OVERTIME;
        String baseCite = apprenticeAtJourney ? cite(rule.citation(), REG_APPRENTICE) : citation;
        String otCite = apprenticeAtJourney ? cite(rule.citation(), REG_APPRENTICE + "; " + REG_OVERTIME) : otCitation;

        // Rule 2: straight-time hours at >= the applicable base (OT-labelled hours that are not premium hours too).
        owe(r, baseKind, Bucket.BASE, date, straightAsSt, base, stRate, "straight-time", rateName, baseCite);
        owe(r, baseKind, Bucket.BASE, date, straightAsOt, base, otRate, "straight-time (reported as OT)", rateName,
                baseCite);
        // Rule 3: premium hours at >= multiplier × the applicable base of that day (CWHSSA, 40 U.S.C. 3702(a)).
        String premiumName = plain(policy.overtimeMultiplier()) + " × " + rateName;
        owe(r, otKind, Bucket.OVERTIME, date, premiumAsOt, premiumRate, otRate, "overtime", premiumName, otCite);
        // Rule 3: premium hours the payroll reports as straight time: hours × (multiplier × base − rate paid).
        owe(r, Kind.OVERTIME_NOT_PAID_AS_OVERTIME, Bucket.OVERTIME, date, premiumAsSt, premiumRate, stRate,
                "overtime reported as straight time", premiumName, otCitation);

        // Rule 4 (29 CFR 5.5(a)(1); fringe excluded from the regular rate, 29 CFR 5.32 / 40 U.S.C. 3142(c)):
        // fringe per hour worked, straight and overtime alike, never multiplied; plan credit and cash in lieu count
        // together.
        BigDecimal fringe = rule.committedFringe() == null ? BigDecimal.ZERO : rule.committedFringe();
        BigDecimal credit = w.fringeCreditPerHour().add(w.cashInLieuPerHour(), MC);
        owe(r, Kind.FRINGE_SHORTFALL, Bucket.FRINGE, date, s.hours, fringe, credit, "fringe (plan credit + cash)",
                "committed fringe", citation);
    }

    /** Adds hours × (required − paid) to the row when positive. Unrounded, DECIMAL64 (rule 7). */
    private static void owe(Row r, Kind kind, Bucket bucket, LocalDate date, BigDecimal hours, BigDecimal required,
            BigDecimal paid, String what, String rateName, String citation) {
        if (hours.signum() <= 0) {
            return;
        }
        BigDecimal gap = required.subtract(paid, MC);
        if (gap.signum() <= 0) {
            return;
        }
        BigDecimal amount = hours.multiply(gap, MC);
        r.components.merge(bucket, amount, BigDecimal::add);
        Acc acc = r.accs.computeIfAbsent(kind, k -> new Acc());
        acc.amount = acc.amount.add(amount, MC);
        acc.dates.add(date);
        acc.citations.add(citation);
        acc.notes.add(date + ": " + plain(hours) + " h " + what + " paid " + money(paid) + " against " + rateName
                + " " + money(required) + ", owed " + plain(hours) + " × " + money(gap));
    }

    private static String cite(String contractClause, String regulation) {
        return contractClause == null || contractClause.isBlank() ? regulation : contractClause + "; " + regulation;
    }

    private static BigDecimal sum(List<Seg> segs) {
        return segs.stream().map(s -> s.hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String key(String classification) {
        return classification.trim().toLowerCase(Locale.ROOT);
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    private static String money(BigDecimal n) {
        BigDecimal m = n.stripTrailingZeros();
        return "$" + (m.scale() <= 2 ? n.setScale(2, RoundingMode.HALF_UP) : m).toPlainString();
    }

    private static BigDecimal cents(BigDecimal n) {
        return n.setScale(2, RoundingMode.HALF_UP);
    }

    private enum Bucket {
        BASE, OVERTIME, FRINGE
    }

    private static final class Acc {
        BigDecimal amount = BigDecimal.ZERO;
        final Set<LocalDate> dates = new LinkedHashSet<>();
        final Set<String> citations = new LinkedHashSet<>();
        final List<String> notes = new ArrayList<>();
    }

    private static final class Seg {
        final Row row;
        final DayHours day;
        final BigDecimal hours;
        BigDecimal premium = BigDecimal.ZERO;

        Seg(Row row, DayHours day) {
            this.row = row;
            this.day = day;
            this.hours = day.totalHours();
        }
    }

    private static final class Row {
        final int index;
        final WorkerWeek week;
        /** APPRENTICE_NOT_REGISTERED or APPRENTICE_OVER_RATIO when the apprentice is owed the journeyworker rate. */
        Kind status;
        String statusNote;
        ApprenticeProgram program;
        final Map<Kind, Acc> accs = new EnumMap<>(Kind.class);
        final Map<Bucket, BigDecimal> components = new EnumMap<>(Bucket.class);
        final Map<LocalDate, BigDecimal> uncovered = new TreeMap<>();

        Row(int index, WorkerWeek week) {
            this.index = index;
            this.week = week;
        }

        List<WageFinding> findings() {
            List<WageFinding> out = new ArrayList<>();
            String who = "Entry " + week.entryNumber() + " (ref " + week.workerRef() + "), " + week.classification()
                    + ": ";
            if (!uncovered.isEmpty()) {
                StringBuilder days = new StringBuilder();
                uncovered.forEach((d, h) -> days.append(days.isEmpty() ? "" : ", ").append(d).append(" (")
                        .append(plain(h)).append(" h)"));
                out.add(new WageFinding(Kind.UNCOVERED_CLASSIFICATION, week.entryNumber(), week.workerRef(),
                        week.classification(), uncovered.size() == 1 ? uncovered.keySet().iterator().next() : null,
                        null, who + "the contract has no wage commitment for this classification on " + days
                                + "; wages not checked for those days until the classification is conformed.",
                        REG_WAGES));
            }
            if (status != null && !accs.containsKey(status)) {
                accs.put(status, new Acc()); // the status is a finding even when the journey rate was paid
            }
            for (var e : accs.entrySet()) {
                Acc acc = e.getValue();
                String reason = "";
                if (e.getKey() == Kind.APPRENTICE_NOT_REGISTERED) {
                    reason = "listed as an apprentice but no registered program for " + week.classification()
                            + " is on the Statement of Compliance, so the journeyworker rate is owed. ";
                } else if (e.getKey() == Kind.APPRENTICE_OVER_RATIO) {
                    reason = "apprentice beyond the program ratio (" + statusNote
                            + "), so the journeyworker rate is owed. ";
                }
                String detail = who + reason + (acc.notes.isEmpty() ? "" : String.join("; ", acc.notes) + ". ")
                        + "Total owed " + money(cents(acc.amount)) + ".";
                String citation = acc.citations.isEmpty() ? REG_APPRENTICE : String.join(" | ", acc.citations);
                out.add(new WageFinding(e.getKey(), week.entryNumber(), week.workerRef(), week.classification(),
                        acc.dates.size() == 1 ? acc.dates.iterator().next() : null, cents(acc.amount), detail,
                        citation));
            }
            return out;
        }

        Restitution restitution() {
            // Rule 7: round each component once per worker row, total = sum of the rounded components.
            BigDecimal base = cents(components.getOrDefault(Bucket.BASE, BigDecimal.ZERO));
            BigDecimal overtime = cents(components.getOrDefault(Bucket.OVERTIME, BigDecimal.ZERO));
            BigDecimal fringe = cents(components.getOrDefault(Bucket.FRINGE, BigDecimal.ZERO));
            return new Restitution(week.workerRef(), week.entryNumber(), week.classification(), base, overtime,
                    fringe, base.add(overtime).add(fringe));
        }
    }
}
