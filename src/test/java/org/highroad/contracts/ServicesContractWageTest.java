package org.highroad.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.highroad.payroll.PayrollTest;
import org.highroad.procurement.BidSubmission;
import org.highroad.standards.Adoption;
import org.highroad.support.Http.Response;
import org.highroad.support.Jobs;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A services contract holds the winner to the lowest hourly wage its bid promised for every covered worker, not to
 * the living wage floor alone. Standard BOSTON-STYLE-SERVICE-LIVING-WAGE v1: the living wage is $18.20 from
 * 2024-07-01; Harbor's bid promises at least $21.00 an hour to everyone on the contract.
 *
 * <p>Worked by hand: a janitor paid $19.50 for 40 straight-time hours (8 h Monday to Friday) is above the floor but
 * $1.50 an hour short of the promise: 40 × ($21.00 − $19.50) = $60.00 owed, base only (the contract commits no fringe).
 */
class ServicesContractWageTest extends PayrollTest {

    private static final String SERVICES_STANDARD = "BOSTON-STYLE-SERVICE-LIVING-WAGE";
    private static final String JANITOR = "JANITOR";

    @BeforeEach
    void adoptTheLivingWageStandard() {
        if (standards.version(SERVICES_STANDARD, 1).adoption().status() == Adoption.Status.PROPOSED) {
            Response adopted = as(TestUsers.ADMIN).post("/api/standards/" + SERVICES_STANDARD + "/versions/1/decision",
                    Map.of("decision", "ADOPT", "comment", "adopted for the services contract tests"));
            assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);
        }
    }

    @Test
    void aJanitorPaidAboveTheLivingWageButBelowTheBidsLowestHourlyWageIsOwedTheDifference() {
        long bid = awardedServicesBid("Custodial services", "21.00");
        long contract = executed(bid, "Custodial services");
        Response filed = as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/compliance-statements", statement(List.of()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);

        Response accepted = post(TestUsers.HARBOR, contract, WEEK, csv("19.50", "780.00", JANITOR));

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().path("amountOwed").decimalValue()).isEqualByComparingTo("60.00");
        JsonNode findings = as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings").json();
        assertThat(findings.findValuesAsText("kind")).containsExactly("UNDERPAID_BASE");
        assertThat(findings.get(0).path("amountOwed").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(findings.get(0).path("ruleCited").asText()).contains("bid " + bid).contains("lowest hourly wage")
                .contains("clause WAGES").contains("standard " + SERVICES_STANDARD + " version 1");
    }

    @Test
    void theWageRuleOfAServicesContractShowsTheBidsPromiseWithItsLineage() {
        long bid = awardedServicesBid("Security services", "21.00");
        long contract = executed(bid, "Security services");

        JsonNode rule = as(TestUsers.AUDITOR).get("/api/contracts/" + contract + "/wage-rule?classification=GUARD&date=2027-01-05").json();

        assertThat(rule.path("committedBase").decimalValue()).isEqualByComparingTo("21.00");
        assertThat(rule.path("committedFringe").decimalValue()).isEqualByComparingTo("0");
        assertThat(rule.path("binding").asText()).contains("lowest hourly wage");
        JsonNode lineage = rule.path("lineage");
        assertThat(lineage.path("bidId").asLong()).isEqualTo(bid);
        assertThat(lineage.path("bidCommitment").asText()).isEqualTo("lowestHourlyWage");
        assertThat(lineage.path("clause").asText()).isEqualTo("WAGES");
        assertThat(lineage.path("clauseTemplateVersion").asInt()).isEqualTo(1);
        assertThat(lineage.path("standardCode").asText()).isEqualTo(SERVICES_STANDARD);
        assertThat(lineage.path("standardVersion").asInt()).isEqualTo(1);
        JsonNode current = as(TestUsers.HARBOR).get("/api/contracts/" + contract).json().path("current");
        assertThat(current.path("lowestHourlyWage").decimalValue()).isEqualByComparingTo("21.00");
        assertThat(current.path("clauses").get(0).path("body").asText()).contains("every covered worker").contains("$21.00");
    }

    @Test
    void aJanitorPaidTheBidsLowestHourlyWageIsOwedNothing() {
        long bid = awardedServicesBid("Landscaping services", "21.00");
        long contract = executed(bid, "Landscaping services");
        Response filed = as(TestUsers.HARBOR).post("/api/contracts/" + contract + "/compliance-statements", statement(List.of()));
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);

        Response accepted = post(TestUsers.HARBOR, contract, WEEK, csv("21.00", "840.00", JANITOR));

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().path("amountOwed").decimalValue()).isEqualByComparingTo("0");
        assertThat(as(TestUsers.AUDITOR).all("/api/contracts/" + contract + "/payroll-findings").json()).isEmpty();
    }

    private long awardedServicesBid(String title, String lowestHourlyWage) {
        ObjectNode draft = draft(title);
        draft.put("category", "SERVICES").put("standardCode", SERVICES_STANDARD).put("estimatedValue", 400_000);
        draft.putArray("classifications");
        Response created = as(TestUsers.OFFICER).post("/api/solicitations", draft);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long solicitation = created.json().path("id").asLong();
        Response published = as(TestUsers.OFFICER).post("/api/solicitations/" + solicitation + "/publication", "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        long bid = submit(TestUsers.HARBOR, solicitation, servicesBid(lowestHourlyWage));
        deadlinePasses(solicitation);
        Response reviewed = review(bid, "CONFIRM", "verified", null);
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
        Response award = as(TestUsers.OFFICER).post("/api/solicitations/" + solicitation + "/award", Map.of("bidId", bid, "reason", "top"));
        assertThat(award.status()).as(award.body()).isEqualTo(200);
        Jobs.runDue(management);
        return bid;
    }

    private long executed(long bid, String title) {
        long id = -1;
        for (JsonNode c : as(TestUsers.OFFICER).all("/api/contracts").json()) {
            if (c.path("bidId").asLong() == bid) {
                id = c.path("id").asLong();
            }
        }
        assertThat(id).as("the contract drafted from bid " + bid).isPositive();
        // the living-wage standard reports quarterly; these contracts report weekly, as legal review may settle
        as(TestUsers.OFFICER).put("/api/contracts/" + id + "/draft", Map.of("title", title, "value", 380000,
                "periodStart", "2027-01-04", "periodEnd", "2027-03-26", "reportingCadence", "WEEKLY"));
        as(TestUsers.OFFICER).post("/api/contracts/" + id + "/legal-review", Map.of("decision", "APPROVE", "reason", "ok"));
        Response accepted = as(TestUsers.HARBOR).post("/api/contracts/" + id + "/acceptance", Map.of("decision", "ACCEPT", "reason", "ok"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        return id;
    }

    /** A services bid: no wage offers per classification, one lowest hourly wage for everyone on the contract. */
    private static BidSubmission servicesBid(String lowestHourlyWage) {
        return new BidSubmission(new BigDecimal("380000"), List.of(), new BigDecimal(lowestHourlyWage), new BigDecimal("80"),
                new BigDecimal("12"), new BigDecimal("5"), 14, new BigDecimal("85"), null, null, null, null, null,
                null, true, true, 0, Map.of());
    }
}
