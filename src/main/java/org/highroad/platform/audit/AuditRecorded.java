package org.highroad.platform.audit;

/**
 * One entry was written to the audit trail, announced in the transaction that wrote it (and so of the change it
 * records): a listener that must follow every recorded change of a subject (the open contracting data's marks) hears
 * it without each module telling it. Only the subject and the action: never the reason or detail.
 */
public record AuditRecorded(String subjectType, long subjectId, String action) {
}
