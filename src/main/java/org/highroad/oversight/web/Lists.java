package org.highroad.oversight.web;

import org.highroad.oversight.Dashboard;

/** The dashboard's lists as CSV, one column per figure the page shows, the same for the API and the pages. */
final class Lists {

    private Lists() {
    }

    static Csv contracts(Dashboard d) {
        Csv csv = new Csv("contract_id", "title", "status", "prime_vendor_id", "prime_vendor", "compliant", "missing_reports",
                "open_findings", "share_shortfalls", "open_cases", "restitution_owed", "restitution_paid",
                "restitution_outstanding", "withholding_held");
        for (Dashboard.ContractStanding c : d.contracts()) {
            csv.row(c.contractId(), c.title(), c.status(), c.primeVendorId(), c.primeVendor(), c.compliant(), c.missingReports(),
                    c.openFindings(), c.shortfalls(), c.openCases(), c.owed(), c.paid(), c.outstanding(), c.held());
        }
        return csv;
    }

    static Csv workforce(Dashboard d) {
        Csv csv = new Csv("contract_id", "contract_title", "category", "trade", "level", "period_ending", "share_percent",
                "required_percent", "met", "suppressed");
        for (Dashboard.ShareSeries s : d.workforce()) {
            for (Dashboard.SharePoint p : s.points()) {
                csv.row(s.contractId(), s.contractTitle(), s.category(), s.trade(), s.level(), p.asOf(), p.sharePercent(),
                        s.requiredPercent(), p.met(), p.suppressed());
            }
        }
        return csv;
    }

    static Csv subsidies(Dashboard d) {
        Csv csv = new Csv("program_id", "code", "name", "budget", "committed", "paid", "quality_job_share_percent",
                "quality_goal_percent", "goal_met");
        for (Dashboard.SubsidyProgram p : d.subsidies()) {
            csv.row(p.programId(), p.code(), p.name(), p.budget(), p.committed(), p.paid(), p.qualityJobShare(),
                    p.qualityGoalPercent(), p.goalMet());
        }
        return csv;
    }

    /**
     * Hours and workers by race/ethnicity, gender and residency: one row per line, {@code line} TOTAL (all the
     * contract's workers), ANSWER (those with {@code answer}) or NOT_REPORTED; contract_id empty for all contracts;
     * hours and workers empty where withheld.
     */
    static Csv composition(Dashboard d) {
        Csv csv = new Csv("contract_id", "contract_title", "dimension", "line", "answer", "hours", "workers", "suppressed");
        for (Dashboard.CompositionLine l : d.composition()) {
            csv.row(l.contractId(), l.contractId() == null ? "" : l.contractTitle(), l.dimension(),
                    l.total() ? "TOTAL" : l.answer() == null ? "NOT_REPORTED" : "ANSWER", l.answer(), l.hours(), l.workers(),
                    l.suppressed());
        }
        return csv;
    }
}
