package org.highroad.vendors;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.highroad.platform.security.HighroadUser;
import org.highroad.standards.scoring.Scorecard;

/**
 * A vendor pre-qualification as read: the profile filed, its scorecard against the standard version in force on
 * filing, where it stands, and the officer's decision.
 *
 * @param scorecard       the lines a profile answers, their subtotals per principle and total, as stored on filing
 * @param scoredAtBidTime codes of the version's criteria a profile cannot answer (price, project hour shares,
 *                        officer ratings, pay above a solicitation's floor): each bid is scored on them
 * @param decision        null until an officer decides
 * @param expiredAt       when the pre-qualification lapsed at the end of {@code decision.qualifiedUntil}
 */
public record QualificationView(Long id, Long vendorId, String standardCode, int standardVersion, Status status,
        JobQualityProfile profile, Scorecard scorecard, List<String> scoredAtBidTime, Instant submittedAt,
        String submittedBy, Decision decision, Instant expiredAt) {

    /** Filed and waiting for an officer; pre-qualified until a date; sent back to improve; or lapsed. */
    public enum Status { SUBMITTED, QUALIFIED, SENT_BACK, EXPIRED }

    /** The officer's decision: what to improve, or until when the vendor is pre-qualified (inclusive). */
    public record Decision(String decidedBy, Instant decidedAt, String notes, LocalDate qualifiedUntil) {
    }

    /**
     * Agency staff read every name; the vendor's users read the decision and its notes without the officer's name,
     * and who filed only when it was one of them ({@code vendorUsers}), not an officer filing on the vendor's behalf.
     */
    public QualificationView asReadBy(HighroadUser reader, Collection<String> vendorUsers) {
        if (reader.isAgencyStaff()) {
            return this;
        }
        Decision read = decision == null ? null
                : new Decision(null, decision.decidedAt(), decision.notes(), decision.qualifiedUntil());
        return new QualificationView(id, vendorId, standardCode, standardVersion, status, profile, scorecard,
                scoredAtBidTime, submittedAt, vendorUsers.contains(submittedBy) ? submittedBy : null, read, expiredAt);
    }
}
