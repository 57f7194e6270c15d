package org.highroad.contracts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A version of a clause template: data, not code; a new wording is a new version, old contracts keep theirs. */
@Entity
@Table(name = "clause_template")
public class ClauseTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    @Column(name = "version_no")
    private int version;
    private String heading;
    private String body;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;

    protected ClauseTemplate() {
    }

    public ClauseTemplate(String code, int version, String heading, String body, String by, Instant at) {
        this.code = code;
        this.version = version;
        this.heading = heading;
        this.body = body;
        this.createdBy = by;
        this.createdAt = at;
    }

    public String code() {
        return code;
    }

    public int version() {
        return version;
    }

    public String heading() {
        return heading;
    }

    public String body() {
        return body;
    }

    public String createdBy() {
        return createdBy;
    }
}
