package org.highroad.payroll.statement;

import java.time.Instant;

/** A Statement of Compliance on file: who filed it and when; the latest one for a contractor is in force. */
public record StatementView(Long id, long contractId, long vendorId, StatementOfCompliance statement, String filedBy,
        Instant filedAt) {
}
