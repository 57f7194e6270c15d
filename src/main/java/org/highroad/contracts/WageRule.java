package org.highroad.contracts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a contract requires for one classification on one day: the committed base and fringe rates and which source
 * binds (the bid's offer, the prevailing rate or a wage floor in force that day), with the clause to cite. Payroll
 * checks use this, not the legal floor alone.
 */
public record WageRule(long contractId, int contractVersion, String classification, LocalDate date,
        BigDecimal committedBase, BigDecimal committedFringe, String binding, String citation) {
}
