package org.highroad.platform.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.highroad.platform.audit.AuditEntry;

/** An audit-trail row; never updated or deleted. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "subject_type")
    private String subjectType;
    @Column(name = "subject_id")
    private long subjectId;
    private String action;
    private String actor;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String reason;
    private String detail;

    protected AuditEvent() {
    }

    public AuditEvent(String subjectType, long subjectId, String action, String actor, Instant occurredAt,
            String reason, String detail) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.action = action;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.reason = reason;
        this.detail = detail;
    }

    public AuditEntry toEntry() {
        return new AuditEntry(subjectType, subjectId, action, actor, occurredAt, reason, detail);
    }
}
