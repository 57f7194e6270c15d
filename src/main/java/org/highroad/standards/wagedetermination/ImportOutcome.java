package org.highroad.standards.wagedetermination;

import java.util.List;

/**
 * What an import did: {@code IMPORTED} (a new modification; {@code unreadLines} lists the lines it could not read),
 * {@code DUPLICATE} (the same text as the modification already imported), {@code REJECTED} (unreadable as a whole;
 * {@code determination} is null and {@code unreadLines} says why), or {@code CONFLICT} (another text was already
 * imported for this decision and modification). {@code textId} is the stored text either way.
 */
public record ImportOutcome(Status status, long textId, DeterminationView determination, List<UnreadLine> unreadLines) {

    public enum Status { IMPORTED, DUPLICATE, REJECTED, CONFLICT }
}
