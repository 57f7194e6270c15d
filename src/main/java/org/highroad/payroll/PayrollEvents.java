package org.highroad.payroll;

import java.time.LocalDate;
import java.util.List;

/**
 * What the payroll module tells the rest of Highroad; enforcement consumes {@link PayrollFlagged}, notifications
 * {@link PayrollFlagged} and {@link PayrollRejected}.
 */
public final class PayrollEvents {

    private PayrollEvents() {
    }

    /**
     * New findings for a contractor's week (wage checks, a share short to date, or a late report). Published once per
     * finding: re-checking the same submission finds the same findings and publishes nothing.
     *
     * @param submissionId {@code null} for a late report
     */
    public record PayrollFlagged(long contractId, long vendorId, LocalDate weekEnding, Long submissionId,
            List<Long> findingIds) {
    }

    /**
     * Findings no longer stand, in the transaction that superseded them: a correction payroll replaced an accepted one
     * for the same week (the earlier payroll's findings: the correction's own checks find what it shows), or an
     * investigation's comparison was restated against the payroll now in force. Published once per change: a finding
     * is superseded once.
     *
     * @param vendorId               the contractor whose payroll changed (a share shortfall it revealed is the prime's)
     * @param supersededSubmissionId the payroll the findings were found on
     * @param correctionSubmissionId the payroll in force now for that contractor and week
     * @param why                    what happened, as the contractor may read it (no worker's or complainant's account)
     */
    public record FindingsSuperseded(long contractId, long vendorId, LocalDate weekEnding, long supersededSubmissionId,
            long correctionSubmissionId, List<Long> findingIds, String why) {
    }

    /**
     * A payroll was rejected: the file had errors, every one recorded with the submission and none of its rows. Published
     * once, in the transaction that recorded the rejection (a submission is rejected once).
     *
     * @param errors how many errors were found
     */
    public record PayrollRejected(long contractId, long vendorId, LocalDate weekEnding, long submissionId, int errors) {
    }

    /**
     * A week's certified payroll (or no-work statement) was accepted and checked. Published after the checks committed,
     * outside any transaction, by {@code PayrollFollowUp}; published again by its recovery if a listener threw, so a
     * listener must take it more than once without harm.
     */
    public record PayrollReceived(long contractId, long vendorId, LocalDate weekEnding, long submissionId,
            boolean flagged) {
    }
}
