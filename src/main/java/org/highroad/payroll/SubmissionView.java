package org.highroad.payroll;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A certified payroll submission as read: where it stands, the checksum of the raw upload kept as received, how many
 * rows were accepted, every error of a rejection, and which earlier submission it supersedes; once checked, how many
 * open findings it has and the restitution its rows are owed; {@code failure} when processing or the checks broke for a
 * technical reason (the submission stays RECEIVED and can be retried, or its checks FAILED and are run again): a neutral
 * reason and a reference to quote, never an exception's message; {@code columnMap} and {@code columnMapVersion} when
 * the file was read with a column map ({@link PayrollColumnMaps}), null for the canonical layout.
 */
public record SubmissionView(Long id, long contractId, long vendorId, LocalDate weekEnding, String source, String status,
        String sha256, long sizeBytes, int rowCount, int errorCount, List<Error> errors, Long supersedesId,
        String submittedBy, Instant submittedAt, boolean duplicate, Long statementId, String noWorkReason,
        String checkStatus, Integer findingCount, BigDecimal amountOwed, String failure, String columnMap,
        Integer columnMapVersion) {

    public record Error(int row, String column, String reason) {
    }
}
