package org.highroad.standards.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.highroad.standards.WageDetermination;
import org.highroad.standards.WageDetermination.ConstructionType;
import org.highroad.standards.WageRate;

/** A wage determination pinned by a standard version, with its classification rates. */
@Entity
@Table(name = "wage_determination")
class WageDeterminationEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "wd_number")
    private String number;
    private int modification;
    @Enumerated(EnumType.STRING)
    @Column(name = "construction_type")
    private ConstructionType constructionType;
    private String area;
    @Column(name = "published_on")
    private LocalDate publishedOn;
    @ElementCollection
    @CollectionTable(name = "wage_determination_rate", joinColumns = @JoinColumn(name = "wage_determination_id"))
    @OrderColumn(name = "position")
    private List<WageRate> rates = new ArrayList<>();

    protected WageDeterminationEntry() {
    }

    WageDeterminationEntry(WageDetermination wd) {
        this.number = wd.number();
        this.modification = wd.modification();
        this.constructionType = wd.constructionType();
        this.area = wd.area();
        this.publishedOn = wd.publishedOn();
        this.rates = new ArrayList<>(wd.rates());
    }

    WageDetermination toWageDetermination() {
        return new WageDetermination(number, modification, constructionType, area, publishedOn, List.copyOf(rates));
    }
}
