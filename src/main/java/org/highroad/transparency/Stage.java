package org.highroad.transparency;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What one part of a contracting process says now: the stage's key (tender, bids, award, contract-<id>,
 * implementation-<id>), the tag of its first release and of a later change, and the release's content (everything but
 * ocid, id, date and tag). {@code version} is the contract version for a contract stage, so that a new version is
 * published as a {@code contractAmendment}; 0 elsewhere.
 */
record Stage(String key, String firstTag, String changeTag, ObjectNode content, int version) {
}
