package org.highroad.subsidies;

/** A request version was withdrawn; published in the withdrawing transaction, which ends its review. */
public record SubsidyWithdrawn(long requestId) {
}
