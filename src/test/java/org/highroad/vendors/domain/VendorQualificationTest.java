package org.highroad.vendors.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.highroad.platform.errors.ConflictException;
import org.highroad.platform.security.HighroadUser;
import org.highroad.platform.security.Role;
import org.highroad.standards.scoring.CriterionKind;
import org.highroad.standards.scoring.CriterionScore;
import org.highroad.standards.scoring.Principle;
import org.highroad.standards.scoring.Scorecard;
import org.highroad.vendors.DecisionRefusal;
import org.highroad.vendors.QualificationFixtures;
import org.highroad.vendors.QualificationView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The decision rules of a pre-qualification and its window, on the entity alone (pure, no database). */
class VendorQualificationTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Instant NOW = Instant.parse("2026-03-10T15:00:00Z");
    private static final HighroadUser OFFICER = new HighroadUser("officer", Set.of(Role.PROCUREMENT_OFFICER), null);
    private static final HighroadUser ADMIN = new HighroadUser("admin", Set.of(Role.ADMIN), null);

    private static VendorQualification filed(Scorecard.Status status, List<String> failedFloors) {
        CriterionScore line = new CriterionScore("WAGE-FLOOR", "Wage floor", Principle.EARNINGS,
                CriterionKind.MANDATORY_FLOOR, BigDecimal.ZERO, "21.50", new BigDecimal("0.00"),
                failedFloors.isEmpty() ? CriterionScore.Outcome.PASSED : CriterionScore.Outcome.FAILED, "meets");
        Scorecard scorecard = new Scorecard(List.of(line), Map.of("EARNINGS", new BigDecimal("0.00")),
                new BigDecimal("0.00"), status, failedFloors);
        return new VendorQualification(7L, "STD", 1, QualificationFixtures.profileRecord(), scorecard, "harbor",
                NOW.minusSeconds(3600));
    }

    private static VendorQualification filed() {
        return filed(Scorecard.Status.RESPONSIVE, List.of());
    }

    @ParameterizedTest(name = "qualify until {0}: {1}")
    @CsvSource({
            "2026-03-10, must be after today",
            "2026-01-01, must be after today",
            "2029-03-11, at most 3 years ahead"})
    void aPreQualificationEndsAfterTodayAndAtMostThreeYearsAhead(LocalDate until, String reason) {
        DecisionRefusal refusal = filed().refusalFor(OFFICER, true, until, "ok", TODAY).orElseThrow();
        assertThat(refusal.field()).isEqualTo("qualifiedUntil");
        assertThat(refusal.reason()).contains(reason);
    }

    @ParameterizedTest(name = "qualify until {0}")
    @CsvSource({"2026-03-11", "2029-03-10"})
    void tomorrowAndExactlyThreeYearsAheadAreAccepted(LocalDate until) {
        assertThat(filed().refusalFor(OFFICER, true, until, null, TODAY)).isEmpty();
    }

    @Test
    void qualifyingNeedsADate() {
        assertThat(filed().refusalFor(OFFICER, true, null, "ok", TODAY).orElseThrow().field()).isEqualTo("qualifiedUntil");
    }

    @ParameterizedTest(name = "notes [{0}]")
    @CsvSource(value = {"NULL", "'   '"}, nullValues = "NULL")
    void sendingBackNeedsNotesSayingWhatToImprove(String notes) {
        DecisionRefusal refusal = filed().refusalFor(OFFICER, false, null, notes, TODAY).orElseThrow();
        assertThat(refusal.field()).isEqualTo("notes");
        assertThat(refusal.reason()).contains("improve");
    }

    @Test
    void onlyAProcurementOfficerDecidesNotAnEngineAdministrator() {
        DecisionRefusal refusal = filed().refusalFor(ADMIN, true, TODAY.plusYears(1), "ok", TODAY).orElseThrow();
        assertThat(refusal.isInputError()).isFalse();
        assertThat(refusal.reason()).contains("procurement officer");
        assertThat(filed().refusalFor(null, true, TODAY.plusYears(1), "ok", TODAY)).isPresent();
    }

    @Test
    void aProfileThatFailsAMandatoryFloorCannotBePreQualifiedButCanBeSentBack() {
        VendorQualification failing = filed(Scorecard.Status.NON_RESPONSIVE, List.of("WAGE-FLOOR"));
        DecisionRefusal refusal = failing.refusalFor(OFFICER, true, TODAY.plusYears(1), "ok", TODAY).orElseThrow();
        assertThat(refusal.reason()).contains("WAGE-FLOOR").contains("send it back");
        assertThat(failing.refusalFor(OFFICER, false, null, "Pay at least the living wage", TODAY)).isEmpty();
    }

    @Test
    void aDecidedQualificationCannotBeDecidedAgain() {
        VendorQualification q = filed();
        q.decide(false, null, "Give more notice", OFFICER, TODAY, NOW);
        DecisionRefusal refusal = q.refusalFor(OFFICER, true, TODAY.plusYears(1), "ok", TODAY).orElseThrow();
        assertThat(refusal.isInputError()).isFalse();
        assertThat(refusal.reason()).contains("SENT_BACK");
        assertThatThrownBy(() -> q.decide(true, TODAY.plusYears(1), "ok", OFFICER, TODAY, NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aPreQualificationCoversEveryDayFromItsDecisionToItsLastDayInclusive() {
        VendorQualification q = filed();
        LocalDate until = TODAY.plusYears(1);
        q.decide(true, until, "Meets the standard", OFFICER, TODAY, NOW);
        assertThat(q.qualifiedOn(TODAY.minusDays(1))).as("before the decision").isFalse();
        assertThat(q.qualifiedOn(TODAY)).isTrue();
        assertThat(q.qualifiedOn(until)).isTrue();
        assertThat(q.qualifiedOn(until.plusDays(1))).isFalse();
    }

    @Test
    void anExpiredPreQualificationStillCoversItsWindowButNoLaterDayAndExpiringTwiceChangesNothing() {
        VendorQualification q = filed();
        q.decide(true, TODAY.plusYears(1), "Meets the standard", OFFICER, TODAY, NOW);
        Instant lapsed = NOW.plusSeconds(86_400L * 366);
        q.expire(lapsed);
        q.expire(lapsed.plusSeconds(60));
        QualificationView view = q.toView(List.of());
        assertThat(view.status()).isEqualTo(QualificationView.Status.EXPIRED);
        assertThat(view.expiredAt()).isEqualTo(lapsed);
        // expiry closes the window, it does not rewrite the past: a bid dated inside it keeps its pre-qualification
        assertThat(q.qualifiedOn(TODAY)).isTrue();
        assertThat(q.qualifiedOn(TODAY.plusYears(1).plusDays(1))).isFalse();
    }

    @Test
    void aProfileSentBackIsNotExpiredByAStrayTimer() {
        VendorQualification q = filed();
        q.decide(false, null, "Give more notice", OFFICER, TODAY, NOW);
        q.expire(NOW);
        assertThat(q.toView(List.of()).status()).isEqualTo(QualificationView.Status.SENT_BACK);
    }
}
