package org.highroad.standards;

import java.time.Instant;
import java.util.List;

/**
 * A version as read: who made it and when, whether it is in use (then immutable), the uses that pin it, and its
 * content.
 */
public record StandardVersionView(String standardCode, String standardTitle, String agencyCode, int version,
        boolean inUse, List<String> usedBy, Instant createdAt, String createdBy, StandardVersionContent content) {
}
