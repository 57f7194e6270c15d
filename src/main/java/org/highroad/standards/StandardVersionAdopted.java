package org.highroad.standards;

/** A standard version was adopted; published in the transaction of the decision. */
public record StandardVersionAdopted(long versionId, String standardCode, int version) {
}
