package org.highroad.standards.wagedetermination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.highroad.platform.validation.Violation;
import org.highroad.standards.WageDetermination.ConstructionType;
import org.highroad.standards.WageRate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** How an imported decision becomes the wage determination a standard version pins. */
class PinningTest {

    private static final PublishedDecision MA = PublishedDecisionReader.read(
            PublishedDecisionReaderTest.sample("MA20260012-mod1.txt")).decision();

    /** The sample with a second group, for no county in particular, that lists the carpenter again. */
    static final String SECOND_CARPENTER_GROUP = """
            ----------------------------------------------------------------
             CARP0056-002 10/01/2025

                                              Rates          Fringes

            CARPENTER (Including Drywall Hanging)...$ 46.30       21.00
            """;

    static String withSecondCarpenterGroup(String text) {
        return text.replaceFirst("(?m)^-{10,}\\n ELEC0103-002", SECOND_CARPENTER_GROUP.replace("$", "\\$")
                + "----------------------------------------------------------------\n ELEC0103-002");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Suffolk", "Suffolk County", "SUFFOLK COUNTY", "  suffolk   county "})
    void theAreaOfACountyNamesItOnceAsTheDecisionSpellsIt(String county) {
        Pinning.Outcome o = Pinning.pin(MA, ConstructionType.BUILDING, county, null);
        assertThat(o.violations()).isEmpty();
        assertThat(o.determination().area()).isEqualTo("Suffolk County, Massachusetts");
    }

    @Test
    void twoGroupsForNoCountyListingOneClassificationAreChosenBetweenByIdentifier() {
        PublishedDecision d = PublishedDecisionReader.read(withSecondCarpenterGroup(
                PublishedDecisionReaderTest.sample("MA20260012-mod1.txt"))).decision();
        assertThat(d.groups()).extracting(PublishedDecision.Group::identifier).contains("CARP0056-002");

        Pinning.Outcome undecided = Pinning.pin(d, ConstructionType.BUILDING, "Suffolk", List.of());
        assertThat(undecided.determination()).isNull();
        assertThat(undecided.violations()).extracting(Violation::field).containsExactly("groups");
        assertThat(undecided.violations().get(0).reason()).contains("CARP0033-001").contains("CARP0056-002")
                .contains("name one of them in groups");

        Pinning.Outcome chosen = Pinning.pin(d, ConstructionType.BUILDING, "Suffolk", List.of("CARP0056-002"));
        assertThat(chosen.violations()).isEmpty();
        WageRate carpenter = chosen.determination().rates().stream()
                .filter(r -> r.classification().startsWith("CARPENTER")).findFirst().orElseThrow();
        assertThat(carpenter.baseRate()).isEqualByComparingTo("46.30");
        assertThat(carpenter.identifier()).isEqualTo("CARP0056-002");

        Pinning.Outcome unknown = Pinning.pin(d, ConstructionType.BUILDING, "Suffolk", List.of("CARP9999-001"));
        assertThat(unknown.violations()).extracting(Violation::field).containsExactly("groups");
        assertThat(unknown.violations().get(0).reason()).contains("CARP9999-001 is not a rate group");
    }

    @Test
    void aDecisionsTypesAreNamedOneByOneSoASpanishPageSaysThemInWords() {
        Pinning.Outcome none = Pinning.pin(MA, null, "Suffolk", null);
        Pinning.Outcome other = Pinning.pin(MA, ConstructionType.HIGHWAY, "Suffolk", null);
        assertThat(none.violations()).extracting(Violation::reason)
                .containsExactly("required: decision MA20260012 is for BUILDING or HEAVY");
        assertThat(other.violations()).extracting(Violation::reason)
                .containsExactly("HIGHWAY is not a type of this decision; decision MA20260012 is for BUILDING or HEAVY");

        java.util.Locale es = java.util.Locale.forLanguageTag("es");
        org.highroad.platform.pages.PageReasons reasons = org.highroad.platform.pages.PageReasonsTest.reasons();
        assertThat(reasons.text(none.violations().get(0).reason(), es)).isEqualTo(
                "obligatorio: la decisión MA20260012 es para construcción de edificios o construcción pesada");
        assertThat(reasons.text(other.violations().get(0).reason(), es)).isEqualTo("construcción de carreteras no es un "
                + "tipo de esta decisión; la decisión MA20260012 es para construcción de edificios o construcción pesada");
        assertThat(reasons.text("required: decision MA20260012 is for BUILDING, HEAVY, HIGHWAY or RESIDENTIAL", es))
                .isEqualTo("obligatorio: la decisión MA20260012 es para construcción de edificios, construcción pesada, "
                        + "construcción de carreteras o construcción residencial");
    }
}
