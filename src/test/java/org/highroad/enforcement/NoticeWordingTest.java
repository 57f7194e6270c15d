package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a notice tells the contractor to answer: the case's portal page, at the public address when one is set. */
class NoticeWordingTest {

    @Test
    void theNoticeNamesTheCasePageAtThePublicAddressWhenOneIsSet() {
        assertThat(CaseNotices.whereToRespond("https://contracts.agency.example", 12, "the repayment"))
                .isEqualTo("Send the repayment on this case's page in the Highroad contractor portal: sign in, open "
                        + "\"My cases\" and then case 12 (https://contracts.agency.example/portal/cases/12).")
                .doesNotContain("/api/");
        assertThat(CaseNotices.whereToRespond("", 12, "each of these"))
                .contains("(/portal/cases/12 on Highroad)").doesNotContain("/api/").doesNotContain("POST");
    }
}
