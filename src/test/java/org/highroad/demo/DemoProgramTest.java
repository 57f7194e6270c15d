package org.highroad.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.highroad.subsidies.SubsidiesTest;
import org.highroad.support.TestUsers;
import org.junit.jupiter.api.Test;

/**
 * The demo's wage-subsidy program: once the demo's WIOA-OJT-SUBSIDY standard is adopted (the base class adopts it as
 * an administrator would), the program DEMO-OJT exists with the wioa-ojt preset's terms, once.
 */
class DemoProgramTest extends SubsidiesTest {

    @Test
    void theAdoptedOjtStandardGivesTheDemoItsProgramFromTheWioaOjtPreset() {
        JsonNode programs = as(TestUsers.STAFF).get("/api/subsidy-programs").json();
        JsonNode demo = null;
        int count = 0;
        for (JsonNode p : programs) {
            if (p.path("code").asText().equals(DemoProgram.CODE)) {
                demo = p;
                count++;
            }
        }
        assertThat(count).isEqualTo(1);
        assertThat(demo.path("standardCode").asText()).isEqualTo("WIOA-OJT-SUBSIDY");
        assertThat(demo.path("terms").path("sharePercent").decimalValue()).isEqualByComparingTo("50");
        assertThat(demo.path("terms").path("minimumWage").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(demo.path("terms").path("budget").decimalValue()).isEqualByComparingTo("250000.00");
        assertThat(demo.path("createdBy").asText()).isEqualTo("demo-loader");
        // an employer sees it too, to apply
        assertThat(as(TestUsers.HARBOR).get("/api/subsidy-programs").body()).contains(DemoProgram.CODE);
    }
}
