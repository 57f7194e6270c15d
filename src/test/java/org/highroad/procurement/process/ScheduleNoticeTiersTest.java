package org.highroad.procurement.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.operaton.bpm.dmn.engine.DmnDecision;
import org.operaton.bpm.dmn.engine.DmnEngine;
import org.operaton.bpm.dmn.engine.DmnEngineConfiguration;
import org.operaton.bpm.engine.variable.Variables;

/** The schedule-notice tier table as policy staff ship it: every boundary, on the DMN engine itself. */
class ScheduleNoticeTiersTest {

    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseTheTable() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = ScheduleNoticeTiersTest.class.getResourceAsStream("/bpmn/procurement/schedule-notice-tiers.dmn")) {
            decision = engine.parseDecision("schedule-notice-tiers", in);
        }
    }

    @ParameterizedTest(name = "{0} days of notice → {1} ({2})")
    @CsvSource({"0, 0.0, less than 3 days", "2.99, 0.0, less than 3 days", "3, 0.3, 3 to 6 days", "6, 0.3, 3 to 6 days",
            "6.5, 0.3, 3 to 6 days", "7, 0.6, 7 to 13 days", "13, 0.6, 7 to 13 days", "13.9, 0.6, 7 to 13 days",
            "14, 1.0, 14 days or more", "60, 1.0, 14 days or more"})
    void eachNoticePeriodFallsInExactlyOneTier(double days, double share, String label) {
        org.operaton.bpm.dmn.engine.DmnDecisionRuleResult row = engine.evaluateDecisionTable(decision, Variables.createVariables().putValue("value", days))
                .getSingleResult();
        assertThat(((Number) row.getEntry("share")).doubleValue()).isEqualTo(share);
        assertThat((String) row.getEntry("label")).isEqualTo(label);
    }
}
