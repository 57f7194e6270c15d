package org.highroad.procurement.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.highroad.procurement.BidSubmission;
import org.highroad.procurement.ProcurementTest;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * A bid ruled out at screening (a mandatory floor of the rubric failed) is still the vendor's current bid until the deadline:
 * the portal tells the vendor to send a new bid in its place, and the new bid replaces it. Otherwise the vendor would
 * have two current bids at the opening, each evaluated, ranked and notified.
 */
class RuledOutBidReplacedTest extends ProcurementTest {

    @Test
    void aNewBidReplacesTheBidRuledOutAndItsEvaluationStops() {
        long solicitation = publishedSolicitation("A ruled-out bid sent again");
        BidSubmission strong = strongBid("1000000");
        BidSubmission cited = new BidSubmission(strong.price(), strong.wageOffers(), strong.lowestHourlyWage(), strong.employerHealthPremiumSharePercent(),
                strong.paidLeaveDaysPerYear(), strong.retirementContributionPercent(), strong.scheduleNoticeDays(),
                strong.fullTimeSharePercent(), strong.localResidentHoursSharePercent(),
                strong.peopleOfColorHoursSharePercent(), strong.womenHoursSharePercent(),
                strong.apprenticeHoursSharePercent(), strong.trainingHoursPerWorkerPerYear(), strong.advancementPlan(),
                strong.hasCollectiveAgreement(), strong.hasWorkerCommittee(), 2,
                strong.principleStatements());

        long ruledOut = submit(TestUsers.HARBOR, solicitation, cited);
        assertThat(bidAs(TestUsers.HARBOR, ruledOut).path("status").asText()).isEqualTo("NON_RESPONSIVE");

        long again = submit(TestUsers.HARBOR, solicitation, strong);
        assertThat(bidAs(TestUsers.HARBOR, ruledOut).path("status").asText()).as("the bid ruled out, replaced")
                .isEqualTo("REPLACED");
        assertThat(bidAs(TestUsers.HARBOR, again).path("status").asText()).isEqualTo("SCORED");
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(BidEvaluationProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(ruledOut)).singleResult().getEndTime())
                .as("the replaced bid's evaluation no longer waits for the opening").isNotNull();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(BidEvaluationProcess.PROCESS_ID)
                .variableValueEquals(BidEvaluationProcess.VAR_SOLICITATION_ID, solicitation).count())
                .as("one evaluation waits for the opening: Harbor's last bid").isEqualTo(1);
    }
}
