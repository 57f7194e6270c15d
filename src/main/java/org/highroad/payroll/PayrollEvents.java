package org.highroad.payroll;

import java.time.LocalDate;
import java.util.List;

/** What the payroll module tells the rest of Highroad; enforcement consumes {@link PayrollFlagged}. */
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
     * A correction payroll replaced an accepted one for the same week: the earlier payroll's findings no longer stand
     * (its own checks found what the correction shows), in the transaction that accepts the correction.
     */
    public record FindingsSuperseded(long contractId, long vendorId, LocalDate weekEnding, long supersededSubmissionId,
            long correctionSubmissionId, List<Long> findingIds) {
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
