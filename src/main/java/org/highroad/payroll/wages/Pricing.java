package org.highroad.payroll.wages;

import static org.highroad.payroll.wages.WageCheck.REG_APPRENTICE;
import static org.highroad.payroll.wages.WageCheck.REG_OVERTIME;
import static org.highroad.payroll.wages.WageCheck.REG_WAGES;
import static org.highroad.payroll.wages.WageMath.MC;
import static org.highroad.payroll.wages.WageMath.plain;
import static org.highroad.platform.money.Money.formatRate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import org.highroad.contracts.WageRule;
import org.highroad.payroll.wages.CheckedRow.Acc;
import org.highroad.payroll.wages.CheckedRow.Bucket;
import org.highroad.payroll.wages.WageFinding.Kind;
import org.highroad.payroll.wages.WorkerWeek.Level;
import org.highroad.platform.money.Money;

/** Prices one day segment against the commitment in force that day and adds what is owed to its row. */
final class Pricing {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private Pricing() {
    }

    static void price(DaySegment s, WagePolicy policy, RuleLookup rules) {
        CheckedRow r = s.row;
        WorkerWeek w = r.week;
        LocalDate date = s.day.date();
        if (s.hours.signum() <= 0) {
            return;
        }
        // Rule 1: the commitment in force THAT day (29 CFR 5.5(a)(1): wages as the contract binds them on the day of work); a floor rising mid-week applies from its day.
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
        // not registered: the journeyworker rate all week; over the ratio: on the days over it (rule 5, ApprenticeStatus)
        Kind journeyKind = r.status != null ? r.status : r.overRatio.containsKey(date) ? Kind.APPRENTICE_OVER_RATIO : null;
        boolean apprenticeAtJourney = journeyKind != null;
        if (w.level() == Level.APPRENTICE && !apprenticeAtJourney && r.program != null) {
            BigDecimal pct = w.apprenticeLevel() == null ? null
                    : r.program.percentOfJourneyRateByLevel().get(w.apprenticeLevel());
            if (pct != null) {
                base = journey.multiply(pct, MC).divide(HUNDRED, MC).setScale(2, RoundingMode.HALF_UP);
                rateName = "apprentice rate (" + plain(pct) + "% of " + formatRate(journey, Locale.US) + ")";
                // never below a wage that binds every covered worker, apprentices included (an ordinance's or living
                // wage's floor, a services bid's lowest hourly wage for every covered worker: WageRule.everyWorkerFloor)
                if (rule.everyWorkerFloor() != null && base.compareTo(rule.everyWorkerFloor()) < 0) {
                    base = rule.everyWorkerFloor();
                    rateName = rateName + " raised to the wage for every covered worker";
                }
            }
        }
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

        Kind baseKind = apprenticeAtJourney ? journeyKind : Kind.UNDERPAID_BASE;
        Kind otKind = apprenticeAtJourney ? journeyKind : Kind.UNDERPAID_OVERTIME;
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
        // together. A determination's percentage fringe is already dollars per hour here, taken of its basic hourly
        // rate (standards.WageRate#fringePerHour), never of the overtime rate paid.
        BigDecimal fringe = rule.committedFringe() == null ? BigDecimal.ZERO : rule.committedFringe();
        String fringeName = "committed fringe";
        // Apprentices (29 CFR 5.5(a)(4)(i)): fringe as the registered program sets it for the level; where the program
        // sets none, the full fringe of the classification. Not registered or over the ratio: the full fringe.
        BigDecimal fringePct = w.level() != Level.APPRENTICE || apprenticeAtJourney || r.program == null
                || w.apprenticeLevel() == null ? null
                : r.program.fringePercentOfJourneyByLevel().get(w.apprenticeLevel());
        if (fringePct != null) {
            fringeName = "apprentice fringe (" + plain(fringePct) + "% of " + formatRate(fringe, Locale.US) + ")";
            fringe = fringe.multiply(fringePct, MC).divide(HUNDRED, MC).setScale(2, RoundingMode.HALF_UP);
        }
        // Or the fringe the wage determination sets for apprentices at the level (29 CFR 5.5(a)(4)(i): apprentices are
        // paid the fringe the determination sets for them, where it sets one), as the statement cites it.
        BigDecimal fringeSet = w.level() != Level.APPRENTICE || apprenticeAtJourney || r.program == null
                || w.apprenticeLevel() == null ? null : r.program.fringePerHourByLevel().get(w.apprenticeLevel());
        if (fringeSet != null) {
            fringe = fringeSet;
            fringeName = "apprentice fringe the wage determination sets for level " + w.apprenticeLevel() + " ("
                    + r.program.fringeSource() + ")";
            citation = citation + "; apprentice fringe: " + r.program.fringeSource();
        }
        BigDecimal credit = w.fringeCreditPerHour().add(w.cashInLieuPerHour(), MC);
        if (!policy.cashAboveBaseMakesUpFringe()) {
            // the standard keeps base and fringe apart: cash above the base is not credited to the fringe
            owe(r, Kind.FRINGE_SHORTFALL, Bucket.FRINGE, date, s.hours, fringe, credit, "fringe (plan credit + cash)",
                    fringeName, citation);
            return;
        }
        // The standard lets cash and bona fide benefits combine (Davis-Bacon: 40 U.S.C. 3141(2); 29 CFR 5.5(a)(1)(i),
        // "or by any combination thereof"): cash paid above the rate each of the day's hours required (the base, or
        // the premium rate for premium hours) is credited to the committed fringe of the same day's hours.
        BigDecimal cashAbove = above(straightAsSt, stRate, base).add(above(straightAsOt, otRate, base), MC)
                .add(above(premiumAsOt, otRate, premiumRate), MC).add(above(premiumAsSt, stRate, premiumRate), MC);
        BigDecimal shortfall = s.hours.multiply(fringe.subtract(credit, MC), MC).subtract(cashAbove, MC);
        if (shortfall.signum() > 0) {
            add(r, Kind.FRINGE_SHORTFALL, Bucket.FRINGE, date, shortfall, citation, date + ": " + plain(s.hours)
                    + " h fringe (plan credit + cash) paid " + formatRate(credit, Locale.US) + " against " + fringeName + " "
                    + formatRate(fringe, Locale.US) + ", less " + Money.of(WageMath.cents(cashAbove)).format(Locale.US)
                    + " cash paid above the base, owed " + Money.of(WageMath.cents(shortfall)).format(Locale.US));
        }
    }

    /** Cash paid above what {@code hours} required: hours × (paid − required) when positive. */
    private static BigDecimal above(BigDecimal hours, BigDecimal paid, BigDecimal required) {
        BigDecimal over = paid.subtract(required, MC);
        return hours.signum() <= 0 || over.signum() <= 0 ? BigDecimal.ZERO : hours.multiply(over, MC);
    }

    /** Adds hours × (required − paid) to the row when positive. Unrounded, DECIMAL64 (rule 7). */
    private static void owe(CheckedRow r, Kind kind, Bucket bucket, LocalDate date, BigDecimal hours,
            BigDecimal required, BigDecimal paid, String what, String rateName, String citation) {
        if (hours.signum() <= 0) {
            return;
        }
        BigDecimal gap = required.subtract(paid, MC);
        if (gap.signum() <= 0) {
            return;
        }
        // a finding's detail is written in English, rates exact (a rate is never rounded: WageCheck)
        add(r, kind, bucket, date, hours.multiply(gap, MC), citation, date + ": " + plain(hours) + " h " + what + " paid "
                + formatRate(paid, Locale.US) + " against " + rateName + " " + formatRate(required, Locale.US) + ", owed "
                + plain(hours) + " × " + formatRate(gap, Locale.US));
    }

    /** Adds an amount owed (unrounded) to the row's component and to the finding of its kind. */
    private static void add(CheckedRow r, Kind kind, Bucket bucket, LocalDate date, BigDecimal amount, String citation,
            String note) {
        r.components.merge(bucket, amount, BigDecimal::add);
        Acc acc = r.accs.computeIfAbsent(kind, k -> new Acc());
        acc.amount = acc.amount.add(amount, MC);
        acc.dates.add(date);
        acc.citations.add(citation);
        acc.notes.add(note);
    }

    private static String cite(String contractClause, String regulation) {
        return contractClause == null || contractClause.isBlank() ? regulation : contractClause + "; " + regulation;
    }
}
