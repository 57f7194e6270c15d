package org.highroad.enforcement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A notice of non-compliance as issued: to whom, which confirmed findings, the restitution owed at the time and the
 * cure date. The PDF is rendered from these fields, so the notice as sent can always be re-read.
 */
@Entity
@Table(name = "case_notice")
public class CaseNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id")
    private long caseId;
    @Column(name = "sequence_no")
    private int sequenceNo;
    @Column(name = "addressed_to")
    private String addressedTo;
    @Column(name = "amount_owed")
    private BigDecimal amountOwed;
    @Column(name = "finding_ids")
    private String findingIds;
    @Column(name = "cure_due")
    private LocalDate cureDue;
    @Column(name = "cure_days")
    private int cureDays;
    @Column(name = "issued_at")
    private Instant issuedAt;
    @Column(name = "issued_by")
    private String issuedBy;
    /** The last ledger entry of the case when the notice was issued (null before V14). */
    @Column(name = "ledger_through")
    private Long ledgerThrough;

    protected CaseNotice() {
    }

    public CaseNotice(long caseId, int sequenceNo, List<Long> addressedTo, BigDecimal amountOwed, List<Long> findingIds,
            LocalDate cureDue, int cureDays, Instant issuedAt, String issuedBy) {
        this.caseId = caseId;
        this.sequenceNo = sequenceNo;
        this.addressedTo = join(addressedTo);
        this.amountOwed = amountOwed;
        this.findingIds = join(findingIds);
        this.cureDue = cureDue;
        this.cureDays = cureDays;
        this.issuedAt = issuedAt;
        this.issuedBy = issuedBy;
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private static List<Long> split(String ids) {
        return ids.isEmpty() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }

    public Long ledgerThrough() {
        return ledgerThrough;
    }

    /** Records which ledger entries the notice was issued on. */
    public void issuedOnLedgerThrough(Long lastEntryId) {
        this.ledgerThrough = lastEntryId;
    }

    public Long id() {
        return id;
    }

    public long caseId() {
        return caseId;
    }

    public int sequenceNo() {
        return sequenceNo;
    }

    /** The vendor ids the notice is addressed to: the contractor and, for a subcontractor, the liable prime. */
    public List<Long> addressedTo() {
        return split(addressedTo);
    }

    public BigDecimal amountOwed() {
        return amountOwed;
    }

    public List<Long> findingIds() {
        return split(findingIds);
    }

    public LocalDate cureDue() {
        return cureDue;
    }

    public int cureDays() {
        return cureDays;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String issuedBy() {
        return issuedBy;
    }
}
