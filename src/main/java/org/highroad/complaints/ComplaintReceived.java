package org.highroad.complaints;

import java.time.LocalDate;

/**
 * A worker complaint was received; its triage process starts in the same transaction. Carries what the auditor's
 * task shows at a glance, never the complainant's contact details.
 */
public record ComplaintReceived(long complaintId, String receipt, String employer, String worksite,
        LocalDate claimedWeekEnding) {
}
