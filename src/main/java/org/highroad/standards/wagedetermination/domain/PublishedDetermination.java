package org.highroad.standards.wagedetermination.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.highroad.standards.WageDetermination.ConstructionType;
import org.highroad.standards.wagedetermination.PublishedDecision;
import org.highroad.standards.wagedetermination.PublishedDecision.Group;
import org.highroad.standards.wagedetermination.PublishedDecision.Modification;
import org.highroad.standards.wagedetermination.PublishedDecision.Note;
import org.highroad.standards.wagedetermination.PublishedDecision.Rate;
import org.highroad.standards.wagedetermination.PublishedDecision.Source;
import org.highroad.standards.wagedetermination.PublishedDecision.Unit;

/**
 * One modification of a general decision, imported as published. Never changed once stored: a later modification
 * is another row ({@code uq_published_determination} on number and modification).
 */
@Entity
@Table(name = "published_determination")
public class PublishedDetermination {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "wd_number")
    private String number;
    private int modification;
    @Column(name = "text_id")
    private Long textId;
    @Column(name = "superseded_number")
    private String supersededNumber;
    private String state;
    @Column(name = "construction_types")
    private String constructionTypes;
    @Column(name = "counties_text")
    private String countiesText;
    @Column(name = "published_on")
    private LocalDate publishedOn;
    @Column(name = "imported_at")
    private Instant importedAt;
    @Column(name = "imported_by")
    private String importedBy;
    @ElementCollection
    @CollectionTable(name = "published_determination_county", joinColumns = @JoinColumn(name = "determination_id"))
    @OrderColumn(name = "position")
    @Column(name = "county")
    private List<String> counties = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "published_determination_modification", joinColumns = @JoinColumn(name = "determination_id"))
    @OrderColumn(name = "position")
    private List<StoredModification> modifications = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "published_rate_group", joinColumns = @JoinColumn(name = "determination_id"))
    @OrderColumn(name = "position")
    private List<StoredGroup> groups = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "published_rate", joinColumns = @JoinColumn(name = "determination_id"))
    @OrderColumn(name = "position")
    private List<StoredRate> rates = new ArrayList<>();
    @ElementCollection
    @CollectionTable(name = "published_determination_note", joinColumns = @JoinColumn(name = "determination_id"))
    @OrderColumn(name = "position")
    private List<StoredNote> notes = new ArrayList<>();

    protected PublishedDetermination() {
    }

    public PublishedDetermination(PublishedDecision d, long textId, String by, Instant at) {
        this.number = d.number();
        this.modification = d.modification();
        this.textId = textId;
        this.supersededNumber = d.supersededNumber();
        this.state = d.state();
        this.constructionTypes = String.join(",", d.constructionTypes().stream().map(Enum::name).toList());
        this.countiesText = d.countiesText();
        this.publishedOn = d.publishedOn();
        this.importedBy = by;
        this.importedAt = at;
        this.counties.addAll(d.counties());
        d.modifications().forEach(m -> modifications.add(new StoredModification(m.number(), m.publishedOn())));
        d.groups().forEach(g -> groups.add(new StoredGroup(g.identifier(), g.source(), g.effectiveOn(), g.qualifier(),
                g.counties().isEmpty() ? null : String.join("; ", g.counties()), g.description())));
        d.rates().forEach(r -> rates.add(new StoredRate(r.group(), r.line(), r.classification(), r.baseRate(), r.unit(),
                r.fringeAmount(), r.fringePercent(), r.footnotes())));
        d.notes().forEach(n -> notes.add(new StoredNote(n.kind(), n.text())));
    }

    public PublishedDecision toDecision() {
        return new PublishedDecision(number, supersededNumber, state,
                Arrays.stream(constructionTypes.split(",")).map(ConstructionType::valueOf).toList(), countiesText,
                List.copyOf(counties),
                modifications.stream().map(m -> new Modification(m.modification(), m.publishedOn())).toList(),
                groups.stream().map(g -> new Group(g.identifier(), g.kind(), g.effectiveOn(), g.qualifier(),
                        g.counties() == null ? List.of() : List.of(g.counties().split("; ")), g.description())).toList(),
                rates.stream().map(r -> new Rate(r.groupPosition(), r.lineNo(), r.classification(), r.baseRate(),
                        r.unit(), r.fringeAmount(), r.fringePercent(), r.footnotes())).toList(),
                notes.stream().map(n -> new Note(n.kind(), n.text())).toList());
    }

    public long textId() {
        return textId;
    }

    public Instant importedAt() {
        return importedAt;
    }

    public String number() {
        return number;
    }

    public int modification() {
        return modification;
    }

    @Embeddable
    record StoredModification(int modification, @Column(name = "published_on") LocalDate publishedOn) {
    }

    @Embeddable
    record StoredGroup(String identifier, @Enumerated(EnumType.STRING) Source kind,
            @Column(name = "effective_on") LocalDate effectiveOn, String qualifier, String counties, String description) {
    }

    @Embeddable
    record StoredRate(@Column(name = "group_position") int groupPosition, @Column(name = "line_no") int lineNo,
            String classification, @Column(name = "base_rate") BigDecimal baseRate,
            @Enumerated(EnumType.STRING) @Column(name = "rate_unit") Unit unit,
            @Column(name = "fringe_amount") BigDecimal fringeAmount, @Column(name = "fringe_percent") BigDecimal fringePercent,
            String footnotes) {
    }

    @Embeddable
    record StoredNote(@Enumerated(EnumType.STRING) Note.Kind kind, String text) {
    }
}
