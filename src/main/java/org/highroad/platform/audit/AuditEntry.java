package org.highroad.platform.audit;

import java.time.Instant;

/** One line of the audit trail as read. */
public record AuditEntry(String subjectType, long subjectId, String action, String actor, Instant at, String reason,
        String detail) {
}
