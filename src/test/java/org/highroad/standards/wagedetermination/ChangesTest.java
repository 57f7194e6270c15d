package org.highroad.standards.wagedetermination;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a modification changed against the one before it, for every listing of a classification. */
class ChangesTest {

    private static final String HEADER = """
            General Decision Number: MA20260012
            State: Massachusetts
            Construction Types: Building
            Counties: Essex and Suffolk Counties in Massachusetts.

            Modification Number     Publication Date
                      0              01/02/2026
            %s
             LABO0223-001 09/01/2025

                                              Rates          Fringes

            LABORER.........................$ 30.00       10.00
            ----------------------------------------------------------------
             SULA2012-007 05/13/2014

                                              Rates          Fringes

            LABORER.........................$ %s       %s
            """;

    private static PublishedDecision decision(String row, String base, String fringe) {
        return PublishedDecisionReader.read(HEADER.formatted(row, base, fringe)).decision();
    }

    @Test
    void aChangeToTheSecondListingOfAClassificationIsShown() {
        PublishedDecision before = decision("", "32.00", "11.00");
        PublishedDecision after = decision("          1              02/06/2026", "33.00", "11.00");
        Changes changes = Changes.between(before, after);
        assertThat(changes.added()).isEmpty();
        assertThat(changes.removed()).isEmpty();
        assertThat(changes.changed()).singleElement().satisfies(c -> {
            assertThat(c.classification()).isEqualTo("LABORER [SULA2012-007]");
            assertThat(c.before().baseRate()).isEqualByComparingTo("32.00");
            assertThat(c.after().baseRate()).isEqualByComparingTo("33.00");
            assertThat(c.after().identifier()).isEqualTo("SULA2012-007");
        });
    }

    @Test
    void aSecondListingAddedOrRemovedIsShown() {
        PublishedDecision one = PublishedDecisionReader.read(HEADER.formatted("", "32.00", "11.00")
                .replaceFirst("(?s)-{10,}.*$", "")).decision();
        PublishedDecision two = decision("          1              02/06/2026", "32.00", "11.00");
        Changes added = Changes.between(one, two);
        assertThat(added.added()).extracting(Changes.Change::classification).containsExactly("LABORER [SULA2012-007]");
        assertThat(added.changed()).isEmpty();
        assertThat(added.removed()).isEmpty();
    }

    @Test
    void aChangeToTheSecondListingOfAClassificationInOneGroupIsShown() {
        String oneGroup = HEADER.replaceFirst("(?s)-{10,}.*?Fringes\\n\\n", "");
        PublishedDecision before = PublishedDecisionReader.read(oneGroup.formatted("", "32.00", "11.00")).decision();
        PublishedDecision after = PublishedDecisionReader.read(oneGroup.formatted("          1              02/06/2026",
                "32.00", "11.50")).decision();
        assertThat(after.groups()).hasSize(1);
        assertThat(Changes.between(before, after).changed()).singleElement().satisfies(c -> {
            assertThat(c.classification()).isEqualTo("LABORER [LABO0223-001]");
            assertThat(c.before().fringeAmount()).isEqualByComparingTo("11.00");
            assertThat(c.after().fringeAmount()).isEqualByComparingTo("11.50");
        });
    }
}
