package org.highroad.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The auditor's review round names each kind of finding as the case page does ("Base rate below the committed
 * wage"), never by its code ({@code UNDERPAID_BASE}), with the restitution claimed in dollars.
 */
class ReviewRoundWordsTest extends CaseTest {

    @Autowired
    private ReviewRounds reviewRounds;

    @Test
    void theRoundNamesKindsByTheirLabel() {
        long caseId = openCase("Review round in words");
        String shown = reviewRounds.pendingAsMarkdown(caseId);
        assertThat(shown).contains("| Base rate below the committed wage | 1 | $200.00 |").doesNotContain("UNDERPAID_BASE");
    }
}
