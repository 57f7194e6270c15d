package org.highroad.subsidies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.highroad.support.Http;
import org.highroad.support.Http.Response;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * A wage-subsidy program is pinned to a wage-subsidy standard: on a procurement standard (the construction preset,
 * whose rubric scores bids and which has no subsidy terms) it is refused with 422 on standardCode, nothing created.
 */
class SubsidyProgramStandardTest extends SubsidiesTest {

    @Test
    void aProgramOnAProcurementStandardIsRefusedNamingStandardCode() {
        ObjectNode body = Http.JSON.createObjectNode().put("code", "P7-" + System.nanoTime() % 100_000)
                .put("name", "Program on the wrong standard").put("standardCode", "BOSTON-STYLE-CONSTRUCTION")
                .put("standardVersion", 1).put("preset", "wioa-ojt");
        body.putObject("terms").put("budget", "250000.00").put("autoApprovalCeiling", "8000.00");
        Response refused = as(TestUsers.STAFF).post("/api/subsidy-programs", body);
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.errorFor("standardCode")).contains("BOSTON-STYLE-CONSTRUCTION is not a wage-subsidy standard");
        assertThat(jdbc.queryForObject("select count(*) from subsidy_program where code = ?", Integer.class,
                body.path("code").asText())).isZero();
        // the wage-subsidy standard itself is accepted
        assertThat(program("250000.00", "8000.00")).isPositive();
    }
}
