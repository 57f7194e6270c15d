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
                    + matching.stream().map(LaborViolation::occurredOn).max(LocalDate::compareTo).orElseThrow()));
        }
    }
}
