package org.highroad.standards.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.highroad.standards.Agency;

/** A public agency that owns standards (plain reference data). */
@Entity
@Table(name = "agency")
public class AgencyEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    private String jurisdiction;

    protected AgencyEntity() {
    }

    public AgencyEntity(Agency agency) {
        this.code = agency.code();
        this.name = agency.name();
        this.jurisdiction = agency.jurisdiction();
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public Agency toAgency() {
        return new Agency(code, name, jurisdiction);
    }
}
