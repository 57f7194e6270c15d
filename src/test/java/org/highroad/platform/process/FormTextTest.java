package org.highroad.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A moment in a task's form names UTC as people read it, never a bare "Z"; other zones keep their own name. */
class FormTextTest {

    private static final Instant AT = Instant.parse("2026-12-03T05:35:00Z");

    @Test
    void aMomentInUtcSaysUtc() {
        assertThat(FormText.moment(AT, ZoneOffset.UTC)).isEqualTo("Dec 3, 2026, 5:35 AM UTC");
        assertThat(FormText.moment(AT, ZoneId.of("UTC"))).isEqualTo("Dec 3, 2026, 5:35 AM UTC");
        assertThat(FormText.moment(OffsetDateTime.parse("2026-12-03T05:35:00Z"))).isEqualTo("Dec 3, 2026, 5:35 AM UTC");
    }

    @Test
    void anotherZoneKeepsItsName() {
        assertThat(FormText.moment(AT, ZoneId.of("America/New_York"))).isEqualTo("Dec 3, 2026, 12:35 AM EST");
        assertThat(FormText.moment(OffsetDateTime.parse("2026-12-03T05:35:00-05:00"))).isEqualTo("Dec 3, 2026, 5:35 AM -05:00");
    }
}
