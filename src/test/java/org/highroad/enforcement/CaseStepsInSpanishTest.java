package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.highroad.platform.pages.PageReasons;
import org.highroad.platform.pages.PageReasonsTest;
import org.junit.jupiter.api.Test;

/**
 * A case's steps as the staff and contractor case pages show them: each step's rationale is recorded in English (the
 * record and the API keep it), and a Spanish page says it in Spanish, never "finding(s)" or "vendor(s)".
 */
class CaseStepsInSpanishTest {

    @Test
    void theStepsRationalesReadInSpanish() {
        PageReasons reasons = PageReasonsTest.reasons();
        // as CaseNotices, BulkReview, ReviseFinding and CloseByRule record them
        List<String> recorded = List.of(
                "Notice of non-compliance 1 to vendor(s) [3] for finding(s) [12, 13]",
                "Notice of non-compliance 2 to vendor(s) [4, 3] for finding(s) [12]",
                "Notice of subsidy recovery 1 to vendor(s) [3] for finding(s) [7]",
                "3 finding(s) confirmed together: [12, 13, 14].",
                "2 finding(s) dismissed together: [15, 16].",
                "The agency's auditor revised what finding 12 owes worker W-5678 from $80.00 to $60.00 (-$20.00); the "
                        + "restitution owed changes by the difference.",
                "no finding was confirmed");
        for (String rationale : recorded) {
            String spanish = reasons.text(rationale, Locale.forLanguageTag("es"));
            assertThat(spanish).as(rationale).isNotEqualTo(rationale)
                    .doesNotContain("finding", "vendor(s)", "Notice of", "together", "confirmed", "dismissed", "owes");
        }
        assertThat(reasons.text("3 finding(s) confirmed together: [12, 13, 14].", Locale.forLanguageTag("es")))
                .isEqualTo("3 hallazgo(s) confirmado(s) en conjunto: [12, 13, 14].");
    }
}
