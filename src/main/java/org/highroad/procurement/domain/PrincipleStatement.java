package org.highroad.procurement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.highroad.standards.scoring.Principle;

/** What the bidder says about one job-quality principle, in its own words. */
@Embeddable
record PrincipleStatement(
        @Enumerated(EnumType.STRING) @Column(name = "principle") Principle principle,
        @Column(name = "statement") String statement) {
}
