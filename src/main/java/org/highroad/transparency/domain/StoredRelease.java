package org.highroad.transparency.domain;

import java.time.Instant;

/** One published release as kept: its JSON body exactly as first published. */
public record StoredRelease(long seq, String ocid, String releaseId, String stage, String tag, Instant date,
        String fingerprint, String body) {

    /** The release's number within its stage: the last part of its id ({@code <ocid>-<stage>-<n>}). */
    public int number() {
        return Integer.parseInt(releaseId.substring(releaseId.lastIndexOf('-') + 1));
    }
}
