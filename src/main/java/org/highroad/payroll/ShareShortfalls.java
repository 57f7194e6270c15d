package org.highroad.payroll;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.highroad.contracts.ContractRuleBook;
import org.highroad.payroll.domain.FindingStore;
import org.highroad.payroll.domain.PayrollSubmission;
import org.highroad.payroll.utilization.Utilization;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The workforce side of a payroll's checks, inside the check's transaction: the contract's shares of hours to the
 * week's end ({@link PayrollUtilization}), each binding line short of its commitment a finding against the prime, and
 * the week's shortfalls that no longer hold superseded.
 */
@Component
class ShareShortfalls {

    private final PayrollUtilization utilization;
    private final FindingStore findings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ShareShortfalls(PayrollUtilization utilization, FindingStore findings, ApplicationEventPublisher events, Clock clock) {
        this.utilization = utilization;
        this.findings = findings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Workforce shares to the end of the week (cumulative over the contract's accepted payrolls, prime and
     * subcontractors): each binding line short of its committed share is a finding against the prime, which answers for
     * the contract's commitments. The commitments are the contract's (Schedule B), stated once for the whole workforce
     * and inherited by subcontractors, not per subcontractor, so no subcontractor has a shortfall of its own.
     */
    List<Long> record(PayrollSubmission s, long prime, Set<String> known, ContractRuleBook rules) {
        Utilization shares = utilization.forCheck(s.contractId(), s.weekEnding(), rules);
        List<FindingView> views = new ArrayList<>();
        List<String> prints = new ArrayList<>();
        for (Utilization.ShareLine l : shares.shortfalls()) {
            String scope = (l.trade() == null ? "the project" : l.trade()) + (l.level() == null ? "" : ", " + l.level().name().toLowerCase());
            views.add(new FindingView(null, "SHARE_SHORTFALL", "OPEN", s.contractId(), prime, s.weekEnding(), s.id(), null, null,
                    null, null, l.category(), l.trade(), l.level() == null ? null : l.level().name(), null, l.shortfallHours(),
                    l.category() + " in " + scope + ": " + l.sharePercent() + "% of " + l.totalHours() + " hours to "
                            + s.weekEnding() + " against " + l.requiredPercent() + "% committed; " + l.shortfallHours() + " hours short",
                    l.citation(), clock.instant()));
            // once per contract, week and line while it stands, whichever payroll revealed it: a correction of that
            // payroll supersedes it, and the correction's check finds it again if it still holds
            prints.add(FindingStore.fingerprint("share", s.contractId(), s.weekEnding(), l.category(), l.trade(), l.level()));
        }
        noLongerShort(s, prints);
        // the unique standing key decides, should another check of the week record the same line at this moment
        return findings.insertContested(views, prints, known);
    }

    /**
     * A shortfall found for the week that no longer holds now that this payroll is in (another contractor's payroll
     * of the week came after the check that found it, or a correction changed the hours) no longer stands: superseded,
     * and announced so that it leaves review. One reviewed to an end (dismissed, resolved) stays as it was, and a
     * confirmed one stands, recording whether the week is still short on its line (ADR 0030).
     */
    private void noLongerShort(PayrollSubmission s, List<String> stillShort) {
        findings.recheckShares(s.contractId(), s.weekEnding(), s.id(), Set.copyOf(stillShort));
        findings.supersedeSharesNotIn(s.contractId(), s.weekEnding(), Set.copyOf(stillShort)).forEach((foundOn, ids) ->
                events.publishEvent(new PayrollEvents.FindingsSuperseded(s.contractId(), s.vendorId(), s.weekEnding(), foundOn,
                        s.id(), ids, "with payroll " + s.id() + " in, the workforce shares to the week ending " + s.weekEnding()
                                + " no longer fall short on that line")));
    }
}
