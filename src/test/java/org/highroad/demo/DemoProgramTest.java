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

    @Test
    void theStandardsPageNamesTheProgramThatPinsItsVersionInTheReadersLanguage() {
        org.highroad.support.PageSession admin = new org.highroad.support.PageSession(port);
        admin.signIn(TestUsers.ADMIN, TestUsers.PASSWORD);
        String path = "/staff/standards/WIOA-OJT-SUBSIDY/versions/1";
        String english = admin.get(path + "?lang=en").body();
        assertThat(english).contains("wage-subsidy program " + DemoProgram.CODE).doesNotContain("subsidy-program");
        String spanish = org.springframework.web.util.HtmlUtils.htmlUnescape(admin.get(path + "?lang=es").body());
        assertThat(spanish).contains("Fijada por", "programa de subsidios salariales " + DemoProgram.CODE)
                .doesNotContain("subsidy-program", "demo-loader");
        admin.get(path + "?lang=en");
    }
}
