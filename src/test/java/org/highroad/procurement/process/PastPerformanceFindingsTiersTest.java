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

/** The past-performance tiers of confirmed findings per 1,000 hours as policy staff ship them: every boundary. */
class PastPerformanceFindingsTiersTest {

    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseTheTable() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = PastPerformanceFindingsTiersTest.class
                .getResourceAsStream("/bpmn/procurement/past-performance-findings-tiers.dmn")) {
            decision = engine.parseDecision("past-performance-findings-tiers", in);
        }
    }

    @ParameterizedTest(name = "{0} findings per 1,000 hours → {1} ({2})")
    @CsvSource(delimiter = '|', value = {"0 | 1.0 | no confirmed finding", "0.01 | 0.75 | up to 5 per 1,000 hours",
            "0.63 | 0.75 | up to 5 per 1,000 hours", "5 | 0.75 | up to 5 per 1,000 hours",
            "5.01 | 0.5 | more than 5, up to 15 per 1,000 hours", "12.2 | 0.5 | more than 5, up to 15 per 1,000 hours",
            "15 | 0.5 | more than 5, up to 15 per 1,000 hours", "15.01 | 0.25 | more than 15, up to 30 per 1,000 hours",
            "30 | 0.25 | more than 15, up to 30 per 1,000 hours", "30.01 | 0.0 | more than 30 per 1,000 hours",
            "37.5 | 0.0 | more than 30 per 1,000 hours"})
    void eachRateFallsInExactlyOneTier(double rate, double share, String label) {
        org.operaton.bpm.dmn.engine.DmnDecisionRuleResult row = engine.evaluateDecisionTable(decision,
                Variables.createVariables().putValue("value", rate)).getSingleResult();
        assertThat(((Number) row.getEntry("share")).doubleValue()).isEqualTo(share);
        assertThat((String) row.getEntry("label")).isEqualTo(label);
    }
}
