package org.highroad.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A PDF draws glyphs left to right, so a right-to-left run must be handed over reversed. */
class BidiOrderTest {

    @Test
    void leftToRightTextIsLeftAlone() {
        String latin = "Contract C-12 (version 2): $58.45";

        assertThat(BidiOrder.visual(latin)).isEqualTo(latin);
    }

    @Test
    void aHebrewRunIsReversedWithItsBracketsMirroredAndTheLatinAroundItKeptInPlace() {
        assertThat(BidiOrder.visual("Vendor: שלום (בנייה) Ltd."))
                .isEqualTo("Vendor: (" + "היינב" + ") " + "םולש" + " Ltd.");
    }

    @Test
    void aPointStaysAfterTheLetterItSitsOn() {
        // bet with a dagesh (U+05BC), then shin: visually shin first, then bet followed by its dagesh
        assertThat(BidiOrder.visual("\u05D1\u05BC\u05E9")).isEqualTo("\u05E9\u05D1\u05BC");
    }
}
