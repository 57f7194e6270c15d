package org.highroad.subsidies.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.highroad.platform.money.Money;
import org.highroad.subsidies.Attestation;
import org.highroad.subsidies.ProgramTerms;
import org.highroad.subsidies.Reason;
import org.highroad.subsidies.RequestContent;

/**
 * The program's hard rules: any one failing returns the request for revision, with every reason at once. The terms
 * come from the program (and through it the pinned standard's subsidy terms), so each rule cites them.
 */
public final class HardRules {

    private HardRules() {
    }

    /** Every hard rule the request fails on {@code today}; empty when it passes them all. */
    public static List<Reason> failures(ProgramTerms terms, RequestContent r, LocalDate today) {
        List<Reason> reasons = new ArrayList<>();
        // Program term minimumWage: a hard floor on the starting wage (SDWP: at least $20.00 an hour).
        if (r.hourlyWage().compareTo(terms.minimumWage()) < 0) {
            reasons.add(new Reason("hourlyWage", "MINIMUM_WAGE", "the hourly wage " + Money.formatRate(r.hourlyWage(), java.util.Locale.US)
                    + " is below the program's minimum wage " + Money.formatRate(terms.minimumWage(), java.util.Locale.US)));
        }
        // Program term minHoursPerWeek (SDWP: at least 32 hours a week).
        if (r.hoursPerWeek().compareTo(terms.minHoursPerWeek()) < 0) {
            reasons.add(new Reason("hoursPerWeek", "MIN_HOURS_PER_WEEK", plain(r.hoursPerWeek())
                    + " hours a week is below the program's minimum of " + plain(terms.minHoursPerWeek())));
        }
        // Program term maxTrainingHours (20 CFR 680.700(c): OJT is limited to the time needed to become proficient;
        // SDWP: at most 1,040 hours).
        if (r.trainingHours() > terms.maxTrainingHours()) {
            reasons.add(new Reason("trainingHours", "MAX_TRAINING_HOURS", r.trainingHours()
                    + " training hours is above the program's maximum of " + terms.maxTrainingHours()));
        }
        // Program term minDaysOperating, counted to the first day of work (SDWP: in operation at least 120 days).
        long days = ChronoUnit.DAYS.between(r.operatingSince(), r.startDate());
        if (days < terms.minDaysOperating()) {
            reasons.add(new Reason("operatingSince", "MIN_DAYS_OPERATING", "the employer will have operated " + Math.max(days, 0)
                    + " days by the start date; the program requires " + terms.minDaysOperating()));
        }
        // The agreement must be signed before the first day (20 CFR 680.700(a), Attestation.AGREEMENT_BEFORE_HIRE):
        // a start date today or earlier leaves no day to sign it on, and hours before it are never reimbursed.
        if (!AgreementDates.leavesTimeToSign(r.startDate(), today)) {
            reasons.add(new Reason("startDate", "AGREEMENT_BEFORE_HIRE", "the start date " + r.startDate()
                    + " must be after today (" + today + "): the agreement is signed before the first day of work"));
        }
        for (Attestation required : terms.attestations()) {
            if (!r.attestations().contains(required)) {
                reasons.add(new Reason("attestations", required.name(), "the program requires the attestation " + required.name()));
            }
        }
        return reasons;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
