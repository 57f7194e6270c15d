package org.highroad.complaints;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The outcome of a site visit: VIOLATION_FOUND, NO_VIOLATION_FOUND or COULD_NOT_VERIFY, with the auditor's notes
 * (kept in the complaint's audit trail, never shown to the contractor).
 *
 * @param violation  for VIOLATION_FOUND only: what the visit found, as the contractor will read it in its compliance
 *                   case; it must not identify the complainant (29 CFR 5.6(a)(5))
 * @param amountOwed for VIOLATION_FOUND only, optional: wages the visit established as owed to the triaged worker for
 *                   the payroll week, in dollars and cents
 */
public record SiteVisit(LocalDate visitedOn, String outcome, String notes, String violation, BigDecimal amountOwed) {

    /** A visit that found no violation, or could not verify one. */
    public SiteVisit(LocalDate visitedOn, String outcome, String notes) {
        this(visitedOn, outcome, notes, null, null);
    }

    public boolean violationFound() {
        return "VIOLATION_FOUND".equals(outcome);
    }
}
