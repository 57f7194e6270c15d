package org.highroad.platform.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.highroad.platform.disclosure.Suppression.Cell;
import org.junit.jupiter.api.Test;

class SuppressionTest {

    private static Cell cell(String trade, String level, int workers, int group) {
        return new Cell("WOMEN", trade, level, workers, group);
    }

    @Test
    void aShareOverFewerThanFiveWorkersIsWithheldAndSoIsTheSmallestSiblingThatWouldRevealIt() {
        Cell project = cell(null, null, 18, 5);
        Cell electricians = cell("ELECTRICIAN", null, 10, 5);
        Cell laborers = cell("LABORER", null, 2, 0);
        Cell carpenters = cell("CARPENTER", null, 6, 0);
        Set<Cell> withheld = Suppression.withheld(List.of(project, electricians, laborers, carpenters));
        // laborers: 2 workers; then the carpenters (6, fewer than the electricians' 10), since the project's share and
        // the electricians' alone would otherwise give the laborers' back
        assertThat(withheld).containsExactlyInAnyOrder(laborers, carpenters);
    }

    @Test
    void aGroupOfOneToFourWorkersIsWithheldEvenInALargeLineAndTheTradesUnderItWithIt() {
        Cell project = cell(null, null, 40, 3);
        Cell electricians = cell("ELECTRICIAN", null, 40, 0);
        Cell womenOnly = new Cell("WOMEN", null, null, 40, 0);
        assertThat(Suppression.withheld(List.of(project, electricians))).containsExactlyInAnyOrder(project, electricians);
        assertThat(Suppression.withheld(List.of(womenOnly))).isEmpty();
    }

    @Test
    void withoutATradeLineOverBothLevelsTheLevelsOfEachTradeAreTheProjectsChildren() {
        Cell project = cell(null, null, 12, 0);
        Cell electricianJourney = cell("ELECTRICIAN", "JOURNEYWORKER", 10, 0);
        Cell laborerJourney = cell("LABORER", "JOURNEYWORKER", 2, 0);
        Cell noApprentices = cell("ELECTRICIAN", "APPRENTICE", 0, 0);
        assertThat(Suppression.withheld(List.of(project, electricianJourney, laborerJourney, noApprentices)))
                .containsExactlyInAnyOrder(electricianJourney, laborerJourney, noApprentices);
    }

    @Test
    void aLineWhoseWorkersOutsideTheGroupAreOneToFourIsWithheld() {
        // eight workers, six of them women: the women's share says what share of the hours the two men worked
        Cell project = cell(null, null, 8, 6);
        Cell resident = new Cell("LOCAL_RESIDENTS", null, null, 20, 17);
        assertThat(Suppression.withheld(List.of(project))).containsExactly(project);
        assertThat(Suppression.withheld(List.of(resident))).containsExactly(resident);
        assertThat(Suppression.withheld(List.of(cell(null, null, 11, 6)))).isEmpty();
    }

    @Test
    void linesOfFiveWorkersAndGroupsOfFiveOrNoneArePublished() {
        assertThat(Suppression.withheld(List.of(cell(null, null, 5, 5), cell("A", null, 5, 0), cell("B", null, 12, 5))))
                .isEmpty();
    }

    @Test
    void aLevelWithheldWithinAPublishedTradeTakesTheOtherLevelWithIt() {
        Cell trade = cell("ELECTRICIAN", null, 12, 0);
        Cell journey = cell("ELECTRICIAN", "JOURNEYWORKER", 9, 0);
        Cell apprentices = cell("ELECTRICIAN", "APPRENTICE", 3, 0);
        assertThat(Suppression.withheld(List.of(trade, journey, apprentices))).containsExactlyInAnyOrder(journey, apprentices);
    }

    @Test
    void theLevelsOfAWithheldTradeAreWithheldWithIt() {
        Cell project = cell(null, null, 12, 0);
        Cell electricians = cell("ELECTRICIAN", null, 10, 0);
        Cell journey = cell("ELECTRICIAN", "JOURNEYWORKER", 10, 0);
        Cell laborers = cell("LABORER", null, 2, 0);
        assertThat(Suppression.withheld(List.of(project, electricians, journey, laborers)))
                .containsExactlyInAnyOrder(laborers, electricians, journey);
    }
}
