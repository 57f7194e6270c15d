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

    private static Cell count(String contract, String answer, int workers) {
        return new Cell("GENDER", contract, answer, workers, 0);
    }

    @Test
    void aTableWithMarginsCoversEachSuppressedCellInItsRowAndItsColumn() {
        // two contracts (rows) by two answers (columns), with the row totals, the column totals and the grand total
        Cell all = count(null, null, 30);
        Cell rowA = count("A", null, 14);
        Cell rowB = count("B", null, 16);
        Cell colF = count(null, "f", 12);
        Cell colM = count(null, "m", 18);
        Cell aF = count("A", "f", 3);
        Cell aM = count("A", "m", 11);
        Cell bF = count("B", "f", 9);
        Cell bM = count("B", "m", 7);
        Set<Cell> withheld = Suppression.withheld(List.of(all, rowA, rowB, colF, colM, aF, aM, bF, bM));
        // A's women (3) withheld; A's men (from A's total) and B's women (from the women's total) with it; then B's men
        // (from B's total, now that B's women are withheld)
        assertThat(withheld).containsExactlyInAnyOrder(aF, aM, bF, bM);
    }

    @Test
    void aContractTotalWithheldIsCoveredByAnotherContractNotByAnAnswer() {
        Cell all = count(null, null, 20);
        Cell rowA = count("A", null, 3);
        Cell rowB = count("B", null, 9);
        Cell rowC = count("C", null, 8);
        Cell colF = count(null, "f", 6);
        Cell colM = count(null, "m", 14);
        Set<Cell> withheld = Suppression.withheld(List.of(all, rowA, rowB, colF, colM, rowC));
        assertThat(withheld).containsExactlyInAnyOrder(rowA, rowC);
    }

    @Test
    void aParentWhoseOnlyChildIsWithheldIsWithheldWithIt() {
        Cell all = count(null, null, 20);
        Cell colX = count(null, "x", 6);
        Cell colY = count(null, "y", 14);
        Cell aX = count("A", "x", 6);
        Cell aY = count("A", "y", 4);
        Cell bY = count("B", "y", 10);
        Cell rowA = count("A", null, 10);
        Cell rowB = count("B", null, 10);
        Set<Cell> withheld = Suppression.withheld(List.of(all, colX, colY, aX, aY, bY, rowA, rowB));
        // A's y (4) withheld, A's x with it (A's total less it); the answer x is A's alone, so its total is A's x under
        // another name: withheld too, and the answer y with it (the grand total less x), and y's lines with y; B's total
        // is then B's one withheld line, so withheld, and A's total with it (the grand total less B's)
        assertThat(withheld).containsExactlyInAnyOrder(aY, aX, colX, colY, bY, rowA, rowB);
    }
}
