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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.highroad.standards.wagedetermination.UnreadLine;

/**
 * A published decision's text as an administrator sent it, stored before it is read, with what came of it and every
 * line that could not be read.
 */
@Entity
@Table(name = "wage_determination_text")
public class DeterminationText {

    /** What came of a text. */
    public enum Status {
        /** Stored, not yet read. */
        RECEIVED,
        /** Read, and its decision and modification stored. */
        IMPORTED,
        /** Unreadable as a whole; nothing but the text and its unread lines stored. */
        REJECTED,
        /** The same text as a modification already imported. */
        DUPLICATE,
        /** A different text for a modification already imported: refused. */
        CONFLICT
    }

    private static final int MAX_LINE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String sha256;
    private String body;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "received_by")
    private String receivedBy;
    @Enumerated(EnumType.STRING)
    private Status status = Status.RECEIVED;
    @Column(name = "wd_number")
    private String number;
    private Integer modification;
    @ElementCollection
    @CollectionTable(name = "wage_determination_text_unread", joinColumns = @JoinColumn(name = "text_id"))
    @OrderColumn(name = "position")
    private List<Unread> unread = new ArrayList<>();

    protected DeterminationText() {
    }

    public DeterminationText(String sha256, String body, String by, Instant at) {
        this.sha256 = sha256;
        this.body = body;
        this.receivedBy = by;
        this.receivedAt = at;
    }

    /** Records the outcome of reading the text, for the decision and modification it names (if it names one). */
    public void settle(Status outcome, String wdNumber, Integer mod, List<UnreadLine> lines) {
        status = outcome;
        number = wdNumber;
        modification = mod;
        unread.clear();
        lines.forEach(l -> unread.add(new Unread(l.line(), cut(l.text()), l.reason())));
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_LINE ? text : text.substring(0, MAX_LINE - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public String sha256() {
        return sha256;
    }

    public Status status() {
        return status;
    }

    public List<UnreadLine> unread() {
        return unread.stream().map(u -> new UnreadLine(u.lineNo(), u.line(), u.reason())).toList();
    }

    /** One unread line as stored. */
    @Embeddable
    record Unread(@Column(name = "line_no") Integer lineNo, String line, String reason) {
    }
}
