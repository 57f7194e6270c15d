package org.highroad.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A task's form writes a moment with its zone as people name it: "UTC", not the bare "Z" of the offset. */
class FormTextMomentTest {

    private static final Instant AT = Instant.parse("2026-12-03T05:36:00Z");

    @Test
    void utcIsWrittenUtcNotZ() {
        assertThat(FormText.moment(AT, ZoneOffset.UTC)).isEqualTo("Dec 3, 2026, 5:36 AM UTC");
        assertThat(FormText.moment(AT, ZoneId.of("UTC"))).isEqualTo("Dec 3, 2026, 5:36 AM UTC");
        assertThat(FormText.moment(AT.atOffset(ZoneOffset.UTC))).isEqualTo("Dec 3, 2026, 5:36 AM UTC");
    }

    @Test
    void anotherZoneKeepsItsName() {
        assertThat(FormText.moment(AT, ZoneId.of("America/New_York"))).isEqualTo("Dec 3, 2026, 12:36 AM EST");
        assertThat(FormText.moment(OffsetDateTime.parse("2026-12-03T05:36:00+02:00"))).isEqualTo("Dec 3, 2026, 5:36 AM +02:00");
    }
}
