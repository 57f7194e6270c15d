package org.highroad.standards.wagedetermination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Texts an administrator may paste by mistake or an attacker may send on purpose: rate lines the reader cannot read
 * are listed, never turned silently into a group's description; a single very long line is read in linear time; a
 * text whose header date is not the publication date of the last modification in its table is not imported as that
 * modification.
 */
class HostileDecisionTextTest {

    private static final String HEADER = """
            General Decision Number: MA20260012 02/06/2026
            State: Massachusetts
            Construction Types: Building
            Counties: Essex and Suffolk Counties in Massachusetts.

            Modification Number     Publication Date
                      0              01/02/2026
                      1              02/06/2026

             CARP0033-001 09/01/2025

                                              Rates          Fringes

            CARPENTER.......................$ 44.12       4.75+28%
            """;

    private static PublishedDecisionReader.Reading read(String rates) {
        return PublishedDecisionReader.read(HEADER + rates);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ELECTRICIAN...$ -52.40   27.15",          // a negative rate
            "ELECTRICIAN...$ ٥٢.٤٠   27.15",           // Arabic-Indic digits
            "ELECTRICIAN...$ ５２.40   27.15",           // full-width digits
            "ELECTRICIAN $ .40   27.15"                 // no dollars
    })
    void aRateLineWhoseRateCannotBeReadIsListedNotKeptAsTheGroupsDescription(String line) {
        PublishedDecisionReader.Reading reading = read(line + "\n");
        assertThat(reading.decision()).isNotNull();
        assertThat(reading.decision().rates()).extracting(PublishedDecision.Rate::classification)
                .containsExactly("CARPENTER");
        assertThat(reading.decision().groups().get(0).description()).isNull();
        assertThat(reading.unread()).singleElement().satisfies(u -> {
            assertThat(u.line()).isEqualTo(15);
            assertThat(u.text()).isEqualTo(line);
            assertThat(u.reason()).isEqualTo("the rate is not an amount in dollars and cents");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "LABORER   30.00  10.00",                  // neither a dollar sign nor a dot leader
            "LABORER   30.00  10.00 a",                // with a footnote letter
            "POWER EQUIPMENT OPERATOR Group 1  49.85  4.75+28%",
            "DIVER   480.00 per day  31.20"
    })
    void aNameFollowedByFiguresWithoutADollarSignIsListedNotKeptAsTheGroupsDescription(String line) {
        PublishedDecisionReader.Reading reading = read(line + "\n");
        assertThat(reading.decision().rates()).extracting(PublishedDecision.Rate::classification)
                .containsExactly("CARPENTER");
        assertThat(reading.decision().groups().get(0).description()).isNull();
        assertThat(reading.unread()).singleElement().satisfies(u -> {
            assertThat(u.line()).isEqualTo(15);
            assertThat(u.text()).isEqualTo(line);
            assertThat(u.reason()).isEqualTo("no $ before the rate");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "GROUP 1: Crane, Backhoe over 3 cubic yards",
            "Zone 1: 0 to 10 miles from City Hall",
            "Rates effective 09/01/2025 and 03/01/2026"
    })
    void aDescriptionWithFiguresInItsTextIsStillTheGroupsDescription(String line) {
        PublishedDecisionReader.Reading reading = read(line + "\n");
        assertThat(reading.unread()).isEmpty();
        assertThat(reading.decision().groups().get(0).description()).isEqualTo(line);
    }

    @Test
    void aClassificationWithAVeryLongDotLeaderIsReadInLinearTime() {
        String line = "LABORER" + ".".repeat(200_000) + "X $ 30.00   10.00\n";
        PublishedDecisionReader.Reading reading = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> read(line));
        assertThat(reading.unread()).extracting(UnreadLine::reason)
                .containsExactly("the classification is longer than 200 characters");
    }

    @Test
    void aClassificationWithAVeryLongRunOfSpacesIsReadInLinearTime() {
        String line = "LABORER" + " ".repeat(200_000) + "X $ 30.00   10.00\n";
        PublishedDecisionReader.Reading reading = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> read(line));
        assertThat(reading.decision().rates()).extracting(PublishedDecision.Rate::classification)
                .containsExactly("CARPENTER", "LABORER X");
    }

    @Test
    void aCountiesLineWithAVeryLongRunOfSpacesIsReadInLinearTime() {
        String text = HEADER.replace("Counties: Essex and Suffolk", "Counties: Essex" + " ".repeat(200_000) + "x and Suffolk");
        PublishedDecisionReader.Reading reading = assertTimeoutPreemptively(Duration.ofSeconds(3),
                () -> PublishedDecisionReader.read(text));
        assertThat(reading.decision().counties()).containsExactly("Essex x", "Suffolk");
    }

    @Test
    void aCountyQualifierWithAVeryLongRunOfSpacesIsReadInLinearTime() {
        String text = HEADER + """
                ----------------------------------------------------------------
                 ELEC0103-003 09/01/2025

                """ + "SUFFOLK" + " ".repeat(200_000) + "& ESSEX COUNTIES\n" + """

                                                  Rates          Fringes

                ELECTRICIAN......................$ 55.90       3%+28.40
                """;
        PublishedDecisionReader.Reading reading = assertTimeoutPreemptively(Duration.ofSeconds(3),
                () -> PublishedDecisionReader.read(text));
        assertThat(reading.decision().groups().get(1).counties()).containsExactly("SUFFOLK", "ESSEX");
    }

    @Test
    void aDecisionNumberLineWithAVeryLongRunOfSpacesIsReadInLinearTime() {
        String text = HEADER.replace("MA20260012 02/06/2026", "MA20260012" + " ".repeat(200_000) + "02/06/2026 x");
        PublishedDecisionReader.Reading reading = assertTimeoutPreemptively(Duration.ofSeconds(3),
                () -> PublishedDecisionReader.read(text));
        assertThat(reading.decision()).isNull();
        assertThat(reading.unread()).extracting(UnreadLine::reason)
                .containsExactly("no General Decision Number line (two letters and eight digits)");
    }

    @Test
    void aHeaderDateThatIsNotTheLastModificationsPublicationDateRejectsTheText() {
        // The modification table lost its last row (mod 2 of 03/06/2026) in copying: the text is not modification 1.
        String text = HEADER.replace("MA20260012 02/06/2026", "MA20260012 03/06/2026");
        PublishedDecisionReader.Reading reading = PublishedDecisionReader.read(text);
        assertThat(reading.decision()).isNull();
        assertThat(reading.unread()).singleElement().satisfies(u -> {
            assertThat(u.line()).isEqualTo(1);
            assertThat(u.reason()).isEqualTo("the decision's date 03/06/2026 is not the publication date of the last"
                    + " modification in its table (1 of 02/06/2026)");
        });
    }

    @Test
    void aHeaderDateThatIsNotADateIsListed() {
        String text = HEADER.replace("MA20260012 02/06/2026", "MA20260012 2026-02-06");
        PublishedDecisionReader.Reading reading = PublishedDecisionReader.read(text);
        assertThat(reading.decision()).isNotNull();
        assertThat(reading.unread()).extracting(UnreadLine::line, UnreadLine::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1,
                        "the decision's date is not a date (MM/DD/YYYY)"));
    }

    @Test
    void aHeaderWithoutADateIsReadAsTheLastModification() {
        PublishedDecisionReader.Reading reading = PublishedDecisionReader.read(
                HEADER.replace("MA20260012 02/06/2026", "MA20260012"));
        assertThat(reading.unread()).isEmpty();
        assertThat(reading.decision().modification()).isEqualTo(1);
        assertThat(List.of(reading.decision().publishedOn().toString())).containsExactly("2026-02-06");
    }
}
