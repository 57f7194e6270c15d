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
        List<AnnualizedPlan> covering = annualized.stream().filter(p -> p.covers(row.workerRef())).toList();
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
}
