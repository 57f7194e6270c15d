package org.highroad.contracts;

import java.time.Instant;
import org.highroad.platform.audit.AuditEntry;

/**
 * A line of a contract's audit trail.
 *
 * @param actor            who acted: a user id, or the workflow's; null where the reader may not see the name (a
 *                         contractor reading what a member of the agency's staff did)
 * @param actorRole        the role the actor acted in: {@code PROCUREMENT_OFFICER}, {@code AUDITOR}, {@code
 *                         WORKFORCE_STAFF}, {@code ADMIN}, {@code AGENCY_STAFF} (staff whose role is no longer known),
 *                         {@code CONTRACTOR} or {@code WORKFLOW}
 * @param actorDescription that role in the reader's language ("Agency staff (procurement officer)")
 */
public record AuditEntryView(String action, String actor, String actorRole, String actorDescription, Instant at,
        String reason, String detail) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.action(), e.actor(), null, null, e.at(), e.reason(), e.detail());
    }

    /** That it happened, by whom and when; not why. */
    AuditEntryView withoutText() {
        return new AuditEntryView(action, actor, actorRole, actorDescription, at, null, null);
    }

    /** The entry with the role its actor acted in, and the actor's name only when the reader may see it. */
    AuditEntryView actedAs(String role, String description, boolean named) {
        return new AuditEntryView(action, named ? actor : null, role, description, at, reason, detail);
    }
}
