package org.highroad.payroll.wages;

import static org.highroad.platform.money.Money.formatRate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.highroad.payroll.wages.WageFinding.Kind;

/**
 * The fringe plans of the Statement of Compliance a payroll is certified under, as far as they limit the plan credit
 * a row may claim (col. 6B per hour). A worker covered by a plan that pays for all work is credited at most the
 * annualized figure of each such plan (29 CFR 5.25(c)(1)) plus the hourly credits of the statement's plans paid per
 * hour worked, which need no annualization; a typed figure above that is not credited, and is a finding naming the
 * computed figure. A worker no annualized plan covers keeps the typed credit.
 */
public record FringePlans(List<AnnualizedPlan> annualized, BigDecimal perHourCredits) {

    /** Annualization of fringe contributions: 29 CFR 5.25(c). */
    static final String REG_ANNUALIZATION = "29 CFR 5.25(c)(1)";

    public static final FringePlans NONE = new FringePlans(List.of(), BigDecimal.ZERO);

    public FringePlans {
        annualized = annualized == null ? List.of() : List.copyOf(annualized);
        perHourCredits = perHourCredits == null ? BigDecimal.ZERO : perHourCredits;
    }

    /** The row as the check credits it, and the finding when its typed plan credit is above the annualized one. */
    Credited credit(WorkerWeek row) {
        List<AnnualizedPlan> covering = onceEach(annualized.stream().filter(p -> p.covers(row.workerRef())).toList());
        if (covering.isEmpty()) {
            return new Credited(row, null);
        }
        BigDecimal allowed = perHourCredits;
        List<String> workings = new ArrayList<>();
        for (AnnualizedPlan p : covering) {
            allowed = allowed.add(p.hourlyCredit());
            workings.add(p.name() + ": " + formatRate(p.annualContribution(), Locale.US) + " a year ÷ "
                    + WageMath.plain(p.annualHoursAllWork()) + " h on all work = " + formatRate(p.hourlyCredit(), Locale.US));
        }
        if (row.fringeCreditPerHour().compareTo(allowed) <= 0) {
            return new Credited(row, null);
        }
        String detail = "plan credit claimed " + formatRate(row.fringeCreditPerHour(), Locale.US) + " an hour; plans "
                + "paying for all work allow " + formatRate(allowed, Locale.US) + " an hour ("
                + String.join("; ", workings)
                + (perHourCredits.signum() > 0 ? "; plus " + formatRate(perHourCredits, Locale.US) + " to plans paid per hour" : "")
                + "), and " + formatRate(allowed, Locale.US) + " is credited.";
        WageFinding finding = new WageFinding(Kind.FRINGE_CREDIT_ABOVE_ANNUALIZED, row.entryNumber(), row.workerRef(),
                row.classification(), null, null, detail, REG_ANNUALIZATION);
        WorkerWeek credited = new WorkerWeek(row.entryNumber(), row.workerRef(), row.classification(), row.level(),
                row.apprenticeLevel(), row.days(), row.straightRate(), row.overtimeRate(), allowed, row.cashInLieuPerHour(),
                row.apprenticeRegistration());
        return new Credited(credited, finding);
    }

    record Credited(WorkerWeek row, WageFinding finding) {
    }

    /**
     * Each plan once per worker: a plan listed twice for one worker (once for every worker and once naming them, or
     * named twice) pays one contribution for that worker's work, so it is credited once (29 CFR 5.25(c)(1): the
     * contribution for the worker divided by the worker's hours). The entry naming the worker is the one credited, the
     * plan's entry for every worker only where none names them; of two alike, the smaller hourly credit, so that a plan
     * typed twice never raises the credit. Plans are the same plan when their names are, ignoring case and blanks.
     */
    static List<AnnualizedPlan> onceEach(List<AnnualizedPlan> covering) {
        java.util.Map<String, AnnualizedPlan> byName = new java.util.LinkedHashMap<>();
        for (AnnualizedPlan p : covering) {
            byName.merge(p.name().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT), p, (a, b) -> {
                boolean aNames = a.workerRef() != null;
                boolean bNames = b.workerRef() != null;
                if (aNames != bNames) {
                    return aNames ? a : b;
                }
                return b.hourlyCredit().compareTo(a.hourlyCredit()) < 0 ? b : a;
            });
        }
        return List.copyOf(byName.values());
    }
}
