package org.highroad.standards;

import java.time.Instant;

/**
 * Published when a version is proposed for adoption; the adoption process starts on it. A version returned to draft
 * may be proposed again: {@code proposedAt} tells the proposals apart, so each starts its own adoption once.
 */
public record StandardVersionProposed(long versionId, String standardCode, int version, String proposedBy,
        Instant proposedAt) {
}
