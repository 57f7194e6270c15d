package org.highroad.enforcement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.highroad.enforcement.domain.ComplianceCase.CaseFinding;
import org.highroad.enforcement.domain.ComplianceCase.Review;
import org.junit.jupiter.api.Test;

/** An auditor's decision on a group of a case's findings, as the case records it. */
class CaseFindingsReviewTest {

    private static final Instant AT = Instant.parse("2027-03-01T15:00:00Z");

    private static ComplianceCase caseWith(List<Long> findingIds) {
        ComplianceCase c = new ComplianceCase() {
        };
        c.join(findingIds);
        return c;
    }

    @Test
    void aGroupDecisionReviewsTheGroupsPendingFindingsOnlyAndLeavesTheRest() {
        ComplianceCase c = caseWith(List.of(11L, 12L, 13L, 14L));
        c.review(12L, Review.DISMISSED, "a duplicate row of week 3", "auditor", AT);

        int reviewed = c.review(Set.of(11L, 12L, 13L, 99L), Review.CONFIRMED, "rates below the determination", "auditor", AT);

        assertThat(reviewed).isEqualTo(2);
        assertThat(c.findings()).extracting(CaseFinding::findingId, CaseFinding::review).containsExactly(
                org.assertj.core.groups.Tuple.tuple(11L, Review.CONFIRMED), org.assertj.core.groups.Tuple.tuple(12L, Review.DISMISSED),
                org.assertj.core.groups.Tuple.tuple(13L, Review.CONFIRMED), org.assertj.core.groups.Tuple.tuple(14L, Review.PENDING));
        assertThat(c.finding(13L)).get().extracting(CaseFinding::reason, CaseFinding::reviewedBy).containsExactly(
                "rates below the determination", "auditor");
    }

    @Test
    void fiveThousandFindingsDecidedTogetherAreEachReviewedOnce() {
        List<Long> ids = LongStream.rangeClosed(1, 5_000).boxed().toList();
        ComplianceCase c = caseWith(ids);

        assertThat(c.review(Set.copyOf(ids), Review.CONFIRMED, "the whole payroll below the floor", "auditor", AT))
                .isEqualTo(5_000);
        assertThat(c.count(Review.CONFIRMED)).isEqualTo(5_000);
        assertThat(c.review(Set.copyOf(ids), Review.DISMISSED, "again", "auditor", AT)).isZero();
    }
}
