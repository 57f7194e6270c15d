package org.highroad.subsidies;

/** A submitted request version was returned for revision (a hard rule failed); published in the returning transaction. */
public record SubsidyReturned(long requestId, long vendorId) {
}
