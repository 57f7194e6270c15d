package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Set;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The notice says by its amount what the Agency may withhold if the case is not cured: the restitution still owed as of
 * the notice, and no more (29 CFR 5.9), read back from the PDF as the contractor receives it.
 */
class NoticePdfWithholdingTest extends CaseTest {

    @Test
    void theNoticeNamesTheMostThatMayBeWithheld() {
        long caseId = openCase("Notice names the withholding " + System.nanoTime());
        reviewAll(caseId, Set.of("UNDERPAID_BASE")); // 5678 is owed $200.00
        JsonNode notice = as(TestUsers.HARBOR).get("/api/cases/" + caseId + "/notices").json().get(0);
        assertThat(notice.path("amountOwed").decimalValue()).isEqualByComparingTo("200.00");

        String pdf = pdfText(TestUsers.HARBOR, notice.path("pdf").asText());
        assertThat(pdf).contains("Total restitution owed to workers: $200.00 as of this notice.",
                "the Agency may withhold from payments due the restitution still owed, at most $200.00 (what is owed as of "
                        + "this notice, less any payment the Agency accepts by then; 29 CFR 5.5(a)(2), 29 CFR 5.9), assess "
                        + "fines per violation per day")
                .doesNotContain("at least the outstanding restitution");
    }

    @Test
    void withNothingOwedTheNoticeNamesNoAmountToWithhold() {
        assertThat(CaseNotices.withholding(new BigDecimal("0.00"), true)).isEqualTo("suspend payments due until the missing "
                + "certified payrolls are submitted (29 CFR 5.5(a)(3)(iv)), ");
        assertThat(CaseNotices.withholding(new BigDecimal("0.00"), false)).isEmpty();
        assertThat(CaseNotices.withholding(new BigDecimal("1234.50"), false)).contains("at most $1,234.50 (what is owed");
    }
}
