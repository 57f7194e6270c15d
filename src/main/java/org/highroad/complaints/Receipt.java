package org.highroad.complaints;

import java.time.Instant;

/** What the complainant gets back: the receipt number to quote, and when the complaint was received. */
public record Receipt(String receipt, Instant receivedAt, String message) {
}
