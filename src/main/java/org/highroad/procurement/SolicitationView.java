package org.highroad.procurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.highroad.platform.security.HighroadUser;
import org.highroad.standards.scoring.Criterion;

/** A solicitation as read; {@code openedAt} is when its sealed bids were opened (absent while they are sealed). */
public record SolicitationView(Long id, String agencyCode, String title, String description,
        SolicitationDraft.Category category, String region, BigDecimal estimatedValue, String standardCode,
        int standardVersion, OffsetDateTime submissionDeadline, List<String> classifications,
        boolean requiresPrequalification, List<Criterion> rubric, SolicitationStatus status, Long awardedBidId,
        String awardReason, String createdBy, Instant createdAt, Instant publishedAt, Instant openedAt) {

    /** Agency staff read which officer drafted it; a contractor reads the solicitation without the name. */
    public SolicitationView asReadBy(HighroadUser reader) {
        if (reader.isAgencyStaff()) {
            return this;
        }
        return new SolicitationView(id, agencyCode, title, description, category, region, estimatedValue, standardCode,
                standardVersion, submissionDeadline, classifications, requiresPrequalification, rubric, status,
                awardedBidId, awardReason, null, createdAt, publishedAt, openedAt);
    }
}
