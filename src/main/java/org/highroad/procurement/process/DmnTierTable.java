package org.highroad.procurement.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.highroad.standards.scoring.TierTable;
import org.operaton.bpm.dmn.engine.DmnDecision;
import org.operaton.bpm.dmn.engine.DmnDecisionResultEntries;
import org.operaton.bpm.dmn.engine.DmnEngine;
import org.operaton.bpm.dmn.engine.DmnEngineConfiguration;
import org.operaton.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.operaton.bpm.dmn.engine.impl.DmnDecisionTableOutputImpl;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.repository.DecisionDefinition;
import org.operaton.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Point tiers from the DMN decision tables policy staff edit and deploy with the models (ADR 0006, e.g.
 * {@code bpmn/procurement/schedule-notice-tiers.dmn}): input {@code value}, outputs {@code share} (0 to 1) and
 * {@code label}. Exactly one rule must match. The latest deployed version of the table answers, as before.
 *
 * <p>The table is evaluated on a DMN engine of its own, not through the process engine's decision service, which
 * writes every evaluation to the engine's history with its inputs and outputs, linked to the bid's process (business
 * key: the bid). A bid is scored while it is sealed, so that history showed its commitments and points to whoever
 * reads the engine's history (administrators, Cockpit) before the opening. The scorecard lines (input, points,
 * reason) are the bid's record. Each deployed version of a table is parsed once. What earlier versions of Highroad
 * left in the engine's history of tier tables is deleted at start ({@link #deleteEvaluationHistory}).
 */
@Component
public class DmnTierTable implements TierTable {

    private static final Logger LOG = LoggerFactory.getLogger(DmnTierTable.class);
    /** The outputs that make a decision table a tier table (ADR 0006). */
    private static final Set<String> TIER_OUTPUTS = Set.of("share", "label");

    private final ProcessEngineConfigurationImpl engine;
    private final RepositoryService repository;
    private final HistoryService history;
    private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private final Map<String, DmnDecision> byDefinition = new ConcurrentHashMap<>();

    DmnTierTable(ProcessEngine processEngine) {
        this.engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        this.repository = processEngine.getRepositoryService();
        this.history = processEngine.getHistoryService();
    }

    @Override
    public Tier tierFor(String decisionRef, BigDecimal value) {
        DmnDecisionResultEntries row = dmn.evaluateDecision(latest(decisionRef),
                Variables.createVariables().putValue("value", value.doubleValue()).asVariableContext()).getSingleResult();
        if (row == null) {
            throw new IllegalStateException("decision " + decisionRef + " has no tier for " + value.toPlainString());
        }
        Object share = row.getEntry("share");
        return new Tier(new BigDecimal(share.toString()), String.valueOf((Object) row.getEntry("label")));
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        int deleted = deleteEvaluationHistory();
        if (deleted > 0) {
            LOG.info("Deleted {} evaluations of tier tables from the engine's history", deleted);
        }
    }

    /** Deletes the engine's history of every evaluation of a deployed tier table (any version); returns how many. */
    public int deleteEvaluationHistory() {
        int deleted = 0;
        for (DecisionDefinition definition : withoutAuthorization(() -> repository.createDecisionDefinitionQuery().list())) {
            long kept = history.createHistoricDecisionInstanceQuery().decisionDefinitionId(definition.getId()).count();
            if (kept > 0 && isTierTable(parsed(definition))) {
                history.deleteHistoricDecisionInstanceByDefinitionId(definition.getId());
                deleted += (int) kept;
            }
        }
        return deleted;
    }

    /**
     * The latest deployed version of the table. Read without the caller's authorization: scoring runs for whoever
     * triggered it (a bidder, an officer, the job executor), and the table is the same for all of them.
     */
    private DmnDecision latest(String decisionRef) {
        DecisionDefinition definition = withoutAuthorization(() -> repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(decisionRef).withoutTenantId().latestVersion().singleResult());
        if (definition == null) {
            throw new IllegalStateException("no decision table " + decisionRef + " is deployed");
        }
        return parsed(definition);
    }

    private DmnDecision parsed(DecisionDefinition definition) {
        return byDefinition.computeIfAbsent(definition.getId(), id -> {
            try (InputStream model = withoutAuthorization(() -> repository.getDecisionModel(id))) {
                return dmn.parseDecision(definition.getKey(), model);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static boolean isTierTable(DmnDecision decision) {
        return decision.getDecisionLogic() instanceof DmnDecisionTableImpl table && table.getOutputs().stream()
                .map(DmnDecisionTableOutputImpl::getOutputName).collect(Collectors.toSet()).containsAll(TIER_OUTPUTS);
    }

    private <T> T withoutAuthorization(java.util.concurrent.Callable<T> read) {
        return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(read));
    }
}
