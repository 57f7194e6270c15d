package org.highroad.transparency;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** OCDS dates: ISO 8601 date-times in UTC, to the second; a calendar day as its start in UTC. */
final class Dates {

    private Dates() {
    }

    static String of(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
    }

    static String of(LocalDate day) {
        return of(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    static String endOf(LocalDate day) {
        return of(day.atTime(23, 59, 59).toInstant(ZoneOffset.UTC));
    }
}
