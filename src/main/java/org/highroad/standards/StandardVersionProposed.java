package org.highroad.standards;

/** Published when a version is proposed for adoption; the adoption process starts on it. */
public record StandardVersionProposed(long versionId, String standardCode, int version, String proposedBy) {
}
