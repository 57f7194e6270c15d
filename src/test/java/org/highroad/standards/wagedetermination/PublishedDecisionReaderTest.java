package org.highroad.standards.wagedetermination;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.highroad.standards.WageDetermination.ConstructionType;
import org.highroad.standards.wagedetermination.PublishedDecision.Group;
import org.highroad.standards.wagedetermination.PublishedDecision.Note;
import org.highroad.standards.wagedetermination.PublishedDecision.Rate;
import org.highroad.standards.wagedetermination.PublishedDecision.Source;
import org.highroad.standards.wagedetermination.PublishedDecision.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading general decisions in their published layout (samples in src/test/resources/wage-determinations). */
class PublishedDecisionReaderTest {

    static String sample(String name) {
        try (InputStream in = PublishedDecisionReaderTest.class.getResourceAsStream("/wage-determinations/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsTheHeaderAndModificationTableOfADecision() {
        PublishedDecisionReader.Reading reading = PublishedDecisionReader.read(sample("MA20260012-mod1.txt"));
        assertThat(reading.unread()).isEmpty();
        PublishedDecision wd = reading.decision();
        assertThat(wd.number()).isEqualTo("MA20260012");
        assertThat(wd.supersededNumber()).isEqualTo("MA20250012");
        assertThat(wd.state()).isEqualTo("Massachusetts");
        assertThat(wd.constructionTypes()).containsExactly(ConstructionType.BUILDING, ConstructionType.HEAVY);
        assertThat(wd.counties()).containsExactly("Essex", "Middlesex", "Suffolk");
        assertThat(wd.modification()).isEqualTo(1);
        assertThat(wd.publishedOn()).isEqualTo(LocalDate.of(2026, 2, 6));
        assertThat(wd.modifications()).hasSize(2);
    }

    @Test
    void readsEveryClassificationWithItsRateFringeUnitAndGroup() {
        PublishedDecision wd = PublishedDecisionReader.read(sample("MA20260012-mod1.txt")).decision();
        assertThat(wd.rates()).extracting(Rate::classification).containsExactly(
                "CARPENTER (Including Drywall Hanging)", "ELECTRICIAN", "ELECTRICIAN",
                "POWER EQUIPMENT OPERATOR: Group 1", "POWER EQUIPMENT OPERATOR: Group 2", "DIVER", "DIVER TENDER",
                "LABORER: Common or General, Including Mason Tender and Landscape Laborer", "TRUCK DRIVER: Dump Truck");
        Rate carpenter = wd.rates().get(0);
        assertThat(carpenter.baseRate()).isEqualByComparingTo("44.12");
        assertThat(carpenter.fringeAmount()).isEqualByComparingTo("4.75");
        assertThat(carpenter.fringePercent()).isEqualByComparingTo("28");
        Rate suffolkElectrician = wd.rates().get(2);
        assertThat(suffolkElectrician.fringePercent()).isEqualByComparingTo("3");
        assertThat(suffolkElectrician.fringeAmount()).isEqualByComparingTo("28.40");
        assertThat(suffolkElectrician.key(wd.groups())).isEqualTo("ELECTRICIAN (SUFFOLK COUNTY)");
        assertThat(wd.rates().get(5).unit()).isEqualTo(Unit.DAY);
        assertThat(wd.rates().get(5).baseRate()).isEqualByComparingTo("480.00");
        assertThat(wd.rates().get(6).unit()).isEqualTo(Unit.HOUR);
        assertThat(wd.rates().get(7).footnotes()).isEqualTo("**");
        assertThat(wd.rates().get(7).line()).isEqualTo(70);
        assertThat(wd.rates().get(8).footnotes()).isEqualTo("a");
    }

    @Test
    void keepsIdentifiersCountyQualifiersDescriptionsAndFootnotes() {
        PublishedDecision wd = PublishedDecisionReader.read(sample("MA20260012-mod1.txt")).decision();
        assertThat(wd.groups()).extracting(Group::identifier).containsExactly("CARP0033-001", "ELEC0103-002",
                "ELEC0103-003", "ENGI0004-009", "DIVE0056-001", "SUMA2023-004");
        assertThat(wd.groups().get(5).source()).isEqualTo(Source.SURVEY);
        assertThat(wd.groups().get(1).effectiveOn()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(wd.groups().get(1).counties()).containsExactly("ESSEX", "MIDDLESEX");
        assertThat(wd.groups().get(1).appliesIn("Middlesex")).isTrue();
        assertThat(wd.groups().get(2).appliesIn("Middlesex")).isFalse();
        assertThat(wd.groups().get(0).appliesIn("Middlesex")).isTrue();
        assertThat(wd.groups().get(3).description()).contains("GROUP 1: Crane, Backhoe over 3 cubic yards");
        assertThat(wd.notes()).filteredOn(n -> n.kind() == Note.Kind.FOOTNOTE).extracting(Note::text)
                .containsExactly("SUMA2023-004: a. PAID HOLIDAYS: New Year's Day, Memorial Day, Independence Day, "
                        + "Labor Day, Thanksgiving Day and Christmas Day.");
        assertThat(wd.notes()).extracting(Note::text).anyMatch(t -> t.startsWith("WELDERS - Receive rate"));
        assertThat(wd.notes()).extracting(Note::text).anyMatch(t -> t.startsWith("** Workers in this classification"));
    }

    @Test
    void listsEveryLineItCouldNotReadWithItsNumberAndReason() {
        PublishedDecisionReader.Reading reading = PublishedDecisionReader.read(sample("MA20260099-some-unread.txt"));
        assertThat(reading.decision()).isNotNull();
        assertThat(reading.decision().rates()).extracting(Rate::classification)
                .containsExactly("IRONWORKER, REINFORCING", "CEMENT MASON/CONCRETE FINISHER");
        assertThat(reading.decision().counties()).isEmpty();
        assertThat(reading.unread()).extracting(UnreadLine::line).containsExactly(20, 22, 23, 29, 32, 34, 36);
        assertThat(reading.unread()).extracting(UnreadLine::reason).containsExactly(
                "the rate is not an amount in dollars and cents",
                "the fringe is not an amount, a percentage of the rate or both (as 4.75+28%)",
                "no $ before the rate",
                "the fringe percentage is above 100%",
                "the identifier's effective date is not a date (MM/DD/YYYY)",
                "in a rate group whose identifier line could not be read",
                "in a rate group whose identifier line could not be read");
        assertThat(reading.unread().get(0).text()).contains("IRONWORKER, STRUCTURAL");
    }

    @Test
    void aTextWithoutTheHeaderOrAnyRateIsUnreadableAsAWhole() {
        PublishedDecisionReader.Reading reading = PublishedDecisionReader.read(sample("not-a-decision.txt"));
        assertThat(reading.decision()).isNull();
        assertThat(reading.unread()).extracting(UnreadLine::reason).contains(
                "no General Decision Number line (two letters and eight digits)", "no State line",
                "no classification line could be read");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "PLUMBER.........................$ 25.04            10.42|25.04|HOUR|10.42|",
            "ELECTRICIAN.....................$ 46.18       3%+23.13|46.18|HOUR|23.13|3",
            "CARPENTER.......................$ 44.12       4.75+28%|44.12|HOUR|4.75|28",
            "CARPENTER.......................$ 44.12     4.75 + 28%|44.12|HOUR|4.75|28",
            "PAINTER.........................$ 30.00         29.70%|30.00|HOUR||29.70",
            "DIVER...........................$ 1,480.00 per day   31.20|1480.00|DAY|31.20|",
            "LABORER.........................$ 17.61 **          5.38|17.61|HOUR|5.38|",
    })
    void readsARateLine(String line, String base, Unit unit, String amount, String percent) {
        RateLine r = ((RateLine.Read) RateLine.parse(line)).line();
        assertThat(r.base()).isEqualByComparingTo(base);
        assertThat(r.unit()).isEqualTo(unit);
        assertThat(r.fringeAmount()).isEqualTo(amount == null ? null : new BigDecimal(amount));
        assertThat(r.fringePercent() == null ? null : r.fringePercent().stripTrailingZeros())
                .isEqualTo(percent == null ? null : new BigDecimal(percent).stripTrailingZeros());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "PLUMBER.........................$ 25.04|no fringe after the rate",
            "PLUMBER.........................$ 25.04   10.42 see note|unexpected text after the fringe",
            "PLUMBER.........................$ 0.00   10.42|the rate must be more than 0.00",
            "PLUMBER.........................$ 25   10.42|the rate is not an amount in dollars and cents",
    })
    void refusesARateLineItCannotRead(String line, String reason) {
        assertThat(((RateLine.Refused) RateLine.parse(line)).reason()).startsWith(reason);
    }

    @Test
    void readsTheCountiesOfAHeaderOrQualifier() {
        assertThat(CountyList.of("Essex, Middlesex and Suffolk Counties in Massachusetts."))
                .isEqualTo(List.of("Essex", "Middlesex", "Suffolk"));
        assertThat(CountyList.of("SUFFOLK COUNTY")).isEqualTo(List.of("SUFFOLK"));
        assertThat(CountyList.of("Statewide.")).isEmpty();
    }
}
