package org.highroad.subsidies.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.highroad.platform.money.Money;
import org.highroad.subsidies.ProgramTerms;
import org.highroad.subsidies.Reason;
import org.highroad.subsidies.RequestContent;

/**
 * Soft standards: a flag and a condition, never a refusal. A wage below the county living-wage benchmark (the
 * program's livingWage term, the standard's EARNINGS principle) is approved on condition of a wage-progression
 * commitment.
 */
public final class SoftStandards {

    public static final String LIVING_WAGE = "LIVING_WAGE";

    private SoftStandards() {
    }

    public static List<Reason> flags(ProgramTerms terms, RequestContent r) {
        List<Reason> flags = new ArrayList<>();
        if (r.hourlyWage().compareTo(terms.livingWage()) < 0) {
            flags.add(new Reason("hourlyWage", LIVING_WAGE, "the hourly wage " + Money.formatRate(r.hourlyWage(), Locale.US)
                    + " is below the county living-wage benchmark " + Money.formatRate(terms.livingWage(), Locale.US)
                    + ": approved on condition of a wage-progression commitment"));
        }
        return flags;
    }
}
