package org.highroad.contracts;

import java.math.BigDecimal;

/** A committed share of work hours: the higher of the standard's target and the bid's pledge, and how it is measured. */
public record WorkforceRule(String category, BigDecimal targetPercent, BigDecimal pledgedPercent,
        BigDecimal committedPercent, boolean perTrade, boolean journeyAndApprenticeSeparately, String citation) {
}
