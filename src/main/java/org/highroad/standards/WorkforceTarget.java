package org.highroad.standards;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.highroad.platform.validation.Percent;

/**
 * A share of work hours that must go to a group of workers (e.g. BRJP: 51% Boston residents, measured per trade
 * and separately for journeyworkers and apprentices).
 */
@Embeddable
public record WorkforceTarget(
        @NotNull @Enumerated(EnumType.STRING) @Column(name = "category") Category category,
        @NotNull @Percent @Column(name = "share_percent") BigDecimal sharePercent,
        @NotNull @Column(name = "per_trade") Boolean perTrade,
        @NotNull @Column(name = "journey_apprentice_separately") Boolean journeyAndApprenticeSeparately,
        @NotBlank @Size(max = 500) @Column(name = "citation") String citation) {

    /** Whose hours count toward the share. */
    public enum Category { LOCAL_RESIDENTS, PEOPLE_OF_COLOR, WOMEN, APPRENTICES }
}
