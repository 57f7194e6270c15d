package org.highroad.standards.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.highroad.platform.errors.NotFoundException;
import org.highroad.standards.StandardVersionContent;

/**
 * An agency's job-quality standard (aggregate root): a code and its numbered versions. Version numbers only grow;
 * the version in force on a date is the adopted one with the latest effective date on or before it.
 */
@Entity
@Table(name = "job_quality_standard")
public class JobQualityStandard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id")
    private AgencyEntity agency;
    private String code;
    private String title;
    private String description;
    @OneToMany(mappedBy = "standard", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<StandardVersion> versions = new ArrayList<>();
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected JobQualityStandard() {
    }

    public JobQualityStandard(AgencyEntity agency, String code, String title, String description, String by,
            Instant at) {
        this.agency = agency;
        this.code = code;
        this.title = title;
        this.description = description;
        this.createdBy = by;
        this.createdAt = at;
    }

    /** Adds the next version; numbers are never reused. */
    public StandardVersion addVersion(StandardVersionContent content, String by, Instant at) {
        int next = versions.stream().mapToInt(StandardVersion::number).max().orElse(0) + 1;
        StandardVersion version = new StandardVersion(this, next, content, by, at);
        versions.add(version);
        return version;
    }

    public StandardVersion replaceVersion(int number, StandardVersionContent content) {
        StandardVersion version = version(number);
        version.replace(content);
        return version;
    }

    public StandardVersion version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("standard " + code + " has no version " + number));
    }

    public Optional<StandardVersion> versionInForceOn(LocalDate date) {
        return versions.stream().filter(StandardVersion::adopted).filter(v -> !v.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(StandardVersion::effectiveFrom).thenComparing(StandardVersion::number));
    }

    /** All versions, oldest first. */
    public List<StandardVersion> versions() {
        return List.copyOf(versions);
    }

    public StandardVersion latest() {
        return versions.get(versions.size() - 1);
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public AgencyEntity agency() {
        return agency;
    }
}
