package org.highroad.enforcement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.highroad.payroll.FindingView;

/**
 * A compliance case as the auditor's queue and the contractor see it: how old it is, its findings and their review,
 * and what they come to (restitution owed by the findings not dismissed, hours short). A contractor reads it without
 * the agency's notes ({@link AgencyNotes}: no review reason or reviewer, a closing reason only when the rules wrote it).
 *
 * @param subject CONTRACT (payroll findings on the contract, restitution owed to workers) or SUBSIDY_AGREEMENT (a subsidy
 *        recovery the employer owes to the program under its training agreement; no contract)
 * @param contractId the contract of a CONTRACT case; null for a subsidy case
 * @param subsidyRequestId the subsidy request of a SUBSIDY_AGREEMENT case; null for a contract case
 * @param subcontractorCase the payrolls are a subcontractor's; the prime is named because it is liable
 * @param outcome RESOLVED, DISMISSED, SUPERSEDED (no finding stands, some superseded), CLOSED_OFF_LADDER or
 *        REFERRED_FOR_DEBARMENT once closed
 * @param supersededFindings findings that left the case because they no longer stand (a correction payroll replaced
 *        the payroll they were found on); their review says SUPERSEDED
 * @param amountOwed restitution on the findings that stand, pending ones included (not dismissed, not superseded); in a
 *        subsidy case, the amount to recover for the program
 * @param outstanding restitution still owed on the ledger (confirmed findings, less payments)
 * @param cureDue the end of the cure period of the latest notice
 * @param nextDeadline the next date the case is checked: the cure date, then each escalation check
 */
public record CaseView(Long id, String subject, Long contractId, Long subsidyRequestId, long vendorId, long primeVendorId, boolean subcontractorCase,
        String status, String outcome, Instant openedAt, long ageDays, int pendingFindings, int confirmedFindings,
        int dismissedFindings, int supersededFindings, BigDecimal amountOwed, BigDecimal outstanding, BigDecimal hoursShort, String escalationStep,
        java.time.LocalDate cureDue, java.time.LocalDate nextDeadline, String closedReason, List<Finding> findings) {

    /**
     * A finding in the case with its review: a payroll finding, or in a subsidy case the subsidy recovery. {@code recheck}
     * is set for a confirmed payroll finding that a later payroll of its week was checked against: whether that payroll
     * shows it corrected, or what it owes for it now and the difference from the confirmed amount (ADR 0030); the
     * finding and what the ledger owes stand until the auditor resolves or revises it.
     */
    public record Finding(FindingView finding, SubsidyRecovery recovery, String review, String reason, String reviewedBy, Instant reviewedAt,
            org.highroad.payroll.FindingRecheck recheck) {
    }
}
