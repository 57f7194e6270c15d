package org.highroad.transparency.domain;

import java.time.Instant;

/** One published release as kept: its JSON body exactly as first published. */
public record StoredRelease(long seq, String ocid, String releaseId, String stage, String tag, Instant date,
        String fingerprint, String body) {
}
