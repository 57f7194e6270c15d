package org.highroad.contracts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.highroad.contracts.domain.ClauseTemplate;
import org.highroad.contracts.domain.ClauseTemplateRepository;
import org.highroad.contracts.domain.ClauseWriter;
import org.highroad.contracts.domain.CommitmentRules;
import org.highroad.contracts.domain.ContractClause;
import org.highroad.contracts.domain.ContractVersion;
import org.highroad.contracts.domain.WageCommitment;
import org.highroad.platform.money.Money;
import org.highroad.procurement.BidSubmission;
import org.highroad.standards.ReportingCadence;
import org.highroad.standards.StandardCatalog;
import org.highroad.standards.StandardVersionContent;
import org.highroad.standards.WageDetermination;
import org.highroad.standards.WageRate;
import org.highroad.standards.WorkforceTarget;
import org.springframework.stereotype.Component;

/**
 * Turns a bid's commitments and the pinned standard version into a contract version's commitments and clauses:
 * wage offers with the prevailing rate beside them, workforce shares at the higher of target and pledge, the other
 * commitments as terms, the standard's enforcement parameters as reporting terms, and the latest clause templates
 * filled with the numbers.
 */
@Component
class ContractDrafting {

    private final ClauseTemplateRepository templates;
    private final StandardCatalog standards;

    ContractDrafting(ClauseTemplateRepository templates, StandardCatalog standards) {
        this.templates = templates;
        this.standards = standards;
    }

    ContractVersion.Commitments commitments(long bidId, BidSubmission bid, StandardVersionContent standard, String standardCode,
            int standardVersion, String wageDetermination) {
        List<WageCommitment> wages = bid.wageOffers().stream().map(o -> {
            WageRate prevailing = prevailing(pinnedDetermination(standard), o.classification());
            return new WageCommitment(o.classification(), o.baseRate(), o.fringeRate(),
                    prevailing == null ? null : prevailing.baseRate(), prevailing == null ? null : prevailing.fringePerHour()); // amount + % of the WD basic rate
        }).toList();
        Map<WorkforceTarget.Category, BigDecimal> pledges = new EnumMap<>(WorkforceTarget.Category.class);
        put(pledges, WorkforceTarget.Category.LOCAL_RESIDENTS, bid.localResidentHoursSharePercent());
        put(pledges, WorkforceTarget.Category.PEOPLE_OF_COLOR, bid.peopleOfColorHoursSharePercent());
        put(pledges, WorkforceTarget.Category.WOMEN, bid.womenHoursSharePercent());
        put(pledges, WorkforceTarget.Category.APPRENTICES, bid.apprenticeHoursSharePercent());
        ContractTerms terms = new ContractTerms(bid.employerHealthPremiumSharePercent(), bid.paidLeaveDaysPerYear(),
                bid.retirementContributionPercent(), bid.scheduleNoticeDays(), bid.fullTimeSharePercent(),
                bid.trainingHoursPerWorkerPerYear(), bid.advancementPlan(), bid.hasCollectiveAgreement(), bid.hasWorkerCommittee());
        var e = standard.enforcement();
        ReportingTerms reporting = new ReportingTerms(e.reportingDeadlineDays(), e.curePeriodBusinessDays(),
                e.restitutionThreshold(), e.finePerViolationPerDay(), e.fineCap(), e.weeklyOvertimeAfterHours(),
                e.dailyOvertimeAfterHours(), e.cashAboveBaseMakesUpFringe(), e.reportingCadence());
        // Every commitment a payroll can break becomes a rule: wages per classification (Schedule A), the lowest hourly
        // wage for every covered worker (a services bid's wage commitment, clause WAGES) and the shares of work hours
        // (Schedule B). The others (benefits, schedule notice, full-time share, training, plans) are terms of clause
        // JOB_QUALITY that a certified payroll cannot show, monitored outside the payroll checks.
        return withClauses(new ContractVersion.Commitments(wages, bid.lowestHourlyWage(),
                CommitmentRules.workforce(standard.workforceTargets(), pledges, bidId), terms, reporting, List.of()),
                standardCode, standardVersion, wageDetermination, e.reportingCadence());
    }

    /** Fills the latest clause templates from the commitments (a new draft). */
    ContractVersion.Commitments withClauses(ContractVersion.Commitments c, String standardCode, int standardVersion,
            String wageDetermination, ReportingCadence standardCadence) {
        Map<String, String> values = values(c, standardCode, standardVersion, wageDetermination, standardCadence);
        List<ContractClause> clauses = new ArrayList<>();
        for (String code : List.of("WAGES", "WORKFORCE", "JOB_QUALITY", "REPORTING")) {
            templates.findFirstByCodeOrderByVersionDesc(code).ifPresent(t -> clauses.add(clause(t, values)));
        }
        return new ContractVersion.Commitments(c.wages(), c.lowestHourlyWage(), c.workforce(), c.terms(), c.reporting(), clauses);
    }

    /**
     * Re-fills the clauses of an amended version with its numbers, in the template versions the contract was signed
     * with: an amendment changes commitments, not the wording the contractor agreed to.
     */
    ContractVersion.Commitments refilled(ContractVersion.Commitments c, String standardCode, int standardVersion,
            String wageDetermination) {
        Map<String, String> values = values(c, standardCode, standardVersion, wageDetermination,
                standards.version(standardCode, standardVersion).content().enforcement().reportingCadence());
        List<ContractClause> clauses = c.clauses().stream().map(old -> templates.findByCodeAndVersion(old.code(), old.templateVersion())
                .map(t -> clause(t, values)).orElse(old)).toList();
        return new ContractVersion.Commitments(c.wages(), c.lowestHourlyWage(), c.workforce(), c.terms(), c.reporting(), clauses);
    }

    /** The wage determination a contract pins: the standard version's first. Prevailing rates come from it alone. */
    static WageDetermination pinnedDetermination(StandardVersionContent standard) {
        return standard.wageDeterminations().isEmpty() ? null : standard.wageDeterminations().get(0);
    }

    static final java.util.Set<String> CLAUSE_CODES = java.util.Set.of("WAGES", "WORKFORCE", "JOB_QUALITY", "REPORTING");
    static final java.util.Set<String> PLACEHOLDERS = java.util.Set.of("standardCode", "standardVersion",
            "wageDetermination", "wageSchedule", "weeklyOvertimeAfterHours", "reportingPeriod", "reportingBasis", "reportingDeadlineDays", "curePeriodBusinessDays",
            "restitutionThreshold", "finePerViolationPerDay", "fineCap", "healthShare", "paidLeave", "retirement",
            "scheduleNotice", "fullTimeShare", "training", "advancementPlan", "collectiveAgreement", "workerCommittee");

    /** The names every clause template may use ({@link #PLACEHOLDERS}). */
    /** {@code standardCadence}: the standard version's reporting cadence, which legal review may have changed. */
    static Map<String, String> values(ContractVersion.Commitments c, String standardCode, int standardVersion, String wd,
            ReportingCadence standardCadence) {
        Map<String, String> v = new HashMap<>();
        v.put("standardCode", standardCode);
        v.put("standardVersion", String.valueOf(standardVersion));
        v.put("wageDetermination", wd == null ? "none" : wd);
        v.put("wageSchedule", wageSchedule(c));
        ReportingTerms r = c.reporting();
        v.put("weeklyOvertimeAfterHours", plain(r.weeklyOvertimeAfterHours()));
        v.put("reportingPeriod", r.cadence().periodName());
        // weekly, as the standard says: the Davis-Bacon payroll clause; another cadence is the standard's own, or the one
        // legal review settled in place of the standard's (the clause names which), hours still listed per work week
        String cadence = cadenceWords(r.cadence());
        String source = r.cadence() == standardCadence ? "the " + cadence + " reporting of standard " + standardCode
                + " version " + standardVersion
                : cadence + " reporting settled in legal review, in place of the " + cadenceWords(standardCadence)
                        + " reporting of standard " + standardCode + " version " + standardVersion;
        v.put("reportingBasis", r.cadence() == ReportingCadence.WEEKLY && standardCadence == ReportingCadence.WEEKLY
                ? "29 CFR 5.5(a)(3)(ii)"
                : r.cadence() == ReportingCadence.WEEKLY ? source
                : source + "; each payroll lists every worker's hours per work week, Sunday to Saturday, and overtime is "
                        + "counted per work week");
        v.put("reportingDeadlineDays", String.valueOf(r.reportingDeadlineDays()));
        v.put("curePeriodBusinessDays", String.valueOf(r.curePeriodBusinessDays()));
        // amounts read as in the schedules; the template writes the $ of these two itself: "${{restitutionThreshold}}"
        v.put("restitutionThreshold", Money.of(r.restitutionThreshold()).formatNumber(ContractDocuments.LANGUAGE));
        v.put("finePerViolationPerDay", Money.of(r.finePerViolationPerDay()).formatNumber(ContractDocuments.LANGUAGE));
        v.put("fineCap", r.fineCap() == null ? "no cap" : ContractDocuments.dollars(r.fineCap()));
        ContractTerms t = c.terms();
        v.put("healthShare", text(t.employerHealthPremiumSharePercent()));
        v.put("paidLeave", text(t.paidLeaveDaysPerYear()));
        v.put("retirement", text(t.retirementContributionPercent()));
        v.put("scheduleNotice", t.scheduleNoticeDays() == null ? "not committed" : String.valueOf(t.scheduleNoticeDays()));
        v.put("fullTimeShare", text(t.fullTimeSharePercent()));
        v.put("training", text(t.trainingHoursPerWorkerPerYear()));
        v.put("advancementPlan", t.advancementPlan() == null || t.advancementPlan().isBlank() ? "none committed" : t.advancementPlan());
        v.put("collectiveAgreement", yesNo(t.collectiveAgreement()));
        v.put("workerCommittee", yesNo(t.workerCommittee()));
        return v;
    }

    /** Schedule A in words, then the promise to every covered worker, which binds whatever the classification. */
    static String wageSchedule(ContractVersion.Commitments c) {
        List<String> lines = new ArrayList<>(c.wages().stream().map(w -> w.classification() + ": "
                + ContractDocuments.dollars(minimum(w.offeredBase(), w.prevailingBase())) + " base and "
                + ContractDocuments.dollars(minimum(w.offeredFringe(), w.prevailingFringe())) + " fringe per hour").toList());
        if (c.lowestHourlyWage() != null) {
            lines.add("every covered worker, whatever the classification: at least " + ContractDocuments.dollars(c.lowestHourlyWage())
                    + " per hour (the bid's lowest hourly wage)");
        }
        return String.join("; ", lines);
    }

    /** "weekly", "semi-monthly", "quarterly". */
    private static String cadenceWords(ReportingCadence cadence) {
        return cadence.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static ContractClause clause(ClauseTemplate t, Map<String, String> values) {
        return new ContractClause(t.code(), t.version(), t.heading(), ClauseWriter.fill(t.body(), values));
    }

    static WageRate prevailing(WageDetermination wd, String classification) {
        if (wd == null) {
            return null;
        }
        return wd.rates().stream().filter(r -> r.classification().trim().equalsIgnoreCase(classification.trim()))
                .findFirst().orElse(null);
    }

    private static BigDecimal minimum(BigDecimal offered, BigDecimal prevailing) {
        return prevailing == null ? offered : offered.max(prevailing);
    }

    private static void put(Map<WorkforceTarget.Category, BigDecimal> pledges, WorkforceTarget.Category c, BigDecimal v) {
        if (v != null) {
            pledges.put(c, v);
        }
    }

    private static String plain(BigDecimal v) {
        return v == null ? "n/a" : v.stripTrailingZeros().toPlainString();
    }

    private static String text(BigDecimal v) {
        return v == null ? "not committed" : v.stripTrailingZeros().toPlainString();
    }

    private static String yesNo(Boolean b) {
        return b == null ? "not stated" : b ? "yes" : "no";
    }

}
