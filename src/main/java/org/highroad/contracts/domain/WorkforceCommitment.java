package org.highroad.contracts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import org.highroad.contracts.WorkforceRule;

/** A committed share of work hours as stored. */
@Embeddable
public record WorkforceCommitment(
        @Column(name = "category") String category,
        @Column(name = "target_percent") BigDecimal targetPercent,
        @Column(name = "pledged_percent") BigDecimal pledgedPercent,
        @Column(name = "committed_percent") BigDecimal committedPercent,
        @Column(name = "per_trade") boolean perTrade,
        @Column(name = "journey_apprentice_separately") boolean journeyAndApprenticeSeparately,
        @Column(name = "citation") String citation) {

    public WorkforceRule toRule() {
        return new WorkforceRule(category, targetPercent, pledgedPercent, committedPercent, perTrade,
                journeyAndApprenticeSeparately, citation);
    }
}
