package org.highroad.standards;

import java.time.Instant;

/**
 * Where a version stands in its adoption: drafted, proposed for review, or adopted (then in force from its
 * effective date, pinnable and immutable). The last decision (adopted or returned) is kept with who, when and why.
 */
public record Adoption(Status status, String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt,
        String comment) {

    public enum Status { DRAFT, PROPOSED, ADOPTED }
}
