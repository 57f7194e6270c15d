package org.highroad.contracts.domain;

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
import java.time.LocalDate;
import org.highroad.contracts.ContractView;

/** A subcontractor on a contract: which vendor, for which trade, from and until when. */
@Entity
@Table(name = "subcontractor")
public class Subcontractor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id")
    private Contract contract;
    @Column(name = "vendor_id")
    private long vendorId;
    private String trade;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "added_by")
    private String addedBy;
    @Column(name = "added_at")
    private Instant addedAt;

    protected Subcontractor() {
    }

    Subcontractor(Contract contract, long vendorId, String trade, LocalDate startsOn, LocalDate endsOn, String by, Instant at) {
        this.contract = contract;
        this.vendorId = vendorId;
        this.trade = trade;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.addedBy = by;
        this.addedAt = at;
    }

    public long vendorId() {
        return vendorId;
    }

    public String trade() {
        return trade;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    ContractView.Subcontractor toView() {
        return new ContractView.Subcontractor(id, vendorId, trade, startsOn, endsOn);
    }
}
