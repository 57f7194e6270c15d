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

    /** The prefix of a flag from the employer's compliance record: it sends the request to workforce staff's review. */
    public static final String ELIGIBILITY = "ELIGIBILITY_";

    /**
     * The employer's compliance record against the eligibility rules of the program's pinned standard (the vendor
     * facts procurement's bid screening reads): each rule it does not meet is a flag, never a refusal here, that sends
     * the request to workforce staff's review and names the rule there. The WIOA-OJT standard preset screens
     * ACTIVE_DEBARMENT and UNRESOLVED_WAGE_THEFT (3-year look-back, none allowed: presets/standards/wioa-ojt.json,
     * eligibilityRules, a Highroad preset policy choice; SAM.gov exclusions for a federally funded OJT contract).
     */
    public static List<Reason> eligibilityFlags(org.highroad.vendors.Eligibility eligibility) {
        return eligibility.reasons().stream().map(e -> new Reason("employer", ELIGIBILITY + e.rule(), "the employer's "
                + "compliance record does not meet the program standard's eligibility rule " + e.rule() + ": " + e.detail()
                + "; sent to workforce staff's review, never approved automatically")).toList();
    }

    /** Whether a flag sends the request to workforce staff whatever its amount. */
    public static boolean sendsToStaff(Reason flag) {
        return flag.rule().startsWith(ELIGIBILITY);
    }

    /** Whether a flag makes approval conditional on a wage-progression commitment. */
    public static boolean asksWageCommitment(Reason flag) {
        return LIVING_WAGE.equals(flag.rule());
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
