package org.highroad.payroll.wages;

import java.math.BigDecimal;

/**
 * Back wages owed on one worker row (one entry, one classification) for the week, per component. Each component is
 * rounded to cents HALF_UP once, from the unrounded sum of its per-day amounts; {@code total} is the sum of the rounded
 * components, so the parts always add up to the total shown on a correction payroll.
 */
public record Restitution(String workerRef, int entryNumber, String classification, BigDecimal base,
        BigDecimal overtime, BigDecimal fringe, BigDecimal total) {
}
