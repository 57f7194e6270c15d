package org.highroad.standards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.highroad.support.ApiTest;
import org.highroad.support.Http.Response;
import org.highroad.support.StandardBodies;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * ADR 0038 holds when a version is adopted, not only when it is proposed: which version a new one replaces is decided
 * by the order of adoption, so two administrators adopting versions in turn cannot cut a living wage to the federal
 * minimum; and a wage determination does not stand in for the floor for all covered work the replaced version sets.
 */
class StandardAdoptionFloorsTest extends ApiTest {

    private static final String LOWERED = "lowers the wage floor for all covered work on 2030-01-01 from $18.20, which "
            + "version 1 (the version it replaces) sets, to $7.25: a new version may not lower it";

    /** A living-wage standard whose version 1 ($18.20 for all covered work from 2024-07-01) is a draft. */
    private String standard(String prefix) {
        String code = prefix + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Response created = as(TestUsers.ADMIN).post("/api/standards", StandardBodies.newStandard(code));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return code;
    }

    /** A version from 2030-01-01 whose only floor for all covered work is the federal minimum, $7.25. */
    private int federalMinimumDraft(String code) {
        ObjectNode v = StandardBodies.version("2030-01-01");
        ObjectNode floor = (ObjectNode) v.get("wageFloors").get(0);
        floor.put("hourlyRate", 7.25).put("effectiveFrom", "2030-01-01");
        Response draft = as(TestUsers.ADMIN).post("/api/standards/" + code + "/versions", v);
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        return draft.json().path("version").asInt();
    }

    private Response propose(String code, int n, String by) {
        return as(by).post("/api/standards/" + code + "/versions/" + n + "/proposal", Map.of());
    }

    private Response adopt(String code, int n, String by) {
        return as(by).post("/api/standards/" + code + "/versions/" + n + "/decision",
                Map.of("decision", "ADOPT", "comment", "Reviewed"));
    }

    private String status(String code, int n) {
        return as(TestUsers.ADMIN).get("/api/standards/" + code + "/versions/" + n).json().path("adoption").path("status")
                .asText();
    }

    @Test
    void theReviewersSequenceIsRefusedAtProposalSinceTheProposedVersionIsWhatWillBeInForce() {
        String code = standard("CUT");
        assertThat(propose(code, 1, TestUsers.REVIEWER).status()).isEqualTo(200); // version 1 waits for its review
        int v2 = federalMinimumDraft(code);

        Response proposal = propose(code, v2, TestUsers.ADMIN);
        assertThat(proposal.status()).as(proposal.body()).isEqualTo(422);
        assertThat(proposal.errorFor("wageFloors")).contains(LOWERED);
        assertThat(adopt(code, 1, TestUsers.ADMIN).status()).isEqualTo(200);
        assertThat(status(code, v2)).isEqualTo("DRAFT");
    }

    @Test
    void twoAdministratorsAdoptingInTurnCannotCutTheLivingWage() {
        String code = standard("CUT");
        int v2 = federalMinimumDraft(code);
        // proposed while version 1 is still a draft: nothing is in force or proposed before it, nothing to compare
        assertThat(propose(code, v2, TestUsers.ADMIN).status()).isEqualTo(200);
        assertThat(propose(code, 1, TestUsers.REVIEWER).status()).isEqualTo(200);
        assertThat(adopt(code, 1, TestUsers.ADMIN).status()).isEqualTo(200);

        // the second administrator's adoption of version 2 would now replace version 1: refused as at proposal
        Response refused = adopt(code, v2, TestUsers.REVIEWER);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().path("detail").asText()).isEqualTo(LOWERED);
        assertThat(status(code, v2)).isEqualTo("PROPOSED");
        Response inForce = as(TestUsers.ADMIN).get("/api/standards/" + code + "/in-force?date=2030-02-01");
        assertThat(inForce.json().path("version").asInt()).isEqualTo(1);

        // the reviewer may still return it to draft
        Response returned = as(TestUsers.REVIEWER).post("/api/standards/" + code + "/versions/" + v2 + "/decision",
                Map.of("decision", "RETURN", "comment", "It would cut the living wage"));
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(status(code, v2)).isEqualTo("DRAFT");
    }

    @Test
    void aVersionAdoptedFirstCannotLaterBecomeTheCutOfAnEarlierOne() {
        String code = standard("CUT");
        int v2 = federalMinimumDraft(code);
        assertThat(propose(code, v2, TestUsers.ADMIN).status()).isEqualTo(200);
        assertThat(adopt(code, v2, TestUsers.REVIEWER).status()).isEqualTo(200); // replaces nothing: none in force before
        assertThat(propose(code, 1, TestUsers.REVIEWER).status()).isEqualTo(200);

        // adopting version 1 now would put version 2 after it, lowering its floor from 2030-01-01
        Response refused = adopt(code, 1, TestUsers.ADMIN);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().path("detail").asText()).isEqualTo("version " + v2 + ", adopted already, would replace "
                + "this version from 2030-01-01, and it " + LOWERED);
        assertThat(status(code, 1)).isEqualTo("PROPOSED");
    }

    @Test
    void aWageDeterminationDoesNotReplaceTheFloorForAllCoveredWork() {
        // a standard without the living-wage rubric (its rates may come from a determination), floor $18.20 adopted
        String code = "DROP-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        ObjectNode body = StandardBodies.newStandard(code);
        ((ArrayNode) body.get("version").get("rubric")).remove(0);
        assertThat(as(TestUsers.ADMIN).post("/api/standards", body).status()).isEqualTo(201);
        assertThat(propose(code, 1, TestUsers.ADMIN).status()).isEqualTo(200);
        assertThat(adopt(code, 1, TestUsers.REVIEWER).status()).isEqualTo(200);

        // no general floor, one $1.00 rate for one classification
        ObjectNode janitor = StandardBodies.version("2030-01-01");
        ((ArrayNode) janitor.get("rubric")).remove(0);
        janitor.putArray("wageFloors");
        ((ObjectNode) janitor.get("wageDeterminations").get(0)).putArray("rates").addObject()
                .put("classification", "Janitor").put("baseRate", 1.00).put("fringeRate", 0);
        Response draft = as(TestUsers.ADMIN).post("/api/standards/" + code + "/versions", janitor);
        int n = draft.json().path("version").asInt();
        Response proposal = propose(code, n, TestUsers.ADMIN);
        assertThat(proposal.status()).as(proposal.body()).isEqualTo(422);
        assertThat(proposal.errorFor("wageFloors")).isEqualTo("sets no wage floor for all covered work on 2030-01-01, "
                + "where version 1 (the version it replaces) sets $18.20: a new version may not drop it, and a wage "
                + "determination's rates cover only their classifications;");

        // a general floor for the first day only: dropped from the second
        ObjectNode firstDay = (ObjectNode) StandardBodies.version("2030-01-01").get("wageFloors").get(0);
        ((ArrayNode) janitor.get("wageFloors")).add(firstDay.put("effectiveFrom", "2030-01-01").put("effectiveUntil",
                "2030-01-01"));
        assertThat(as(TestUsers.ADMIN).put("/api/standards/" + code + "/versions/" + n, janitor).status()).isEqualTo(200);
        proposal = propose(code, n, TestUsers.ADMIN);
        assertThat(proposal.status()).as(proposal.body()).isEqualTo(422);
        assertThat(proposal.errorFor("wageFloors")).contains("sets no wage floor for all covered work on 2030-01-02, "
                + "where version 1 (the version it replaces) sets $18.20");
        assertThat(status(code, n)).isEqualTo("DRAFT");
    }

    @Test
    void aDraftRefusedForAProposalIsProposedOnceThatProposalIsReturnedToDraft() {
        String code = standard("RET");
        assertThat(propose(code, 1, TestUsers.REVIEWER).status()).isEqualTo(200);
        assertThat(adopt(code, 1, TestUsers.ADMIN).status()).isEqualTo(200); // $18.20 in force
        int raise = draft(code, "2030-01-01", 20.00);
        assertThat(propose(code, raise, TestUsers.ADMIN).status()).isEqualTo(200);
        int lower = draft(code, "2031-01-01", 19.00);

        // compared with the proposal, which is what will be in force: refused while it is proposed
        Response refused = propose(code, lower, TestUsers.ADMIN);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.errorFor("wageFloors")).contains("on 2031-01-01 from $20.00, which version " + raise);

        // returned to draft, that proposal no longer stands in the way: the draft is compared with version 1 ($18.20)
        Response returned = as(TestUsers.REVIEWER).post("/api/standards/" + code + "/versions/" + raise + "/decision",
                Map.of("decision", "RETURN", "comment", "Not this year"));
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        Response proposed = propose(code, lower, TestUsers.ADMIN);
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(200);
        assertThat(status(code, lower)).isEqualTo("PROPOSED");
    }

    /** A draft from {@code from} whose only floor for all covered work is {@code rate} from that day. */
    private int draft(String code, String from, double rate) {
        ObjectNode v = StandardBodies.version(from);
        ((ObjectNode) v.get("wageFloors").get(0)).put("hourlyRate", rate).put("effectiveFrom", from);
        Response draft = as(TestUsers.ADMIN).post("/api/standards/" + code + "/versions", v);
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        return draft.json().path("version").asInt();
    }
}
