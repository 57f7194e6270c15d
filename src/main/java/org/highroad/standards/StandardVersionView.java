package org.highroad.standards;

import java.time.Instant;
import java.util.List;

/**
 * A version as read: who made it and when, its adoption, whether it is in use (then immutable), the uses that pin it, and its
 * content.
 */
public record StandardVersionView(long id, String standardCode, String standardTitle, String agencyCode, int version,
        Adoption adoption, boolean inUse, List<String> usedBy, Instant createdAt, String createdBy,
        StandardVersionContent content) {
}
