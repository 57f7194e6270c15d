package org.highroad.standards.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A record that a solicitation, contract or subsidy program pinned a standard version. */
@Entity
@Table(name = "standard_version_use")
class StandardVersionUse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private StandardVersion version;
    @Column(name = "used_by")
    private String usedBy;
    private String reference;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected StandardVersionUse() {
    }

    StandardVersionUse(StandardVersion version, String usedBy, String reference, Instant recordedAt) {
        this.version = version;
        this.usedBy = usedBy;
        this.reference = reference;
        this.recordedAt = recordedAt;
    }

    boolean matches(String usedBy, String reference) {
        return this.usedBy.equals(usedBy) && this.reference.equals(reference);
    }

    String label() {
        return usedBy + " " + reference;
    }
}
