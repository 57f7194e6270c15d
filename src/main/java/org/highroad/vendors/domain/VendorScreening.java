package org.highroad.vendors.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.highroad.standards.EligibilityRule;
import org.highroad.vendors.Eligibility.Reason;
import org.highroad.vendors.ViolationReport;

/**
 * Applies a standard version's eligibility rules to a vendor's record as of a date (pure). Records dated after the
 * decision date are ignored, so a past decision can be reproduced.
 */
public final class VendorScreening {

    private VendorScreening() {
    }

    public static List<Reason> reasonsAgainst(Vendor vendor, List<EligibilityRule> rules, LocalDate date) {
        List<Reason> reasons = new ArrayList<>();
        for (EligibilityRule rule : rules) {
            switch (rule.kind()) {
                case ACTIVE_DEBARMENT -> vendor.debarments().stream().filter(d -> d.activeOn(date))
                        .forEach(d -> reasons.add(new Reason(rule.kind().name(), rule.citation(),
                                "debarred by " + d.source() + " from " + d.startsOn()
                                        + (d.endsOn() == null ? " with no end date" : " until " + d.endsOn()))));
                case UNRESOLVED_WAGE_THEFT -> count(vendor, rule, date, ViolationReport.Kind.WAGE_THEFT, true, reasons,
                        "unresolved wage-theft violation(s)");
                case SERIOUS_SAFETY_CITATIONS -> count(vendor, rule, date, ViolationReport.Kind.SERIOUS_SAFETY_CITATION,
                        false, reasons, "serious safety citation(s)");
            }
        }
        return reasons;
    }

    /** Names an entry and why it counts, so a refusal says which entry of the record refused it. */
    private static String named(LaborViolation v) {
        String from = v.caseId() == null ? "found by " + v.agencySource() : (LaborViolation.PRIME_LIABILITY.equals(v.origin())
                ? "as liable prime in compliance case " : "compliance case ") + v.caseId();
        return "entry " + v.id() + " (" + from + ", occurred " + v.occurredOn()
                + (v.resolvedOn() == null ? ", unresolved" : ", resolved on " + v.resolvedOn())
                + (v.outstanding() == null ? "" : ", " + org.highroad.platform.money.Money.of(v.outstanding())
                        .format(java.util.Locale.US) + " restitution outstanding") + ")";
    }

    private static void count(Vendor vendor, EligibilityRule rule, LocalDate date, ViolationReport.Kind kind,
            boolean onlyUnresolved, List<Reason> reasons, String what) {
        LocalDate from = date.minusYears(rule.lookbackYears());
        List<LaborViolation> matching = vendor.violations().stream()
                .filter(v -> v.kind() == kind)
                .filter(v -> !v.occurredOn().isBefore(from) && !v.occurredOn().isAfter(date))
                .filter(v -> !onlyUnresolved || v.unresolvedOn(date))
                .toList();
        if (matching.size() > rule.allowed()) {
            reasons.add(new Reason(rule.kind().name(), rule.citation(), matching.size() + " " + what + " between "
                    + from + " and " + date + " (at most " + rule.allowed() + " allowed); latest on "
                    + matching.stream().map(LaborViolation::occurredOn).max(LocalDate::compareTo).orElseThrow()
                    + "; " + String.join("; ", matching.stream().map(VendorScreening::named).toList())));
        }
    }
}
