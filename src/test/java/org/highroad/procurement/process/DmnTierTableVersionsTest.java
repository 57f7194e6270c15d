package org.highroad.procurement.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.highroad.platform.process.DecisionDeployments;
import org.highroad.platform.process.ParsedOnceFeelEngine;
import org.highroad.standards.scoring.TierTable.Tier;
import org.highroad.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.repository.Deployment;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The tier tables remember which version of a table is the latest, but a policy change deployed is used by the very
 * next evaluation, and a deleted version is not used after its deletion. The process engine's decisions use the
 * parsed-once FEEL engine (ADR 0029).
 */
class DmnTierTableVersionsTest extends ApiTest {

    private static final String KEY = "schedule-notice-tiers";

    @Autowired
    DmnTierTable tiers;
    @Autowired
    RepositoryService repository;
    @Autowired
    ProcessEngine processEngine;

    @Test
    void aNewVersionOfATierTableIsUsedByTheNextEvaluationAndADeletedOneNoLonger() throws IOException {
        Tier before = tiers.tierFor(KEY, new BigDecimal("12"));
        assertThat(before).isEqualTo(new Tier(new BigDecimal("0.6"), "7 to 13 days"));
        assertThat(tiers.tierFor(KEY, new BigDecimal("12"))).as("remembered, same answer").isEqualTo(before);

        // policy staff move the top tier down to 10 days
        String shipped = shippedTable();
        String changed = shipped.replace("<text>&gt;= 14</text>", "<text>&gt;= 10</text>")
                .replace("<text>\"14 days or more\"</text>", "<text>\"10 days or more\"</text>")
                .replace("<text>[7..14[</text>", "<text>[7..10[</text>")
                .replace("<text>\"7 to 13 days\"</text>", "<text>\"7 to 9 days\"</text>");
        assertThat(changed).isNotEqualTo(shipped).contains("&gt;= 10", "[7..10[");
        Deployment deployment = repository.createDeployment().name("Notice tiers from 10 days")
                .addString("schedule-notice-tiers.dmn", changed).deploy();
        try {
            assertThat(tiers.tierFor(KEY, new BigDecimal("12"))).as("the next evaluation, on the new version")
                    .isEqualTo(new Tier(new BigDecimal("1.0"), "10 days or more"));
            assertThat(tiers.tierFor(KEY, new BigDecimal("8"))).isEqualTo(new Tier(new BigDecimal("0.6"), "7 to 9 days"));
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
        assertThat(tiers.tierFor(KEY, new BigDecimal("12"))).as("the new version deleted: the shipped one again")
                .isEqualTo(before);
    }

    /**
     * As the other node of a two-node installation sees it: its engine did not make the deployment, so nothing tells
     * it; the version it remembers is used at most {@link DmnTierTable#LATEST_FOR} longer.
     */
    @Test
    void aVersionDeployedThroughAnotherNodeIsUsedOnceTheRememberedOneExpires() throws Exception {
        DmnTierTable otherNode = new DmnTierTable(processEngine, new DecisionDeployments());
        Tier shipped = otherNode.tierFor(KEY, new BigDecimal("12"));
        assertThat(shipped).isEqualTo(new Tier(new BigDecimal("0.6"), "7 to 13 days"));
        String changed = shippedTable().replace("<text>\"7 to 13 days\"</text>", "<text>\"a week or more\"</text>");
        Deployment deployment = repository.createDeployment().name("Notice tiers relabelled")
                .addString("schedule-notice-tiers.dmn", changed).deploy();
        long deployedAt = System.nanoTime();
        try {
            Tier seen = otherNode.tierFor(KEY, new BigDecimal("12"));
            if (System.nanoTime() - deployedAt < DmnTierTable.LATEST_FOR.toNanos() / 2) {
                assertThat(seen).as("still the remembered version, shortly after").isEqualTo(shipped);
            }
            Thread.sleep(DmnTierTable.LATEST_FOR.toMillis() + 200);
            assertThat(otherNode.tierFor(KEY, new BigDecimal("12"))).as("after the bound")
                    .isEqualTo(new Tier(new BigDecimal("0.6"), "a week or more"));
            assertThat(tiers.tierFor(KEY, new BigDecimal("12"))).as("this node: at once")
                    .isEqualTo(new Tier(new BigDecimal("0.6"), "a week or more"));
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void theProcessEnginesDecisionsUseTheParsedOnceFeelEngine() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        assertThat(configuration.getDmnEngineConfiguration().getFeelEngine()).isInstanceOf(ParsedOnceFeelEngine.class);
    }

    private static String shippedTable() throws IOException {
        try (InputStream in = DmnTierTableVersionsTest.class.getResourceAsStream("/bpmn/procurement/schedule-notice-tiers.dmn")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
