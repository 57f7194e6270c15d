package org.highroad.procurement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.highroad.platform.errors.ConflictException;
import org.highroad.procurement.SolicitationDraft;
import org.highroad.procurement.SolicitationStatus;
import org.junit.jupiter.api.Test;

/** Sealed bids: opened at or after the submission deadline, once, and never for a solicitation cancelled before. */
class BidOpeningTest {

    private static final Instant PUBLISHED = Instant.parse("2027-02-01T09:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2027-02-15T17:00:00Z");

    @Test
    void bidsAreSealedFromPublicationUntilTheyAreOpenedAtTheDeadline() {
        Solicitation solicitation = published();
        assertThat(solicitation.sealed()).isTrue();
        assertThat(solicitation.sealedNotice()).contains("sealed until").contains("2027-02-15T17:00:00Z");

        assertThat(solicitation.closeAndOpen(DEADLINE.plusSeconds(30))).isTrue();
        assertThat(solicitation.sealed()).isFalse();
        assertThat(solicitation.status()).isEqualTo(SolicitationStatus.CLOSED);
        assertThat(solicitation.toView().openedAt()).isEqualTo(DEADLINE.plusSeconds(30));
        assertThat(solicitation.closeAndOpen(DEADLINE.plusSeconds(90))).as("opened once").isFalse();
        assertThat(solicitation.toView().openedAt()).isEqualTo(DEADLINE.plusSeconds(30));
    }

    @Test
    void bidsAreNeverOpenedBeforeTheDeadlineEvenIfAskedTo() {
        Solicitation solicitation = published();
        assertThatThrownBy(() -> solicitation.closeAndOpen(DEADLINE.minusMillis(1))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("before the submission deadline 2027-02-15T17:00:00Z");
        assertThat(solicitation.status()).isEqualTo(SolicitationStatus.PUBLISHED);
        assertThat(solicitation.sealed()).isTrue();
        assertThat(solicitation.closeAndOpen(DEADLINE)).as("at the deadline itself").isTrue();
    }

    @Test
    void bidsOfASolicitationCancelledBeforeTheOpeningStaySealed() {
        Solicitation solicitation = published();
        solicitation.cancel();
        assertThat(solicitation.closeAndOpen(DEADLINE.plusSeconds(1))).isFalse();
        assertThat(solicitation.sealed()).isTrue();
        assertThat(solicitation.sealedNotice()).contains("cancelled before");
    }

    @Test
    void aDraftHasNoBidsToSeal() {
        Solicitation draft = new Solicitation(draft(), List.of(), "officer", PUBLISHED);
        assertThat(draft.sealed()).isFalse();
    }

    private static Solicitation published() {
        Solicitation solicitation = new Solicitation(draft(), List.of(), "officer", PUBLISHED);
        solicitation.publish(PUBLISHED);
        return solicitation;
    }

    private static SolicitationDraft draft() {
        return new SolicitationDraft("DEMO-CITY", "Roof", null, SolicitationDraft.Category.WORKS, null,
                new BigDecimal("100000.00"), "BOSTON-STYLE-CONSTRUCTION", 1, DEADLINE.atOffset(ZoneOffset.UTC),
                List.of("ELECTRICIAN (hyp.)"), false, null);
    }
}
