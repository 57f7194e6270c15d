package org.highroad.payroll;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A certified payroll submission as read: where it stands, the checksum of the raw upload kept as received, how many
 * rows were accepted, every error of a rejection, and which earlier submission it supersedes.
 */
public record SubmissionView(Long id, long contractId, long vendorId, LocalDate weekEnding, String source, String status,
        String sha256, long sizeBytes, int rowCount, int errorCount, List<Error> errors, Long supersedesId,
        String submittedBy, Instant submittedAt, boolean duplicate) {

    public record Error(int row, String column, String reason) {
    }
}
