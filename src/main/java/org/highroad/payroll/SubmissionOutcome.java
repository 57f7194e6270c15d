package org.highroad.payroll;

/**
 * How a request to take a payroll ended: the submission as it stands, and whether another request is still processing
 * it (the week stayed busy longer than intake waits; answered 202, read it again later).
 */
public record SubmissionOutcome(SubmissionView submission, boolean processingElsewhere) {
}
