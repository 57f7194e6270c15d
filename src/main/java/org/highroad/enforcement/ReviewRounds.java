package org.highroad.enforcement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.highroad.enforcement.domain.ComplianceCase;
import org.highroad.enforcement.domain.ComplianceCaseRepository;
import org.highroad.enforcement.domain.SubsidyRecoveries;
import org.highroad.payroll.FindingView;
import org.highroad.payroll.PayrollResults;
import org.highroad.platform.money.Money;
import org.highroad.vendors.VendorRegistry;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's review rounds (ADR 0021): one auditor task per round, however many findings it covers. A round covers the
 * findings the case held when it opened that are still pending then; findings that join during the round wait for the
 * next one. The case's findings (their position in it) are the record: the process keeps only how many the case held
 * ({@code through}).
 */
@Service
public class ReviewRounds {

    private final ComplianceCaseRepository cases;
    private final PayrollResults payroll;
    private final SubsidyRecoveries recoveries;
    private final VendorRegistry vendors;
    private final MessageSource messages;

    ReviewRounds(ComplianceCaseRepository cases, PayrollResults payroll, SubsidyRecoveries recoveries, VendorRegistry vendors,
            MessageSource messages) {
        this.messages = messages;
        this.cases = cases;
        this.payroll = payroll;
        this.recoveries = recoveries;
        this.vendors = vendors;
    }

    /**
     * A round opening: how many findings the case holds ({@code through}) and how many of them are pending (the round
     * has a task only if some are).
     */
    public record Opening(int through, int pending) {
    }

    /**
     * Opens a round, with the case's row locked until the round's task exists (the job's transaction ends), so a
     * finding superseded meanwhile is either not counted or ends the round ({@link SupersededFindings} locks the case
     * too), and a review recorded meanwhile is either counted as done or sees the task.
     */
    @Transactional
    public Opening open(long caseId) {
        return cases.lockById(caseId).map(c -> new Opening(c.findings().size(), c.pendingThrough(c.findings().size()).size()))
                .orElse(new Opening(0, 0));
    }

    /** The findings of the round still pending review: the round ends when there are none. */
    @Transactional(readOnly = true)
    public List<Long> pending(long caseId, int through) {
        return cases.findById(caseId).map(c -> c.pendingThrough(through)).orElse(List.of());
    }

    /**
     * The round's task name, as an auditor's task list shows it: how many findings, whose, and the restitution they
     * claim, e.g. "Review 5,347 findings of Harbor Electric LLC, $81,220.50 at stake (case 12)".
     */
    @Transactional(readOnly = true)
    public String title(long caseId, int through) {
        ComplianceCase c = cases.require(caseId);
        List<Long> pending = c.pendingThrough(through);
        BigDecimal amount = c.aboutSubsidy()
                ? recoveries.byIds(pending).stream().map(SubsidyRecovery::amount).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add)
                : payroll.findingsByIds(pending).stream().map(FindingView::amountOwed).filter(a -> a != null)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        String count = String.format(Locale.US, "%,d", pending.size());
        return "Review " + count + (pending.size() == 1 ? " finding" : " findings") + " of " + vendors.legalName(c.vendorId())
                + ", " + Money.of(amount).format(Locale.US) + " at stake (case " + caseId + ")";
    }

    /**
     * The case's findings pending review as the round's form shows them (Markdown): a link to the staff case page,
     * then by worker and by kind, how many and the restitution claimed, the largest first (the first 25 groups of each).
     */
    @Transactional(readOnly = true)
    public String pendingAsMarkdown(long caseId) {
        ComplianceCase c = cases.require(caseId);
        List<Long> pending = c.pendingThrough(c.findings().size());
        StringBuilder md = new StringBuilder();
        md.append("**").append(vendors.legalName(c.vendorId())).append("**, case ").append(caseId).append(": ")
                .append(String.format(Locale.US, "%,d", pending.size())).append(" finding(s) pending review. ")
                .append("[Open the case page to review them](/staff/cases/").append(caseId).append(")\n\n");
        if (c.aboutSubsidy()) {
            return md.toString();
        }
        List<FindingView> found = payroll.findingsByIds(pending);
        table(md, "Worker", found.stream().collect(java.util.stream.Collectors.groupingBy(
                f -> f.workerRef() == null ? "(none)" : f.workerRef())));
        // a kind by its label, as the case page names it ("Base rate below the committed wage"), in Tasklist's English
        table(md, "Kind", found.stream().collect(java.util.stream.Collectors.groupingBy(
                f -> messages.getMessage("finding." + f.kind(), null, f.kind(), Locale.ENGLISH))));
        rechecked(md, c);
        return md.toString();
    }

    /**
     * Confirmed findings of the case that a later payroll of their week shows corrected or owing another amount (ADR
     * 0030): they stand, and the ledger owes the confirmed amount, until the auditor resolves them after verifying
     * payment or revises them.
     */
    private void rechecked(StringBuilder md, ComplianceCase c) {
        List<Long> confirmed = c.findings().stream().filter(f -> f.review() == ComplianceCase.Review.CONFIRMED)
                .map(ComplianceCase.CaseFinding::findingId).toList();
        java.util.Map<Long, org.highroad.payroll.FindingRecheck> rechecks = confirmed.isEmpty() ? java.util.Map.of()
                : payroll.rechecksOf(confirmed);
        List<org.highroad.payroll.FindingRecheck> shown = rechecks.values().stream()
                .filter(r -> !r.stillFound() || (r.difference() != null && r.difference().signum() != 0))
                .sorted(java.util.Comparator.comparing(org.highroad.payroll.FindingRecheck::findingId)).toList();
        if (shown.isEmpty()) {
            return;
        }
        md.append("**Confirmed findings a later payroll shows differently** (they stand until you resolve or revise them):\n\n");
        shown.stream().limit(25).forEach(r -> md.append("- finding ").append(r.findingId()).append(": payroll ")
                .append(r.submissionId()).append(r.stillFound() ? " owes " + Money.of(r.amountNow()).format(Locale.US)
                        + " (difference " + Money.of(r.difference()).format(Locale.US) + ")" : " shows it corrected").append('\n'));
        md.append('\n');
    }

    private static void table(StringBuilder md, String what, java.util.Map<String, List<FindingView>> groups) {
        md.append("| ").append(what).append(" | Findings | Restitution claimed |\n|---|---:|---:|\n");
        groups.entrySet().stream().map(e -> java.util.Map.entry(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparing((java.util.Map.Entry<String, List<FindingView>> e) -> sum(e.getValue())).reversed()
                        .thenComparing(java.util.Map.Entry::getKey))
                .limit(25).forEach(e -> md.append("| ").append(e.getKey().replace("|", "/")).append(" | ").append(e.getValue().size())
                        .append(" | ").append(Money.of(sum(e.getValue())).format(Locale.US)).append(" |\n"));
        if (groups.size() > 25) {
            md.append("\n… and ").append(groups.size() - 25).append(" more on the case page.\n");
        }
        md.append("\n");
    }

    private static BigDecimal sum(List<FindingView> findings) {
        return findings.stream().map(FindingView::amountOwed).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
    }
}
