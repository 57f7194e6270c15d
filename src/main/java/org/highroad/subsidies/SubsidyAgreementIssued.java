package org.highroad.subsidies;

import java.time.LocalDate;

/**
 * An approved request's agreement was issued and waits for the employer's acceptance, which must come before the first
 * day of work ({@code acceptBefore}); published in the issuing transaction, once per request.
 */
public record SubsidyAgreementIssued(long requestId, long vendorId, LocalDate acceptBefore) {
}
