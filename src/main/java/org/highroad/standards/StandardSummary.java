package org.highroad.standards;

import java.time.LocalDate;

/** One line of {@code GET /api/standards}. */
public record StandardSummary(String code, String title, String agencyCode, int latestVersion,
        LocalDate latestEffectiveFrom) {
}
