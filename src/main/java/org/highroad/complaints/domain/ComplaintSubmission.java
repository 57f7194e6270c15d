package org.highroad.complaints.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A complaint as the worker filled it in, after {@link ComplaintForm} has checked every field. Text is kept exactly as
 * given (no HTML stripping): it is data, escaped wherever it is shown. Contact details are {@code null} when the
 * complainant stays anonymous; {@code account} is null when the worker gives no account of their pay.
 */
public record ComplaintSubmission(String employer, String contractReference, String worksite, String narrative,
        LocalDate weekEnding, BigDecimal hoursClaimed, BigDecimal payClaimed, String language, boolean anonymous,
        String contactName, String contactPhone, String contactEmail, WorkerAccount account) {
}
