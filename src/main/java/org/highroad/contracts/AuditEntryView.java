package org.highroad.contracts;

import java.time.Instant;
import org.highroad.platform.audit.AuditEntry;

/** A line of a contract's audit trail. */
public record AuditEntryView(String action, String actor, Instant at, String reason, String detail) {
    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.action(), e.actor(), e.at(), e.reason(), e.detail());
    }

    /** That it happened, by whom and when; not why. */
    AuditEntryView withoutText() {
        return new AuditEntryView(action, actor, at, null, null);
    }
}
