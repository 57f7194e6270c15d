package org.highroad.complaints;

import java.time.LocalDate;

/** The outcome of a site visit: VIOLATION_FOUND, NO_VIOLATION_FOUND or COULD_NOT_VERIFY, with the auditor's notes. */
public record SiteVisit(LocalDate visitedOn, String outcome, String notes) {
}
