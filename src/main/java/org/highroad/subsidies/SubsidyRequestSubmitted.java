package org.highroad.subsidies;

/** A version of a request was submitted; published in the submitting transaction, which starts its review. */
public record SubsidyRequestSubmitted(long requestId, long vendorId, String label) {
}
